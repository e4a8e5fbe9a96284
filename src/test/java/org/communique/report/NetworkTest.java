package org.communique.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The who-met-whom network of the fixture: its nodes, edge weights, the top N, the layout and the SVG. */
class NetworkTest {
    @TempDir
    static Path dir;

    static ReportData data;

    @BeforeAll
    static void read() {
        data = RegistryReader.read(ReportFixture.scenario(dir.resolve("r.duckdb")));
    }

    @Test
    void edgeWeightsCountHappenings() {
        Network n = Network.of(data);
        Map<String, Integer> weights = new TreeMap<>();
        for (Network.Edge e : n.edges()) weights.put(e.a() + " " + e.b(), e.weight());
        assertEquals(Map.of(
                "person:choe-son-hui person:sergei-lavrov", 2, // Pyongyang in July, and Moscow reported by KCNA and TASS once
                "person:kim-jong-un person:vladimir-putin", 2, // the treaty and the talks
                "person:choe-son-hui state:RUS", 1,
                "person:kim-jong-un state:PRK", 1, "person:kim-jong-un state:RUS", 1,
                "person:vladimir-putin state:PRK", 1, "person:vladimir-putin state:RUS", 1, "state:PRK state:RUS", 1,
                "person:kim-jong-un person:xi-jinping", 1, // the duplicate article's message does not count again
                "state:CHN state:PRK", 1), weights);
        // the planned visit (FUTURE) and the statement (not a meeting type) make no edge
        assertEquals(0, n.weight("person:sergei-lavrov", "state:PRK"));
        assertEquals(0, n.weight("person:choe-son-hui", "state:USA"));
        assertEquals(2, n.weight("person:sergei-lavrov", "person:choe-son-hui"), "either order");
    }

    @Test
    void nodesByDegree() {
        Network n = Network.of(data);
        assertEquals(List.of("person:kim-jong-un", "state:PRK", "state:RUS", "person:vladimir-putin",
                        "person:choe-son-hui", "person:sergei-lavrov", "person:xi-jinping", "state:CHN"),
                n.nodes().stream().map(Network.Node::id).toList());
        Network.Node kim = n.node("person:kim-jong-un");
        assertEquals(4, kim.degree());
        assertEquals(3, kim.events());
        assertEquals("Kim Jong Un", kim.label());
        assertEquals("Russian Federation", n.node("state:RUS").label(), "the state's most frequent name");
        assertEquals(Network.Kind.STATE, n.node("state:RUS").kind());

        Network top = n.top(3);
        assertEquals(List.of("person:kim-jong-un", "state:PRK", "state:RUS"), top.nodes().stream().map(Network.Node::id).toList());
        assertEquals(3, top.edges().size(), "only edges between the nodes kept");
    }

    @Test
    void layoutIsDeterministicAndInsideTheBox() {
        Network n = Network.of(data);
        NetworkLayout layout = new NetworkLayout(1100, 720, 80);
        Map<String, NetworkLayout.Point> a = layout.place(n), b = new NetworkLayout(1100, 720, 80).place(n);
        assertEquals(a, b);
        assertEquals(n.nodes().size(), a.size());
        for (NetworkLayout.Point p : a.values()) {
            assertTrue(p.x() >= 80 - 1e-9 && p.x() <= 1020 + 1e-9 && p.y() >= 80 - 1e-9 && p.y() <= 640 + 1e-9, p.toString());
        }
        assertEquals(a.size(), a.values().stream().distinct().count(), "no two nodes on one spot");
    }

    @Test
    void largerNetworkLaidOutTheSameTwice() {
        Network big = ring(150);
        Map<String, NetworkLayout.Point> a = new NetworkLayout(1100, 720, 80).place(big);
        assertEquals(a, new NetworkLayout(1100, 720, 80).place(big));
        assertNotEquals(a.get("person:p000"), a.get("person:p075"));
    }

    @Test
    void svgHasANodePerNodeAndIsStable() {
        Network n = Network.of(data);
        Links links = new Links(data);
        Document a = Html.page("t", "", null), b = Html.page("t", "", null);
        new NetworkSvg(links).append(Html.main(a), n);
        new NetworkSvg(links).append(Html.main(b), n);
        assertEquals(Html.render(a), Html.render(b));
        assertEquals(8, a.select("g.node").size());
        assertTrue(Html.render(a).contains(" viewBox=\"0 0 1100 720\""), "SVG's attribute keeps its case");
        assertEquals(5, a.select("g.node circle").size(), "persons are circles");
        assertEquals(3, a.select("g.node rect").size(), "states are squares");
        assertEquals("index.html#country=CHN", a.selectFirst("g[data-node=state:CHN] a").attr("href"));
        assertEquals("Choe Son Hui — Sergei Lavrov: 2 events",
                a.selectFirst("line[data-a=person:choe-son-hui][data-b=person:sergei-lavrov] title").text());
        assertEquals("2.6", a.selectFirst("line[data-a=person:choe-son-hui][data-b=person:sergei-lavrov]").attr("stroke-width"));
        assertEquals("1", a.selectFirst("line[data-a=state:CHN]").attr("stroke-width"));
        assertTrue(NetworkSvg.radius(4) > NetworkSvg.radius(1));
        assertEquals("24", NetworkSvg.num(NetworkSvg.radius(10_000)), "capped");
    }

    /** A ring of persons with a chord every fifth node. */
    private static Network ring(int size) {
        List<ReportEvent> events = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            events.add(meeting("m" + i, i, (i + 1) % size));
            if (i % 5 == 0) events.add(meeting("c" + i, i, (i + size / 2) % size));
        }
        return Network.of(ReportData.of(List.of(), events, List.of(), List.of()));
    }

    private static ReportEvent meeting(String key, int a, int b) {
        return new ReportEvent(key, "art", "MEETING", LocalDate.of(2024, 1, 1), null, null, 0.5, "They met.", null,
                List.of(person(a), person(b)));
    }

    private static Participant person(int i) {
        String id = String.format("p%03d", i);
        return new Participant("ATTENDEE", "art/" + id, id, "PERSON", null, null, id);
    }
}
