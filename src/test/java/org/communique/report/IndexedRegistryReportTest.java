package org.communique.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.communique.registry.Registry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report over a registry that {@code index} wrote from real records, not a hand-made fixture. */
class IndexedRegistryReportTest {
    @TempDir
    Path dir;

    @Test
    void aRegistryIndexedFromRealRecordsGivesAReport() throws Exception {
        Path db = dir.resolve("reg.duckdb");
        try (Registry r = Registry.open(db)) {
            r.load(List.of(Path.of("src/test/resources/registry/kcna.jsonl"), Path.of("src/test/resources/registry/dev.jsonl")));
        }
        ReportData data = RegistryReader.read(db);
        Path out = dir.resolve("site");
        ReportWriter.Written w = new ReportWriter(ReportWriter.DEFAULT_NETWORK_NODES).write(data, out);
        assertTrue(w.events() > 0 && w.persons() > 0 && w.clusters() > 0, w.toString());
        String index = Files.readString(out.resolve("index.html"));
        // Choe Son Hui is one person across the fixture's spellings, with a page of her own
        assertTrue(index.contains("Choe Son Hui"), "the timeline names Choe Son Hui");
        try (var pages = Files.list(out.resolve("person"))) {
            assertEquals(w.persons(), pages.filter(p -> p.toString().endsWith(".html")).count());
        }
        assertTrue(Files.readString(out.resolve("network.html")).contains("<svg"), "the network is drawn");
    }
}
