package org.communique.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Groups the events of all articles into clusters, one per happening. First the events of duplicate
 * articles join their original's event of the same id and type (one extraction of one text). Then,
 * in order of date, an event joins the first cluster of its type whose dates all lie within a day of
 * its own and each of whose events shares participants with it: persons (person_id), organizations
 * (organization_id) and states (LOCATION entities of subtype COUNTRY), at least two shared when both
 * events have two or more, else the one. Asking it of every event of the cluster, not of one, and
 * the day bound keep a run of one leader's meetings or messages from chaining into one cluster; the
 * two participants keep his meetings with two guests on one day apart. Events without a date join
 * no cluster but their duplicates'. Every event is in one cluster.
 */
final class EventClusters {
    private static final String QUERY = """
            SELECT v.event_key, v.article_id, v.event_id, v.type, v.date, v.location, a.published, a.source,
                   coalesce(a.duplicate_of, a.article_id) AS text_id,
                   list(DISTINCT CASE WHEN e.person_id IS NOT NULL THEN 'p:' || e.person_id
                                      WHEN e.organization_id IS NOT NULL THEN 'o:' || e.organization_id
                                      WHEN e.type = 'LOCATION' AND e.subtype = 'COUNTRY' AND e.country IS NOT NULL
                                          THEN 'c:' || e.country END) AS participants
            FROM events v JOIN articles a USING (article_id)
                 LEFT JOIN arguments g ON g.event_key = v.event_key
                 LEFT JOIN entities e ON e.entity_key = g.entity_key
            GROUP BY ALL
            ORDER BY v.date NULLS LAST, a.published NULLS LAST, v.article_id, v.event_id""";

    private record Event(String key, String articleId, String eventId, String type, LocalDate date, String location,
                         LocalDate published, String source, String textId, Set<String> participants) {}

    /** Events of one extraction: an event and the same event of the original's duplicates. */
    private record Unit(List<Event> events, Set<String> participants) {}

    private static final class Cluster {
        final int order;
        final List<Unit> units = new ArrayList<>();
        LocalDate min, max;

        Cluster(int order) { this.order = order; }

        boolean admits(Unit u, LocalDate d) {
            if (min == null || Math.abs(d.toEpochDay() - min.toEpochDay()) > 1
                    || Math.abs(d.toEpochDay() - max.toEpochDay()) > 1) return false;
            return units.stream().allMatch(m -> overlap(m.participants(), u.participants()));
        }

        void add(Unit u, LocalDate d) {
            units.add(u);
            if (d != null) {
                min = min == null || d.isBefore(min) ? d : min;
                max = max == null || d.isAfter(max) ? d : max;
            }
        }
    }

    private EventClusters() {}

    static boolean overlap(Set<String> a, Set<String> b) {
        int shared = 0;
        for (String x : a) if (b.contains(x)) shared++;
        return shared >= 1 && shared >= Math.min(2, Math.min(a.size(), b.size()));
    }

    static void rebuild(DuckDBConnection c) throws SQLException {
        Map<String, Unit> units = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(QUERY)) {
            while (rs.next()) {
                Set<String> participants = new HashSet<>(EntityRow.strings(rs.getArray(10)));
                Event e = new Event(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getObject(7, LocalDate.class),
                        rs.getString(8), rs.getString(9), participants);
                Unit u = units.computeIfAbsent(e.textId() + "/" + e.eventId() + "/" + e.type(),
                        k -> new Unit(new ArrayList<>(), new HashSet<>()));
                u.events().add(e);
                u.participants().addAll(participants);
            }
        }
        List<Cluster> clusters = new ArrayList<>();
        Map<String, List<Cluster>> byTypeAndParticipant = new HashMap<>();
        for (Unit u : units.values()) {
            LocalDate d = date(u);
            String type = u.events().get(0).type();
            Cluster home = null;
            if (d != null) {
                for (String p : u.participants()) {
                    for (Cluster cl : byTypeAndParticipant.getOrDefault(type + "\t" + p, List.of())) {
                        if (cl.admits(u, d) && (home == null || cl.order < home.order)) home = cl;
                    }
                }
            }
            if (home == null) {
                home = new Cluster(clusters.size());
                clusters.add(home);
            }
            home.add(u, d);
            for (String p : u.participants()) {
                List<Cluster> list = byTypeAndParticipant.computeIfAbsent(type + "\t" + p, k -> new ArrayList<>());
                if (!list.contains(home)) list.add(home);
            }
        }
        write(c, clusters);
    }

    private static LocalDate date(Unit u) {
        return u.events().stream().map(Event::date).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static void write(DuckDBConnection c, List<Cluster> clusters) throws SQLException {
        Sql.run(c, "DELETE FROM event_clusters", "DELETE FROM event_cluster_members");
        Comparator<Event> earliest = Comparator.comparing(Event::published, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Event::articleId).thenComparing(Event::eventId);
        try (DuckDBAppender cl = c.createAppender("event_clusters");
             DuckDBAppender m = c.createAppender("event_cluster_members")) {
            for (Cluster k : clusters) {
                List<Event> events = new ArrayList<>();
                k.units.forEach(u -> events.addAll(u.events()));
                events.sort(earliest);
                String id = "c/" + events.get(0).key();
                cl.beginRow().append(id).append(events.get(0).type());
                String day = Groups.mostFrequent(events.stream().map(e -> e.date() == null ? null : e.date().toString()).toList());
                Rows.date(cl, day == null ? null : LocalDate.parse(day));
                Rows.str(cl, Groups.mostFrequent(events.stream().map(Event::location).toList()));
                cl.append((int) events.stream().map(Event::textId).distinct().count());
                cl.append((int) events.stream().map(Event::source).filter(Objects::nonNull).distinct().count());
                cl.append(events.get(0).articleId()).endRow();
                for (Event e : events) m.beginRow().append(id).append(e.key()).append(e.articleId()).endRow();
            }
        }
        Sql.run(c, "UPDATE events SET cluster_id = m.cluster_id FROM event_cluster_members m "
                + "WHERE events.event_key = m.event_key");
    }
}
