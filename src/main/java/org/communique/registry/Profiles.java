package org.communique.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Finds persons by name and reads their profiles. */
public final class Profiles {
    /** A person a name matched. */
    public record Match(String personId, String name, String country, int nArticles) {}

    private final Connection c;

    public Profiles(Connection c) {
        this.c = c;
    }

    /**
     * The persons a name matches: its {@link NameKey} equals that of their canonical name or of a variant.
     * When exactly one canonical name matches, that person alone (so "Kim Jong Un" does not also list a
     * person who was once written so by mistake).
     */
    public List<Match> find(String name) throws SQLException {
        String key = NameKey.of(name);
        List<Match> canonical = new ArrayList<>(), any = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT person_id, name, variants, country, n_articles FROM persons ORDER BY n_articles DESC, person_id")) {
            while (rs.next()) {
                Match m = new Match(rs.getString(1), rs.getString(2), rs.getString(4), rs.getInt(5));
                boolean isName = NameKey.of(m.name()).equals(key);
                if (isName) canonical.add(m);
                if (isName || EntityRow.strings(rs.getArray(3)).stream().anyMatch(v -> NameKey.of(v).equals(key))) any.add(m);
            }
        }
        return canonical.size() == 1 ? canonical : any;
    }

    /** The profile of a person of the registry. */
    public Profile profile(String personId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT name, variants, country, n_articles, first_seen, last_seen FROM persons WHERE person_id = ?")) {
            s.setString(1, personId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) throw new IllegalArgumentException("no person " + personId + " in the registry");
                return new Profile(personId, rs.getString(1), EntityRow.strings(rs.getArray(2)), rs.getString(3),
                        rs.getInt(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class),
                        titles(personId), events(personId));
            }
        }
    }

    private List<Profile.Title> titles(String personId) throws SQLException {
        List<Profile.Title> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT title, first_seen, last_seen, n_articles FROM person_titles "
                + "WHERE person_id = ? ORDER BY n_articles DESC, first_seen, title")) {
            s.setString(1, personId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Profile.Title(rs.getString(1), rs.getObject(2, LocalDate.class),
                            rs.getObject(3, LocalDate.class), rs.getInt(4)));
                }
            }
        }
        return out;
    }

    /** One line per cluster: the person's event in the earliest article reporting it. */
    private List<Profile.EventLine> events(String personId) throws SQLException {
        String sql = """
                WITH taking_part AS (
                    SELECT v.event_key, coalesce(v.date, a.published) AS day, v.date IS NULL AS from_publication,
                           v.type, v.modality, min(g.role) AS role, v.evidence, v.article_id, v.event_id, v.cluster_id,
                           a.published
                    FROM events v JOIN articles a USING (article_id)
                         JOIN arguments g ON g.event_key = v.event_key JOIN entities e ON e.entity_key = g.entity_key
                    WHERE e.person_id = ?
                    GROUP BY ALL),
                mine AS (
                    SELECT * FROM taking_part
                    QUALIFY row_number() OVER (PARTITION BY cluster_id
                                               ORDER BY published NULLS LAST, article_id, event_id) = 1)
                SELECT m.event_key, m.day, m.from_publication, m.type, m.modality, m.role,
                       (SELECT list(DISTINCT g2.name || coalesce(' (' || g2.country || ')', '') ORDER BY
                                    g2.name || coalesce(' (' || g2.country || ')', ''))
                        FROM arguments g2 JOIN entities e2 ON e2.entity_key = g2.entity_key
                        WHERE g2.event_key = m.event_key AND e2.person_id IS DISTINCT FROM ?) AS others,
                       m.evidence, m.article_id, coalesce(k.n_articles, 1)
                FROM mine m LEFT JOIN event_clusters k USING (cluster_id)
                ORDER BY m.day DESC NULLS LAST, m.published DESC NULLS LAST, m.article_id, m.event_id""";
        List<Profile.EventLine> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, personId);
            s.setString(2, personId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Profile.EventLine(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getBoolean(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), EntityRow.strings(rs.getArray(7)),
                            rs.getString(8), rs.getString(9), rs.getInt(10)));
                }
            }
        }
        return out;
    }
}
