package org.communique.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report in a real browser: headless Chromium opens the site written from the fixture registry and
 * the test reads the DOM after the scripts ran; no page records a script error, the timeline draws the
 * events and obeys a filter given in the URL, the network has the expected nodes. Screenshots go to
 * target/report-screenshot.png and target/report-network-screenshot.png (out of git).
 */
class ReportBrowserTest {
    @TempDir
    static Path dir;

    static Path site;
    static Chromium chromium;

    @BeforeAll
    static void writeSite() throws Exception {
        chromium = new Chromium(Files.createDirectories(dir.resolve("profiles")));
        site = dir.resolve("site");
        new ReportWriter(ReportWriter.DEFAULT_NETWORK_NODES).write(RegistryReader.read(ReportFixture.scenario(dir.resolve("r.duckdb"))), site);
    }

    private static Document open(String page) throws Exception {
        String fragment = page.contains("#") ? page.substring(page.indexOf('#')) : "";
        String file = page.contains("#") ? page.substring(0, page.indexOf('#')) : page;
        Document dom = Jsoup.parse(chromium.dumpDom(site.resolve(file).toUri() + fragment));
        Element html = dom.selectFirst("html");
        assertFalse(html.hasAttr("data-errors"), () -> page + " recorded errors: " + html.attr("data-errors"));
        assertTrue(html.hasAttr("data-loaded"), page + " loaded");
        return dom;
    }

    @Test
    void timelineDrawsEveryEvent() throws Exception {
        Document dom = open("index.html");
        assertTrue(dom.selectFirst("html").hasAttr("data-ready"), "the timeline's script ran to its end");
        assertEquals("Showing 10 of 10 events.", dom.getElementById("count").text());
        List<Element> events = dom.select("#events article.event");
        assertEquals(10, events.size());
        assertEquals("kcna-2024-11-04-st/v1", events.get(0).attr("data-key"), "newest first");
        assertEquals("tass-2024-11-01-pl/v1", events.get(9).attr("data-key"), "undated last");
        assertEquals("undated", dom.select("#events h3.day").last().text());
        assertEquals("future", events.get(9).selectFirst(".modality").text());
        Element moscow = dom.selectFirst("article[data-key=tass-2024-11-01-mt/v1]");
        assertEquals("cluster/c-meet-moscow.html", moscow.selectFirst("a.cluster").attr("href"));
        assertEquals("cluster (2 reports)", moscow.selectFirst("a.cluster").text());
        assertEquals("person/choe-son-hui.html", moscow.select(".participant a").get(1).attr("href"));
        assertTrue(dom.select("#events blockquote b, #events script").isEmpty(), "evidence stays text");
        assertTrue(dom.select("#events blockquote").first().text().contains("<script>alert(\"drill\")</script>"));
        assertEquals(8, dom.select("#chart svg circle.dot").size(), "one dot per type and month (two meetings in 2024-11)");
    }

    @Test
    void filtersFromTheUrl() throws Exception {
        Document visits = open("index.html#type=VISIT");
        assertEquals("Showing 3 of 10 events.", visits.getElementById("count").text());
        assertEquals(Set.of("VISIT"), new TreeSet<>(visits.select("#events article.event").eachAttr("data-type")));

        Document lavrovInRussia = open("index.html#person=sergei-lavrov&country=RUS&type=MEETING");
        assertEquals(List.of("kcna-2024-11-01-mt/v1", "tass-2024-11-01-mt/v1", "tass-2024-07-11-lv/v1"),
                lavrovInRussia.select("#events article.event").eachAttr("data-key"), "all three filters at once");

        Document words = open("index.html#q=kumsusan");
        assertEquals(List.of("kcna-2024-06-19-tr/v2"), words.select("#events article.event").eachAttr("data-key"));

        Document none = open("index.html#country=ZZZ");
        assertEquals("Showing 10 of 10 events.", none.getElementById("count").text(), "an unknown country filters nothing");
    }

    @Test
    void networkHasTheExpectedNodes() throws Exception {
        Document dom = open("network.html");
        assertEquals(Set.of("person:choe-son-hui", "person:kim-jong-un", "person:sergei-lavrov", "person:vladimir-putin",
                "person:xi-jinping", "state:CHN", "state:PRK", "state:RUS"),
                new TreeSet<>(dom.select("svg.network g.node").eachAttr("data-node")));
        assertEquals(10, dom.select("svg.network line.edge").size());
        Element kim = dom.getElementById("node-person-kim-jong-un");
        assertNotNull(kim);
        assertEquals("person/kim-jong-un.html", kim.selectFirst("a").attr("href"));
        assertEquals("Kim Jong Un (PRK): 4 partners, 3 events", kim.selectFirst("title").text());
        assertEquals("All 8 persons and states with a partner are shown.", dom.getElementById("network-note").text());
        assertTrue(dom.selectFirst("html").hasAttr("data-ready"), "the network's script ran");
    }

    @Test
    void personAndClusterPagesOpenCleanly() throws Exception {
        Document choe = open("person/choe-son-hui.html");
        assertEquals("Choe Son Hui", choe.selectFirst("h1").text());
        Document cluster = open("cluster/c-meet-moscow.html");
        assertEquals(2, cluster.select("article.event").size());
    }

    @Test
    void emptyReportOpensCleanly() throws Exception {
        Path empty = dir.resolve("empty-site");
        new ReportWriter(10).write(RegistryReader.read(ReportFixture.empty(dir.resolve("e.duckdb"))), empty);
        Document dom = Jsoup.parse(chromium.dumpDom(empty.resolve("index.html").toUri().toString()));
        assertFalse(dom.selectFirst("html").hasAttr("data-errors"), dom.selectFirst("html").attr("data-errors"));
        assertEquals("No events.", dom.getElementById("count").text());
        assertEquals("There are no events in this registry.", dom.getElementById("no-events").text());
    }

    @Test
    void screenshots() throws Exception {
        chromium.screenshot(site.resolve("index.html").toUri().toString(), Path.of("target/report-screenshot.png"), 1000);
        chromium.screenshot(site.resolve("network.html").toUri().toString(), Path.of("target/report-network-screenshot.png"), 1000);
    }
}
