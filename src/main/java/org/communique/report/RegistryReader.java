package org.communique.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.duckdb.DuckDBDriver;

/** Reads what the report shows from a registry (the DuckDB file {@code index} writes), read-only. */
public final class RegistryReader {
    /** The tables the report reads (src/main/resources/org/communique/registry/schema.sql). */
    static final Set<String> TABLES = Set.of("articles", "entities", "events", "arguments", "persons",
            "person_titles", "event_clusters", "event_cluster_members");

    private RegistryReader() {}

    /**
     * Reads the registry in {@code db}.
     *
     * @throws RegistryException when the file is not a DuckDB database, is locked by a writer, or lacks
     *     the registry's tables or columns
     */
    public static ReportData read(Path db) {
        if (!Files.isRegularFile(db)) throw new RegistryException("no such database file: " + db, null);
        Properties props = new Properties();
        props.setProperty(DuckDBDriver.DUCKDB_READONLY_PROPERTY, "true"); // never creates or changes the file
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath(), props)) {
            requireTables(c, db);
            return ReportData.of(articles(c), events(c), persons(c), clusters(c));
        } catch (SQLException e) {
            throw new RegistryException("cannot read " + db + " as a registry: " + firstLine(e.getMessage()), e);
        }
    }

    private static void requireTables(Connection c, Path db) throws SQLException {
        Set<String> missing = new TreeSet<>(TABLES);
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'")) {
            while (rs.next()) missing.remove(rs.getString(1));
        }
        if (!missing.isEmpty()) {
            throw new RegistryException(db + " is not a Communiqué registry (no table " + String.join(", ", missing)
                    + "); build one with: communique index --db " + db + " RECORDS.jsonl", null);
        }
    }

    private static List<ArticleInfo> articles(Connection c) throws SQLException {
        List<ArticleInfo> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT article_id, title, source, url, published, duplicate_of FROM articles ORDER BY article_id")) {
            while (rs.next()) {
                out.add(new ArticleInfo(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        date(rs, 5), rs.getString(6)));
            }
        }
        return out;
    }

    private static List<ReportEvent> events(Connection c) throws SQLException {
        Map<String, List<Participant>> participants = participants(c);
        List<ReportEvent> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT event_key, article_id, type, date, location, modality, confidence, evidence, cluster_id "
                        + "FROM events ORDER BY date NULLS LAST, event_key")) {
            while (rs.next()) {
                String key = rs.getString(1);
                double confidence = rs.getDouble(7);
                out.add(new ReportEvent(key, rs.getString(2), rs.getString(3), date(rs, 4), rs.getString(5),
                        rs.getString(6), rs.wasNull() ? null : confidence, rs.getString(8), rs.getString(9),
                        participants.getOrDefault(key, List.of())));
            }
        }
        return out;
    }

    /** Arguments by event key; the table keeps no argument order, so the order is by role, then name. */
    private static Map<String, List<Participant>> participants(Connection c) throws SQLException {
        Map<String, List<Participant>> out = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT g.event_key, g.role, g.entity_key, coalesce(g.name, n.name), coalesce(g.entity_type, n.type),
                       n.subtype, coalesce(g.country, n.country), n.person_id
                FROM arguments g LEFT JOIN entities n ON n.entity_key = g.entity_key
                ORDER BY g.event_key,
                         CASE g.role WHEN 'AGENT' THEN 0 WHEN 'PARTY' THEN 1 WHEN 'COUNTERPART' THEN 2
                                     WHEN 'ATTENDEE' THEN 3 ELSE 4 END,
                         g.role, coalesce(g.name, n.name), g.entity_key""")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Participant(rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8)));
            }
        }
        return out;
    }

    private static List<Person> persons(Connection c) throws SQLException {
        Map<String, List<TitleSpan>> titles = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT person_id, title, first_seen, last_seen, n_articles FROM person_titles "
                        + "ORDER BY person_id, first_seen NULLS LAST, last_seen NULLS LAST, title")) {
            while (rs.next()) {
                titles.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                        .add(new TitleSpan(rs.getString(2), date(rs, 3), date(rs, 4), rs.getInt(5)));
            }
        }
        List<Person> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT person_id, name, variants, country, n_articles, first_seen, last_seen FROM persons ORDER BY person_id")) {
            while (rs.next()) {
                String id = rs.getString(1);
                out.add(new Person(id, rs.getString(2), strings(rs.getArray(3)), rs.getString(4), rs.getInt(5),
                        date(rs, 6), date(rs, 7), titles.getOrDefault(id, List.of())));
            }
        }
        return out;
    }

    private static List<Cluster> clusters(Connection c) throws SQLException {
        Map<String, List<String>> members = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT cluster_id, event_key FROM event_cluster_members ORDER BY cluster_id, event_key")) {
            while (rs.next()) members.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
        }
        List<Cluster> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT cluster_id, type, date, location, n_articles, n_sources, first_article FROM event_clusters "
                        + "ORDER BY cluster_id")) {
            while (rs.next()) {
                String id = rs.getString(1);
                out.add(new Cluster(id, rs.getString(2), date(rs, 3), rs.getString(4), rs.getInt(5), rs.getInt(6),
                        rs.getString(7), members.getOrDefault(id, List.of())));
            }
        }
        return out;
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) return List.of();
        List<String> out = new ArrayList<>();
        for (Object o : (Object[]) array.getArray()) if (o != null) out.add(o.toString());
        return out;
    }

    private static String firstLine(String message) {
        if (message == null) return "unknown error";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
