package org.communique.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** index, who and export run through Main in this JVM on the registry fixtures (real records). */
class RegistryCommandsTest {
    static final String KCNA = "src/test/resources/registry/kcna.jsonl";
    static final String DEV = "src/test/resources/registry/dev.jsonl";

    @TempDir
    Path dir;

    String db;

    @BeforeEach
    void index() {
        db = dir.resolve("r.db").toString();
        CliRun r = CliRun.of("index", "--db", db, KCNA, DEV);
        assertEquals(0, r.status(), r::toString);
        assertTrue(r.out().startsWith("loaded 8 articles and 0 error records into " + db), r::out);
        assertTrue(r.out().contains("8 articles (1 duplicates), 0 errors"), r::out);
    }

    @Test
    void whoByAnyRomanisation() {
        for (String name : List.of("choe son-hui", "CHOE SON HUI", "choe-son-hui-prk")) {
            CliRun r = CliRun.of("who", "--db", db, name);
            assertEquals(0, r.status(), r::toString);
            assertTrue(r.out().startsWith("Choe Son Hui (PRK)  [choe-son-hui-prk]\nAlso written: Choe, Choe Son-hui\n"
                    + "Named in 5 articles, 2024-07-27 to 2025-09-29\n"), r::out);
            assertTrue(r.out().contains("  foreign minister of the Democratic People's Republic of Korea  "
                    + "(2024-07-27 to 2025-09-29, 5 articles)"), r::out);
            assertTrue(r.out().contains("  2024-10-06  MESSAGE (agent) with Wang Yi (CHN)\n      \"Choe Son Hui, foreign "
                    + "minister of the Democratic People's Republic of Korea, on Sunday sent a message"), r::out);
        }
    }

    @Test
    void whoNobodyOrSeveral() throws Exception {
        CliRun none = CliRun.of("who", "--db", db, "Nobody", "Here");
        assertEquals(1, none.status());
        assertEquals("communique who: no person named 'Nobody Here' in " + db + "\n", none.err());
        CliRun.of("who", "--db", dir.resolve("none.db").toString(), "Kim").assertUsageError("who", "no such registry (--db)");
    }

    @Test
    void exportsCsvParquetPlover() throws Exception {
        long asserted = query("SELECT count(*) FROM events WHERE modality = 'ASSERTED'");
        Path csv = dir.resolve("e.csv"), parquet = dir.resolve("e.parquet"), plover = dir.resolve("e.jsonl");
        for (String[] f : new String[][]{{"csv", csv.toString()}, {"parquet", parquet.toString()}, {"plover", plover.toString()}}) {
            CliRun r = CliRun.of("export", "--db", db, "--format", f[0], "--out", f[1]);
            assertEquals(0, r.status(), r::toString);
            assertTrue(r.out().startsWith("wrote " + asserted + " events to " + f[1]), r::out);
        }
        CliRun all = CliRun.of("export", "--db", db, "--format", "csv", "--all-modalities", "--out", dir.resolve("all.csv").toString());
        assertTrue(all.out().startsWith("wrote " + query("SELECT count(*) FROM events") + " events"), all::out);
        assertTrue(query("SELECT count(*) FROM events") > asserted);
        List<String> lines = Files.readAllLines(csv);
        assertTrue(lines.get(0).startsWith("GlobalEventID,SQLDATE,EventDate,DateFromPublication,EventType,EventCode,"
                + "PloverCategory,Modality,Actor1Name,Actor1CountryCode,Actor1Role"), lines.get(0));
        assertEquals(asserted, query("SELECT count(*) FROM read_parquet('" + parquet + "')"));
        assertEquals(20241006, query("SELECT SQLDATE FROM read_parquet('" + parquet + "') "
                + "WHERE GlobalEventID = 'kcna-2024-10-07-467831d6/v1'"));
        List<String> json = Files.readAllLines(plover);
        assertEquals(asserted, json.size());
        JsonNode greeting = null;
        for (String l : json) {
            JsonNode n = new ObjectMapper().readTree(l);
            if (n.get("event_id").asText().equals("kcna-2024-10-07-467831d6/v1")) greeting = n;
        }
        assertEquals("2024-10-06|Choe Son Hui|PRK|Wang Yi|CHN|kcna-2024-10-07-467831d6", String.join("|",
                greeting.get("event_date").asText(), greeting.get("actor_name").asText(),
                greeting.get("actor_country").asText(), greeting.get("recipient_name").asText(),
                greeting.get("recipient_country").asText(), greeting.get("story_id").asText()));
    }

    @Test
    void brokenLineExitsOne() throws Exception {
        Path f = Files.write(dir.resolve("b.jsonl"), List.of(Files.readAllLines(Path.of(DEV)).get(1), "{\"id\": "));
        CliRun r = CliRun.of("index", "--db", db, f.toString());
        assertEquals(1, r.status(), r::toString);
        assertTrue(r.err().startsWith("communique index: " + f + ":2: not JSON"), r::err);
        assertTrue(r.out().contains("(1 lines skipped)"), r::out);
    }

    @Test
    void usageErrors() {
        CliRun.of("index", "--db", db, dir.resolve("none.jsonl").toString()).assertUsageError("index", "no such records file: ");
        CliRun.of("index", "--db", dir.toString(), KCNA).assertUsageError("index", "--db is a directory: ");
        CliRun.of("export", "--db", db, "--format", "xml", "--out", dir.resolve("x").toString())
                .assertUsageError("export", "--format");
        CliRun.of("export", "--db", db, "--format", "csv", "--out", dir.resolve("no/x.csv").toString())
                .assertUsageError("export", "--out: no such directory: ");
    }

    private long query(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
