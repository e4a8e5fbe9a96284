package org.communique.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry as the report reads it: the fixture's rows, and files that are not a registry. */
class RegistryReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTheFixture() {
        ReportData data = RegistryReader.read(ReportFixture.scenario(dir.resolve("r.duckdb")));
        assertEquals(10, data.articles().size());
        assertEquals(11, data.events().size());
        assertEquals(10, data.distinctEvents().size(), "the duplicate article's event is left out");
        assertEquals(1, data.duplicateArticles());
        assertEquals(5, data.persons().size());
        assertEquals(6, data.clusters().size());

        Person choe = data.persons().get("choe-son-hui");
        assertEquals(List.of("Choe Son-hui", "Choe"), choe.variants());
        assertEquals(LocalDate.of(2024, 11, 4), choe.lastSeen());
        assertEquals("Minister of Foreign Affairs of the DPRK", choe.titles().get(0).title());

        ReportEvent tass = data.events().stream().filter(e -> e.eventKey().equals("tass-2024-11-01-mt/v1")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2024, 11, 1), tass.date());
        assertEquals("c-meet-moscow", tass.clusterId());
        assertEquals(List.of("AGENT", "COUNTERPART"), tass.participants().stream().map(Participant::role).toList());
        assertEquals("Choe Son-hui", tass.participants().get(1).name());
        assertEquals("Choe Son Hui", data.displayName(tass.participants().get(1)));
        assertEquals("person:choe-son-hui", tass.participants().get(1).nodeId());

        ReportEvent planned = data.events().get(data.events().size() - 1);
        assertNull(planned.date(), "undated events come last");
        assertEquals("state:PRK", planned.participants().get(1).nodeId());
        assertTrue(!planned.isAsserted());
        assertEquals(List.of("kcna-2024-11-01-mt/v1", "tass-2024-11-01-mt/v1"),
                data.clusters().get("c-meet-moscow").memberEventKeys());
    }

    @Test
    void emptyRegistry() {
        ReportData data = RegistryReader.read(ReportFixture.empty(dir.resolve("e.duckdb")));
        assertTrue(data.events().isEmpty() && data.persons().isEmpty() && data.clusters().isEmpty());
    }

    @Test
    void notARegistry() throws Exception {
        Path missing = dir.resolve("none.duckdb");
        RegistryException e = assertThrows(RegistryException.class, () -> RegistryReader.read(missing));
        assertEquals("no such database file: " + missing, e.getMessage());
        assertTrue(Files.notExists(missing), "reading never creates the file");

        Path text = Files.writeString(dir.resolve("notes.duckdb"), "not a database");
        e = assertThrows(RegistryException.class, () -> RegistryReader.read(text));
        assertTrue(e.getMessage().startsWith("cannot read " + text + " as a registry: "), e.getMessage());

        Path other = dir.resolve("other.duckdb");
        try (var c = DriverManager.getConnection("jdbc:duckdb:" + other); var s = c.createStatement()) {
            s.execute("CREATE TABLE articles (article_id VARCHAR)");
        }
        e = assertThrows(RegistryException.class, () -> RegistryReader.read(other));
        assertTrue(e.getMessage().startsWith(other + " is not a Communiqué registry (no table arguments, entities, "
                + "event_cluster_members, event_clusters, events, person_titles, persons)"), e.getMessage());
    }
}
