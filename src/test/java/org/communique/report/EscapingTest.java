package org.communique.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Scraped text in the pages: HTML escaping, JSON inside a script element, file names, links. */
class EscapingTest {
    @Test
    void textAndAttributesAreEscaped() {
        Document doc = Html.page("<i>Kim</i> & \"Co\"", "", null);
        Html.main(doc).appendElement("p").attr("title", "\"><script>x()</script>").text("</p><script>alert(1)</script>");
        String html = Html.render(doc);
        assertFalse(html.contains("<script>alert(1)") || html.contains("<script>x()"), html);
        assertTrue(html.contains("&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("title=\"&quot;><script>x()</script>\"") || html.contains("title=\"&quot;&gt;&lt;script"), html);
        Document back = Jsoup.parse(html);
        assertEquals("</p><script>alert(1)</script>", back.selectFirst("main p").text());
        assertEquals("<i>Kim</i> & \"Co\" — Communiqué report", back.title());
        assertEquals(1, back.select("script").size(), "the error trap only");
    }

    @Test
    void jsonCannotCloseItsScript() {
        String json = ScriptJson.of(Map.of("evidence", "a </script><!-- b & c > d"));
        assertEquals("{\"evidence\":\"a \\u003C/script\\u003E\\u003C!-- b \\u0026 c \\u003E d\"}", json);
        assertFalse(ScriptJson.of(List.of("é ü 한국")).contains("\\u"), "non-ASCII stays as it is (the page is UTF-8)");
    }

    @Test
    void fileNamesAreSafe() {
        assertEquals("kim-jong-un.html", FileNames.page("kim-jong-un"));
        assertEquals("c-42.html", FileNames.page("c-42"));
        String up = FileNames.page("Kim"), low = FileNames.page("kim");
        assertEquals("kim.html", low);
        assertNotEquals(low, up, "no two ids share a file on a case-insensitive disk");
        assertTrue(up.matches("kim-[0-9a-f]{12}\\.html"), up);
        for (String id : List.of("../../etc/passwd", "a/b", "a\\b", ".hidden", "Choe Son-hui", "최선희", "", "x".repeat(300))) {
            String name = FileNames.page(id);
            assertTrue(name.matches("[a-z0-9_-][a-z0-9._-]*\\.html") && name.length() <= 80, id + " → " + name);
            assertFalse(name.contains("/") || name.contains("\\") || name.startsWith("."), name);
        }
        assertNotEquals(FileNames.page("a/b"), FileNames.page("a_b"));
        assertNotEquals(FileNames.page("a/b"), FileNames.page("a:b"));
    }

    @Test
    void onlyWebLinksToArticles() {
        assertEquals("https://tass.com/x", new ArticleInfo("a", "t", "s", "https://tass.com/x", null, null).url());
        assertEquals("HTTP://kcna.kp/x", new ArticleInfo("a", "t", "s", "HTTP://kcna.kp/x", null, null).url());
        assertNull(new ArticleInfo("a", "t", "s", "javascript:alert(1)", null, null).url());
        assertNull(new ArticleInfo("a", "t", "s", "file:///etc/passwd", null, null).url());
    }
}
