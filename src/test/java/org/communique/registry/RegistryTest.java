package org.communique.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry on real records with known answers: five KCNA articles of the shared corpus (two
 * reports of Kim Jong Un's birthday spread to Ri Jae Ryong; Choe Son Hui's exchange of greetings with
 * Wang Yi, one of them under two ids) and three dev-set records that write her "Choe Son-hui" (no
 * country), "Choe Son Hui" and give her titles four ways.
 */
class RegistryTest {
    static final Path KCNA = Path.of("src/test/resources/registry/kcna.jsonl");
    static final Path DEV = Path.of("src/test/resources/registry/dev.jsonl");
    static final Path ERRORS = Path.of("src/test/resources/registry/errors.jsonl");

    @TempDir
    Path dir;

    Registry registry;

    @BeforeEach
    void load() throws Exception {
        registry = Registry.open(dir.resolve("r.db"));
        LoadReport r = registry.load(List.of(KCNA, DEV));
        assertEquals(8, r.articles());
        assertEquals(0, r.errors());
        assertEquals(List.of(), r.badLines());
    }

    @AfterEach
    void close() throws SQLException {
        registry.close();
    }

    @Test
    void onePersonAcrossArticlesAndSpellings() throws SQLException {
        List<String> ids = column("SELECT DISTINCT person_id FROM entities WHERE name IN ('Choe Son Hui', 'Choe Son-hui')");
        assertEquals(List.of("choe-son-hui-prk"), ids);
        // the surname alone joins her: she is the only full-name Choe of its article
        assertEquals("choe-son-hui-prk", one("SELECT person_id FROM entities WHERE name = 'Choe' AND article_id = 'kcna-2024-10-07-467831d6'"));
        assertEquals("ri-jae-ryong-prk", one("SELECT person_id FROM entities WHERE name = 'Ri'"));
        assertEquals("Choe Son Hui|PRK|5|2024-07-27|2025-09-29|[Choe, Choe Son-hui]", one(
                "SELECT concat_ws('|', name, country, n_articles, first_seen, last_seen, variants) FROM persons "
                        + "WHERE person_id = 'choe-son-hui-prk'"));
        assertEquals(2, count("SELECT count(*) FROM persons WHERE name = 'Kim Jong Un' OR name = 'Wang Yi'"));
    }

    @Test
    void fourWritingsOfOneOffice() throws SQLException {
        assertEquals(List.of("foreign minister of the Democratic People's Republic of Korea|5"),
                column("SELECT title || '|' || n_articles FROM person_titles WHERE person_id = 'choe-son-hui-prk'"));
    }

    @Test
    void duplicateArticlesNoted() throws SQLException {
        assertEquals(Map.of("kcna-2024-10-07-d1914f5d", "kcna-2024-10-07-5514aa4a"),
                pairs("SELECT article_id, duplicate_of FROM articles WHERE duplicate_of IS NOT NULL"));
        // a duplicate's events are in its original's clusters
        assertEquals(0, count("""
                SELECT count(*) FROM events d JOIN events o ON o.article_id = 'kcna-2024-10-07-5514aa4a'
                     AND d.event_id = o.event_id AND d.type = o.type
                WHERE d.article_id = 'kcna-2024-10-07-d1914f5d' AND d.cluster_id <> o.cluster_id"""));
        assertTrue(count("SELECT count(*) FROM events WHERE article_id = 'kcna-2024-10-07-d1914f5d'") > 0);
    }

    @Test
    void aHappeningReportedTwiceIsOneCluster() throws SQLException {
        String byReview = clusterOfRiJaeRyong("kcna-2024-10-03-346bc6b2");
        String byArticle = clusterOfRiJaeRyong("kcna-2024-10-03-72c70d7c");
        assertEquals(byReview, byArticle);
        assertEquals("2|1|kcna-2024-10-03-346bc6b2", one("SELECT concat_ws('|', n_articles, n_sources, first_article) "
                + "FROM event_clusters WHERE cluster_id = '" + byReview + "'"));
        // Choe's greetings on 6 October are no part of it
        assertNotEquals(byReview, one("SELECT cluster_id FROM events WHERE event_key = 'kcna-2024-10-07-467831d6/v1'"));
        assertEquals(0, count("SELECT count(*) FROM events WHERE cluster_id IS NULL"));
    }

    @Test
    void reloadingChangesNothing() throws Exception {
        Map<String, List<String>> before = snapshot();
        registry.load(List.of(DEV, KCNA));
        registry.load(List.of(KCNA));
        assertEquals(before, snapshot());
    }

    @Test
    void errorRecordsReplaceArticlesAndBack() throws Exception {
        LoadReport r = registry.load(List.of(ERRORS));
        assertEquals(1, r.errors());
        assertEquals("timeout", one("SELECT kind FROM errors WHERE article_id = 'kcna-2024-10-03-72c70d7c'"));
        assertEquals(0, count("SELECT count(*) FROM articles WHERE article_id = 'kcna-2024-10-03-72c70d7c'"));
        assertEquals(0, count("SELECT count(*) FROM events WHERE article_id = 'kcna-2024-10-03-72c70d7c'"));
        registry.load(List.of(KCNA));
        assertEquals(0, count("SELECT count(*) FROM errors"));
        assertEquals(1, count("SELECT count(*) FROM articles WHERE article_id = 'kcna-2024-10-03-72c70d7c'"));
    }

    @Test
    void brokenLinesReportedTheRestLoads() throws Exception {
        Path f = dir.resolve("broken.jsonl");
        String good = Files.readAllLines(DEV).get(0);
        Files.write(f, List.of(good, good.substring(0, 100), "", "{\"id\": \"x\", \"entities\": [{\"id\": \"e1\"}], \"events\": []}",
                "{\"id\": \"y\", \"entities\": [], \"events\": [], \"published\": \"last week\"}"));
        LoadReport r = registry.load(List.of(f));
        assertEquals(1, r.articles());
        assertEquals(3, r.badLines().size(), r.badLines()::toString);
        assertEquals(f + ":2", r.badLines().get(0).file() + ":" + r.badLines().get(0).line());
        assertTrue(r.badLines().get(0).reason().startsWith("not JSON"), r.badLines()::toString);
        assertEquals(f + ":4: entity 1 lacks an id, type or name", r.badLines().get(1).toString());
        assertEquals(f + ":5: \"published\" is not a date YYYY-MM-DD: \"last week\"", r.badLines().get(2).toString());
        assertEquals(0, count("SELECT count(*) FROM articles WHERE article_id IN ('x', 'y')"));
    }

    @Test
    void tablesCopyToParquet() throws Exception {
        Path out = Files.createDirectories(dir.resolve("tables"));
        registry.copyTablesTo(out);
        for (String t : Registry.TABLES) {
            assertEquals(count("SELECT count(*) FROM " + t),
                    count("SELECT count(*) FROM read_parquet('" + out.resolve(t + ".parquet") + "')"), t);
        }
    }

    private String clusterOfRiJaeRyong(String article) throws SQLException {
        return one("SELECT DISTINCT v.cluster_id FROM events v JOIN arguments g USING (event_key) "
                + "WHERE v.article_id = '" + article + "' AND g.name = 'Ri Jae Ryong' AND v.type = 'GIFT'");
    }

    /** Every table's rows (loaded_at left out: it is when, not what), sorted. */
    private Map<String, List<String>> snapshot() throws SQLException {
        Map<String, List<String>> out = new TreeMap<>();
        for (String t : Registry.TABLES) {
            String cols = t.equals("articles") || t.equals("errors") ? "* EXCLUDE (loaded_at)" : "*";
            out.put(t, column("SELECT CAST(x AS VARCHAR) AS r FROM (SELECT " + cols + " FROM " + t + ") x ORDER BY r"));
        }
        return out;
    }

    private List<String> column(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = registry.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    private String one(String sql) throws SQLException {
        List<String> c = column(sql);
        assertEquals(1, c.size(), () -> sql + " gave " + c);
        return c.get(0);
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(one(sql));
    }

    private Map<String, String> pairs(String sql) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        try (PreparedStatement s = registry.connection().prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) out.put(rs.getString(1), rs.getString(2));
        }
        return out;
    }

    @Test
    void anIdTwiceInOneLoadKeepsItsLastRecord() throws Exception {
        Path f = dir.resolve("twice.jsonl");
        String line = Files.readAllLines(DEV).get(0);
        Files.write(f, List.of(line, line));
        Map<String, List<String>> before = snapshot();
        assertEquals(1, registry.load(List.of(f)).articles());
        assertEquals(before, snapshot());
    }
}
