package org.communique.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site the report writes from the fixture registry: its files, pages, escaping, and a second run. */
class ReportWriterTest {
    @TempDir
    Path dir;

    private Path report(Path db, Path out) throws IOException {
        new ReportWriter(ReportWriter.DEFAULT_NETWORK_NODES).write(RegistryReader.read(db), out);
        return out;
    }

    private static Document page(Path file) throws IOException {
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    @Test
    void writesEveryPage() throws IOException {
        Path out = report(ReportFixture.scenario(dir.resolve("r.duckdb")), dir.resolve("site"));
        assertEquals(Set.of("choe-son-hui.html", "kim-jong-un.html", "sergei-lavrov.html", "vladimir-putin.html",
                "xi-jinping.html"), names(out.resolve("person")));
        assertEquals(Set.of("c-meet-moscow.html", "c-message-xi.html", "c-talks-pyongyang.html", "c-treaty.html",
                "c-visit-cn.html", "c-visit-ru.html"), names(out.resolve("cluster")));
        assertTrue(Files.isRegularFile(out.resolve("report.css")));

        Document index = page(out.resolve("index.html"));
        assertTrue(index.getElementById("summary").text().startsWith("10 articles published from 2024-04-11 to 2024-11-04 (1 repeats another's text"),
                index.getElementById("summary").text());
        assertEquals(List.of("", "AGREEMENT_SIGNED", "MEETING", "MESSAGE", "STATEMENT", "VISIT"),
                index.select("#f-type option").eachAttr("value"));
        assertEquals(List.of("", "choe-son-hui", "kim-jong-un", "sergei-lavrov", "vladimir-putin", "xi-jinping"),
                index.select("#f-person option").eachAttr("value"));
        assertEquals(List.of("", "CHN", "PRK", "RUS", "USA"), index.select("#f-country option").eachAttr("value"));
        String json = index.getElementById("report-data").data();
        assertEquals(10, json.split("\"key\":").length - 1, "every event but the duplicate article's");

        // nothing of the page is fetched: no absolute URL in src or in a style sheet's href
        for (Path p : List.of(out.resolve("index.html"), out.resolve("network.html"), out.resolve("person/kim-jong-un.html"))) {
            Document d = page(p);
            assertTrue(d.select("[src]").isEmpty(), p + " loads no file");
            for (Element link : d.select("link[href]")) assertFalse(link.attr("href").contains(":"), link.toString());
        }
    }

    @Test
    void personPageHasTitlesAndEventsNewestFirst() throws IOException {
        Path out = report(ReportFixture.scenario(dir.resolve("r.duckdb")), dir.resolve("site"));
        Document choe = page(out.resolve("person/choe-son-hui.html"));
        assertEquals("Choe Son Hui", choe.selectFirst("h1").text());
        assertTrue(choe.select("dl.facts dd").eachText().contains("Choe Son-hui; Choe"));
        assertEquals(List.of("Minister of Foreign Affairs of the DPRK", "2024-07-11", "2024-11-04", "5"),
                choe.select("table.titles tbody tr").get(0).select("td").eachText());
        assertEquals(List.of("2024-11-04", "2024-11-01", "2024-11-01", "2024-10-29", "2024-07-11"),
                choe.select("article.event time").eachText());
        assertEquals(List.of("kcna-2024-11-04-st", "kcna-2024-11-01-mt", "tass-2024-11-01-mt", "kcna-2024-10-29-lv",
                "tass-2024-07-11-lv"), choe.select("article.event .src code").eachText());
        assertEquals(List.of("Sergei Lavrov", "Russian Federation"), choe.select("ul.partners li a").eachText(),
                "partners, heaviest tie first");
        assertEquals(List.of("2 events", "1 event"), choe.select("ul.partners li .weight").eachText());
        assertEquals("../person/sergei-lavrov.html", choe.select("ul.partners li a").get(0).attr("href"));
        assertEquals("../index.html#country=RUS", choe.select("ul.partners li a").get(1).attr("href"));
    }

    @Test
    void clusterPageShowsEachReport() throws IOException {
        Path out = report(ReportFixture.scenario(dir.resolve("r.duckdb")), dir.resolve("site"));
        Document c = page(out.resolve("cluster/c-meet-moscow.html"));
        assertEquals("meeting 2024-11-01 in Moscow", c.selectFirst("h1").text());
        assertTrue(c.select("dl.facts dd").eachText().contains("2 articles from 2 sources"));
        assertEquals(List.of("kcna-2024-11-01-mt", "tass-2024-11-01-mt"), c.select("article.event .src code").eachText());
        assertEquals(List.of("kcna.kp", "tass.com"), c.select("article.event .src .outlet").eachText());
        assertTrue(c.select("blockquote").get(1).text().startsWith("Russian Foreign Minister Sergei Lavrov met"));
        Document dup = page(out.resolve("cluster/c-message-xi.html"));
        assertEquals("This article repeats the text of kcna-2024-10-01-xi.", dup.select("p.note").text());
    }

    @Test
    void scrapedTextIsEscaped() throws IOException {
        Path out = report(ReportFixture.scenario(dir.resolve("r.duckdb")), dir.resolve("site"));
        String html = Files.readString(out.resolve("person/choe-son-hui.html"));
        assertFalse(html.contains("<script>alert"), "a sentence's markup is text, not markup");
        assertTrue(html.contains("&lt;script&gt;alert(\"drill\")&lt;/script&gt;"), "escaped in text");
        assertTrue(html.contains("U.S. &amp; its allies are a &lt;b&gt;threat&lt;/b&gt;"));
        Document choe = Jsoup.parse(html);
        assertTrue(choe.select("blockquote b").isEmpty());
        assertEquals(1, choe.select("script").size(), "only the page's own error trap");
        assertTrue(choe.select("blockquote").get(0).text().contains("<script>alert(\"drill\")</script>"));

        String index = Files.readString(out.resolve("index.html"));
        assertFalse(index.contains("</script> \\\"joint"), "the JSON cannot close its script element");
        assertTrue(index.contains("\\u003Cscript\\u003Ealert"), "'<' and '>' are \\u escapes in the JSON");
        Document d = Jsoup.parse(index);
        assertTrue(d.getElementById("report-data").data().contains("\\u003C/script\\u003E"));
    }

    @Test
    void sameRegistrySameBytes() throws IOException {
        Path db = ReportFixture.scenario(dir.resolve("r.duckdb"));
        Path a = report(db, dir.resolve("a")), b = report(db, dir.resolve("b"));
        List<Path> files = files(a);
        assertEquals(14, files.size(), files::toString);
        for (Path f : files) assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f.toString());
        assertEquals(files, files(b));
    }

    @Test
    void rewritesItsOwnFilesAndLeavesOthers() throws IOException {
        Path out = dir.resolve("site");
        Files.createDirectories(out.resolve("person"));
        Files.writeString(out.resolve("notes.txt"), "mine");
        Files.writeString(out.resolve("person/someone-gone.html"), "stale");
        Files.writeString(out.resolve("person/photo.jpg"), "mine too");
        Files.writeString(out.resolve("index.html"), "old");
        report(ReportFixture.scenario(dir.resolve("r.duckdb")), out);
        assertEquals("mine", Files.readString(out.resolve("notes.txt")));
        assertEquals("mine too", Files.readString(out.resolve("person/photo.jpg")));
        assertFalse(Files.exists(out.resolve("person/someone-gone.html")), "a page of the last report goes");
        assertTrue(Files.readString(out.resolve("index.html")).startsWith("<!doctype html>"));
    }

    @Test
    void emptyRegistrySaysSo() throws IOException {
        Path out = report(ReportFixture.empty(dir.resolve("e.duckdb")), dir.resolve("site"));
        Document index = page(out.resolve("index.html"));
        assertEquals("There are no events in this registry.", index.getElementById("no-events").text());
        assertTrue(index.getElementById("summary").text().startsWith("0 articles, 0 events, 0 persons, 0 event clusters"));
        Document network = page(out.resolve("network.html"));
        assertNotNull(network.getElementById("no-network"));
        assertTrue(network.select("svg").isEmpty());
        assertEquals(Set.of(), names(out.resolve("person")));
    }

    private static Set<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
