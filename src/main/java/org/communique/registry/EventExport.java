package org.communique.registry;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes the registry's events as one row each, in the conventions event-data users load: GDELT-like
 * columns ({@code csv}, {@code parquet}) or PLOVER/POLECAT-style JSON lines ({@code plover}). Written
 * by DuckDB's {@code COPY}. Actor 1 is the first AGENT (else PARTY, else ATTENDEE), actor 2 the first
 * COUNTERPART (else the next PARTY); the list of all actors keeps every participant with its role.
 * An event without a date of its own is dated by its article's publication (the column
 * {@code DateFromPublication} / field {@code date_from_publication} says so).
 */
public final class EventExport {
    /** The output formats. */
    public enum Format { CSV, PARQUET, PLOVER }

    private static final String ACTORS = """
            WITH ranked AS (
                SELECT g.event_key, g.role, g.name, g.country, g.entity_type AS type,
                       coalesce(e.person_id, e.organization_id) AS registry_id,
                       CASE g.role WHEN 'AGENT' THEN 1 WHEN 'PARTY' THEN 2 WHEN 'COUNTERPART' THEN 3 ELSE 4 END AS rank,
                       length(e.entity_id) AS idlen, e.entity_id
                FROM arguments g JOIN entities e USING (entity_key)),
            actors AS (
                SELECT event_key,
                       list({'role': role, 'name': name, 'country': country, 'type': type, 'registry_id': registry_id}
                            ORDER BY rank, idlen, entity_id) AS actors
                FROM ranked GROUP BY event_key),
            flat AS (
                SELECT v.*, a.source, a.url, a.title, a.published,
                       coalesce(v.date, a.published) AS day, v.date IS NULL AS from_publication,
                       coalesce(x.actors, []) AS actors
                FROM events v JOIN articles a USING (article_id) LEFT JOIN actors x USING (event_key)
                WHERE %s),
            sided AS (
                SELECT *,
                       coalesce(list_filter(actors, lambda a: a.role = 'AGENT')[1],
                                list_filter(actors, lambda a: a.role = 'PARTY')[1],
                                list_filter(actors, lambda a: a.role = 'ATTENDEE')[1]) AS a1,
                       coalesce(list_filter(actors, lambda a: a.role = 'COUNTERPART')[1],
                                list_filter(actors, lambda a: a.role = 'PARTY')[
                                    CASE WHEN len(list_filter(actors, lambda a: a.role = 'AGENT')) > 0 THEN 1 ELSE 2 END])
                           AS a2
                FROM flat)
            """;

    private static final String GDELT = """
            SELECT event_key AS GlobalEventID, CAST(strftime(day, '%%Y%%m%%d') AS INTEGER) AS SQLDATE,
                   day AS EventDate, from_publication AS DateFromPublication, type AS EventType, cameo AS EventCode,
                   plover AS PloverCategory, modality AS Modality,
                   a1.name AS Actor1Name, a1.country AS Actor1CountryCode, a1.role AS Actor1Role, a1.type AS Actor1Type,
                   a2.name AS Actor2Name, a2.country AS Actor2CountryCode, a2.role AS Actor2Role, a2.type AS Actor2Type,
                   %s AS Actors, location AS ActionGeo_FullName, confidence AS Confidence, rule AS Rule,
                   cluster_id AS ClusterID, article_id AS ArticleID, source AS Source, url AS SOURCEURL,
                   evidence AS Evidence
            FROM sided ORDER BY day NULLS LAST, article_id, event_id""";

    private static final String PLOVER = """
            SELECT event_key AS event_id, strftime(day, '%%Y-%%m-%%d') AS event_date,
                   from_publication AS date_from_publication, plover AS event_type, cameo AS cameo_code,
                   type AS communique_type,
                   CASE WHEN modality = 'ASSERTED' THEN [] ELSE [lower(modality)] END AS contexts,
                   a1.name AS actor_name, a1.country AS actor_country, a1.role AS actor_role,
                   a2.name AS recipient_name, a2.country AS recipient_country, a2.role AS recipient_role,
                   actors, location AS placename, evidence AS event_text, confidence, rule,
                   cluster_id, article_id AS story_id, source AS publication, url, title AS headline
            FROM sided ORDER BY day NULLS LAST, article_id, event_id""";

    private EventExport() {}

    /**
     * Writes the events to {@code out} and returns how many.
     *
     * @param allModalities also the events not asserted (future, negated, hypothetical, past)
     */
    public static long write(Connection c, Format format, Path out, boolean allModalities) throws SQLException {
        String where = allModalities ? "true" : "v.modality = 'ASSERTED'";
        String select = ACTORS.formatted(where) + switch (format) {
            case CSV -> GDELT.formatted("CAST(to_json(actors) AS VARCHAR)");
            case PARQUET -> GDELT.formatted("actors");
            case PLOVER -> PLOVER.formatted();
        };
        String options = switch (format) {
            case CSV -> "(FORMAT CSV, HEADER)";
            case PARQUET -> "(FORMAT PARQUET)";
            case PLOVER -> "(FORMAT JSON)";
        };
        try (Statement s = c.createStatement()) {
            s.execute("COPY (" + select + ") TO " + Sql.literal(out.toString()) + " " + options);
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM events v WHERE " + where)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
