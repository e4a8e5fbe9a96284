package org.communique.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * HTML pages with the structure of real sites of the field: a semantic CMS (article, aside, meta
 * tags), a table layout of an older site (no metadata, text in a cell with line breaks), and div soup
 * (nothing semantic, class names that say nothing). The article is found, the sidebars, lists, menus,
 * share bars, captions and footers give nothing, and title and date are right.
 */
class HtmlPagesTest {
    private static final Pattern PARAGRAPHS = Pattern.compile("\\{\\{paragraphs:(.*?)\\}\\}");
    private final HtmlPageParser parser = new HtmlPageParser();

    private PageParser.Page page(String name) throws Exception {
        return parser.parse(name, Files.readAllBytes(Path.of("src/test/resources/html", name)));
    }

    private static void lacks(PageParser.Page p, String... furniture) {
        for (String f : furniture) assertFalse(p.article().text().contains(f), () -> "'" + f + "' in " + p.article().text());
    }

    @Test
    void semanticCms() throws Exception {
        PageParser.Page p = page("semantic-cms.html");
        assertEquals("Russian deputy FM arrives in Pyongyang for talks", p.article().title());
        assertEquals(LocalDate.of(2025, 3, 15), p.article().published(), "article:published_time, as written (not UTC)");
        assertEquals("World News Agency", p.article().source());
        assertEquals("https://news.example.org/world/2025/03/15/rudenko-pyongyang", p.article().url());
        assertTrue(p.article().text().startsWith("PYONGYANG, March 15. /TASS/. Russian Deputy Foreign Minister"));
        assertTrue(p.article().text().endsWith("The visit is Rudenko's second to the DPRK in six months."));
        lacks(p, "Putin", "Ivan Petrov", "State Duma", "Facebook", "Lavrov", "Shoigu", "Erdogan", "Washington", "©",
                "Asia-Pacific", "Pyongyang\"");
    }

    @Test
    void tableLayoutOfAnOlderSite() throws Exception {
        PageParser.Page p = page("table-layout.html");
        assertEquals("Greetings to Kim Jong Un from Palestinian President", p.article().title(),
                "the headline in the text, not the <title> that is the site's name");
        assertEquals(LocalDate.of(2017, 2, 1), p.article().published(), "the page's calendar line");
        assertTrue(p.article().text().startsWith("Pyongyang, February 1 (KCNA) -- Kim Jong Un"));
        assertTrue(p.article().text().endsWith("The message heartily wished Kim Jong Un good health and happiness."));
        assertTrue(p.article().text().contains("\n\nThe message said:\n\n"), "two line breaks end a paragraph");
        lacks(p, "Cuban", "Moscow", "Japanese", "Previous", "Copyright", "calendar", "Home");
    }

    @Test
    void divSoup() throws Exception {
        PageParser.Page p = page("div-soup.html");
        assertEquals("DPRK senior official visits China", p.article().title(), "<title> without the site's name");
        assertEquals(LocalDate.of(2016, 5, 31), p.article().published(), "the Updated: line above the text");
        assertTrue(p.article().text().startsWith("One of the Democratic People's Republic of Korea's"));
        assertTrue(p.article().text().endsWith("the statement said."));
        lacks(p, "AN BAIJIE", "Photo/Xinhua", "Related", "Obama", "Merkel", "Nansha", "London", "Copyright", "Share");
    }

    /** Records rendered in the three layouts read back as the records: same title, date and text. */
    @Test
    void recordsRenderedInThreeLayoutsReadBackAsTheRecords() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/gold/articles.jsonl"))) {
            if (!line.isBlank()) records.add(json.readTree(line));
        }
        List<String> wrong = new ArrayList<>();
        for (String layout : List.of("semantic-cms.html", "table-layout.html", "div-soup.html")) {
            String template = Files.readString(Path.of("src/test/resources/html/templates", layout));
            for (JsonNode r : records) {
                String title = r.get("headline").asText();
                LocalDate date = LocalDate.parse(r.get("date_str").asText());
                List<String> paras = Arrays.stream(r.get("story_text").asText().split("\n")).filter(s -> !s.isBlank()).toList();
                PageParser.Page p = parser.parse(r.get("id").asText(), render(template, title, date, paras));
                String want = normal(String.join(" ", paras));
                String got = normal(p.article().text());
                if (!normal(title).equals(normal(p.article().title())) || !date.equals(p.article().published())
                        || !want.equals(got)) {
                    wrong.add(layout + " " + r.get("id").asText() + ": title " + p.article().title() + ", date "
                            + p.article().published() + (want.equals(got) ? "" : "\n  " + difference(want, got)));
                }
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " records read back wrong:\n" + String.join("\n", wrong));
    }

    private static String render(String template, String title, LocalDate date, List<String> paras) {
        Matcher m = PARAGRAPHS.matcher(template);
        assertTrue(m.find());
        String body = paras.stream().map(p -> String.format(m.group(1), escape(p))).collect(Collectors.joining("\n"));
        return template.substring(0, m.start()).replace("{{title}}", escape(title)).replace("{{iso}}", date.toString())
                .replace("{{dotted}}", date.getYear() + "." + date.getMonthValue() + "." + date.getDayOfMonth() + ".")
                + body + template.substring(m.end()).replace("{{title}}", escape(title));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("%", "%%").replace("%%", "%");
    }

    private static String difference(String want, String got) {
        int i = 0;
        while (i < want.length() && i < got.length() && want.charAt(i) == got.charAt(i)) i++;
        int from = Math.max(0, i - 40);
        return "want ..." + want.substring(from, Math.min(want.length(), i + 60)) + "\n  got  ..."
                + got.substring(from, Math.min(got.length(), i + 60));
    }

    /** The text without paragraph breaks, no-break spaces (HTML has them as spaces) and KCNA's end mark. */
    private static String normal(String s) {
        return s == null ? null : s.replace("-0-", " ").replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
