package org.communique.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.communique.report.ReportFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report on the command line: a run on the fixture registry, and its usage errors (exit 2). */
class ReportCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesTheSite() throws Exception {
        Path db = ReportFixture.scenario(dir.resolve("r.duckdb"));
        Path out = dir.resolve("site");
        CliRun r = CliRun.of("report", "--db", db.toString(), "--out", out.toString(), "--network-nodes", "5");
        assertEquals(0, r.status(), r::toString);
        assertEquals("report: 10 events, 5 person pages, 6 cluster pages, network of 8 nodes (5 drawn) in " + out
                + System.lineSeparator(), r.err());
        assertTrue(Files.isRegularFile(out.resolve("index.html")) && Files.isRegularFile(out.resolve("network.html")));
        assertTrue(Files.readString(out.resolve("network.html")).contains("The 5 most connected of 8 persons and states"));
    }

    @Test
    void badUsage() throws Exception {
        Path db = ReportFixture.scenario(dir.resolve("r.duckdb"));
        String out = dir.resolve("site").toString();
        CliRun.of("report", "--out", out).assertUsageError("report", "Missing required option: '--db=FILE'");
        CliRun.of("report", "--db", db.toString()).assertUsageError("report", "Missing required option: '--out=DIR'");
        Path none = dir.resolve("none.duckdb");
        CliRun.of("report", "--db", none.toString(), "--out", out).assertUsageError("report", "no such database file: " + none);
        assertTrue(Files.notExists(none), "no database is created");
        CliRun.of("report", "--db", dir.toString(), "--out", out).assertUsageError("report", "--db is not a file: ");
        Path file = Files.writeString(dir.resolve("taken.txt"), "x");
        CliRun.of("report", "--db", db.toString(), "--out", file.toString())
                .assertUsageError("report", "--out exists and is not a folder: " + file);
        CliRun.of("report", "--db", db.toString(), "--out", out, "--network-nodes", "0")
                .assertUsageError("report", "--network-nodes must be positive, not 0");
        Path text = Files.writeString(dir.resolve("notes.duckdb"), "not a database");
        CliRun.of("report", "--db", text.toString(), "--out", out).assertUsageError("report", "cannot read " + text + " as a registry: ");
    }
}
