package org.communique.cli;

import static org.communique.cli.ExtractProcess.exit;
import static org.communique.cli.ExtractProcess.extract;
import static org.communique.cli.ExtractProcess.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** extract --db: the run's records land in the registry, and a resumed run keeps it whole. */
class ExtractDbProcessTest {
    @TempDir
    Path dir;

    @Test
    void recordsOfTheRunAreIndexedAndAResumeKeepsThem() throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), TestArticles.lines("a", 2));
        Path out = dir.resolve("out.jsonl"), db = dir.resolve("r.db"), err = dir.resolve("err.txt");
        Process p = extract(err, "--threads", "1", "--out", out.toString(), "--db", db.toString(), in.toString()).start();
        assertEquals(0, exit(p, err), () -> read(err));
        assertTrue(read(err).contains("indexed 2 articles and 0 error records into " + db), () -> read(err));
        assertEquals(2, articles(db));

        // a resume that finds every record written loads them again: the registry stays as it was
        Process resumed = extract(err, "--threads", "1", "--resume", "--out", out.toString(), "--db", db.toString(),
                in.toString()).start();
        assertEquals(0, exit(resumed, err), () -> read(err));
        assertTrue(read(err).contains("indexed 2 articles"), () -> read(err));
        assertEquals(2, articles(db));
    }

    @Test
    void dbNeedsOut() {
        CliRun.of("extract", "--db", dir.resolve("r.db").toString(), dir.toString())
                .assertUsageError("extract", "--db needs --out FILE");
        CliRun.of("extract", "--out", dir.resolve("o.jsonl").toString(), "--db", dir.toString(), dir.toString())
                .assertUsageError("extract", "--db is a directory: ");
    }

    private static long articles(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM articles")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
