package org.communique.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.communique.api.Article;
import org.junit.jupiter.api.Test;

/**
 * The outlet goes to {@code source}, the site's section to {@code section} (issue 12): a scraper's
 * {@code topic} is a section ("External"), not the outlet.
 */
class SourceAndSectionTest {
    private static Article json(String fields) {
        return ((Input.Ok) JsonArticles.parse("{\"id\": \"a\", \"text\": \"Talks were held.\"" + fields + "}", "f#1"))
                .article();
    }

    @Test
    void aSourceFieldIsTheOutletAndTheTopicTheSection() {
        Article a = json(", \"source\": \"KCNA\", \"topic\": \"External\", \"link\": \"http://www.kcna.kp/en/a/1\"");
        assertEquals("KCNA", a.source());
        assertEquals("External", a.section());
    }

    @Test
    void aSectionFieldIsTheSection() {
        assertEquals("Politics", json(", \"section\": \"Politics\"").section());
    }

    @Test
    void withoutASourceTheOutletIsTheUrlsHostWithoutWww() {
        Article a = json(", \"topic\": \"Documents\", \"link\": \"http://www.kcna.kp/en/article/q/7f7e.kcmsf\"");
        assertEquals("kcna.kp", a.source());
        assertEquals("Documents", a.section());
        assertEquals("rodong.rep.kp", json(", \"url\": \"https://Rodong.rep.kp/en/index.php\"").source());
    }

    @Test
    void withoutSourceOrUrlThereIsNoOutlet() {
        Article a = json(", \"topic\": \"External\"");
        assertNull(a.source());
        assertNull(json(", \"url\": \"not a url at all\"").source());
        assertNull(Outlet.of("  ", null));
    }

    @Test
    void aPagesOutletLineIsTheSourceAndItsUrlIsOnlyTheFallback() throws Exception {
        String page = Files.readString(Path.of("samples/seed-000.txt"), StandardCharsets.UTF_8);
        PageParser parser = new PageParser();
        String outlet = parser.parse("seed-000", page).article().source();
        assertEquals("Pyongyang Times", outlet);
        PageParser.Hints url = new PageParser.Hints(null, null, null, "https://www.example.org/a", false);
        assertEquals(outlet, parser.parse("seed-000", page, url).article().source());
        assertEquals("example.org", parser.parse("p", "Talks were held in Pyongyang on Monday.", url).article().source());
    }
}
