package org.communique.registry;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Loads records into the base tables in one transaction: the rows of every id loaded are deleted
 * first (from the article tables and from {@code errors}), then the records appended with DuckDB's
 * appender; the derived tables are rebuilt after. An id met twice in one load keeps its last record.
 */
final class RecordLoader {
    private static final List<String> ARTICLE_TABLES = List.of("articles", "entities", "mentions", "events",
            "arguments", "errors");

    private final DuckDBConnection c;

    RecordLoader(Registry registry) {
        this.c = registry.duck();
    }

    LoadReport load(List<Path> files) throws SQLException, IOException {
        RecordReader reader = new RecordReader();
        Map<String, JsonNode> records = new LinkedHashMap<>();
        for (Path f : files) reader.read(f, r -> {
            String id = r.get("id").asText();
            records.remove(id); // the last record of an id wins, in its own place
            records.put(id, r);
        });
        LocalDateTime now = LocalDateTime.now();
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        int articles = 0, errors = 0;
        try {
            replaceIds(records.keySet());
            try (ArticleAppenders out = new ArticleAppenders(c)) {
                for (JsonNode r : records.values()) {
                    if (r.has("error")) {
                        errors++;
                        out.error(r, now);
                    } else {
                        articles++;
                        out.article(r, now);
                    }
                }
            }
            adoptDuplicateHashes();
            DerivedTables.rebuild(c);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        return new LoadReport(articles, errors, reader.badLines());
    }

    private void replaceIds(Iterable<String> ids) throws SQLException {
        Sql.run(c, "CREATE OR REPLACE TEMP TABLE load_ids (article_id VARCHAR)",
                "CREATE OR REPLACE TEMP TABLE load_duplicates (article_id VARCHAR, duplicate_of VARCHAR)");
        try (DuckDBAppender a = c.createAppender("temp", "main", "load_ids")) {
            for (String id : ids) a.beginRow().append(id).endRow();
        }
        List<String> deletes = new ArrayList<>();
        for (String t : ARTICLE_TABLES) {
            deletes.add("DELETE FROM " + t + " WHERE article_id IN (SELECT article_id FROM load_ids)");
        }
        Sql.run(c, deletes.toArray(String[]::new));
    }

    /** A record without text_hash that names its original (duplicate_of) shares the original's hash. */
    private void adoptDuplicateHashes() throws SQLException {
        Sql.run(c, """
                UPDATE articles SET text_hash = o.text_hash
                FROM load_duplicates d JOIN articles o ON o.article_id = d.duplicate_of
                WHERE articles.article_id = d.article_id AND articles.text_hash LIKE 'fp:%'""");
    }

    /** The appenders of one load, one per base table. */
    private static final class ArticleAppenders implements AutoCloseable {
        private final DuckDBAppender articles, entities, mentions, events, arguments, errors, duplicates;

        ArticleAppenders(DuckDBConnection c) throws SQLException {
            articles = c.createAppender("articles");
            entities = c.createAppender("entities");
            mentions = c.createAppender("mentions");
            events = c.createAppender("events");
            arguments = c.createAppender("arguments");
            errors = c.createAppender("errors");
            duplicates = c.createAppender("temp", "main", "load_duplicates");
        }

        void error(JsonNode r, LocalDateTime now) throws SQLException {
            JsonNode e = r.get("error");
            errors.beginRow().append(r.get("id").asText()).append(e.get("kind").asText());
            Rows.str(errors, textOrNull(e, "message"));
            errors.append(now).endRow();
        }

        void article(JsonNode r, LocalDateTime now) throws SQLException {
            String id = r.get("id").asText();
            String hash = textOrNull(r, "text_hash");
            String dupOf = textOrNull(r, "duplicate_of");
            if (hash == null) {
                hash = Fingerprint.of(r);
                if (dupOf != null) duplicates.beginRow().append(id).append(dupOf).endRow();
            }
            articles.beginRow().append(id);
            Rows.str(articles, textOrNull(r, "title"));
            Rows.str(articles, textOrNull(r, "source"));
            Rows.str(articles, textOrNull(r, "section"));
            Rows.str(articles, textOrNull(r, "url"));
            Rows.date(articles, Dates.day(r.get("published")));
            Rows.str(articles, textOrNull(r.path("dateline"), "place"));
            Rows.date(articles, Dates.day(r.path("dateline").get("date")));
            articles.append(hash);
            articles.appendNull(); // duplicate_of: derived once all articles are in
            articles.append(r.get("entities").size()).append(r.get("events").size());
            Rows.list(articles, strings(r.get("warnings")));
            articles.append(now).endRow();

            Map<String, JsonNode> byId = new LinkedHashMap<>();
            for (JsonNode e : r.get("entities")) {
                byId.put(e.get("id").asText(), e);
                entity(id, e);
            }
            for (JsonNode v : r.get("events")) event(id, v, byId);
        }

        private void entity(String articleId, JsonNode e) throws SQLException {
            String key = articleId + "/" + e.get("id").asText();
            entities.beginRow().append(key).append(articleId).append(e.get("id").asText()).append(e.get("type").asText());
            Rows.str(entities, textOrNull(e, "subtype"));
            entities.append(e.get("name").asText());
            Rows.list(entities, strings(e.get("aliases")));
            Rows.list(entities, strings(e.get("titles")));
            List<String> aff = strings(e.get("affiliations"));
            Rows.list(entities, aff == null ? null : aff.stream().map(a -> articleId + "/" + a).toList());
            Rows.str(entities, textOrNull(e, "country"));
            Rows.str(entities, textOrNull(e, "value"));
            entities.appendNull().appendNull().endRow(); // person_id, organization_id: derived
            for (JsonNode m : e.path("mentions")) {
                mentions.beginRow().append(key).append(articleId).append(m.get("start").asInt())
                        .append(m.get("end").asInt()).append(m.get("text").asText());
                Rows.str(mentions, textOrNull(m, "section"));
                mentions.endRow();
            }
        }

        private void event(String articleId, JsonNode v, Map<String, JsonNode> entitiesById) throws SQLException {
            String key = articleId + "/" + v.get("id").asText();
            String loc = textOrNull(v, "location");
            events.beginRow().append(key).append(articleId).append(v.get("id").asText()).append(v.get("type").asText());
            Rows.str(events, textOrNull(v, "cameo"));
            Rows.str(events, textOrNull(v, "plover"));
            Rows.date(events, Dates.day(v.get("date")));
            Rows.str(events, loc == null ? null : articleId + "/" + loc);
            Rows.str(events, loc == null ? null : entitiesById.get(loc).get("name").asText());
            String modality = textOrNull(v, "modality");
            events.append(modality == null ? "ASSERTED" : modality.toUpperCase(Locale.ROOT));
            Rows.dbl(events, v.path("confidence").isNumber() ? v.get("confidence").asDouble() : null);
            Rows.str(events, textOrNull(v, "rule"));
            Rows.str(events, textOrNull(v.path("trigger"), "text"));
            JsonNode ev = v.path("evidence");
            Rows.str(events, textOrNull(ev, "sentence"));
            Rows.integer(events, ev.path("start").isInt() ? ev.get("start").asInt() : null);
            Rows.integer(events, ev.path("end").isInt() ? ev.get("end").asInt() : null);
            events.appendNull().endRow(); // cluster_id: derived
            for (JsonNode a : v.path("arguments")) {
                JsonNode e = entitiesById.get(a.get("entity").asText());
                arguments.beginRow().append(key).append(articleId).append(a.get("role").asText())
                        .append(articleId + "/" + a.get("entity").asText()).append(e.get("name").asText())
                        .append(e.get("type").asText());
                Rows.str(arguments, textOrNull(e, "country"));
                Rows.str(arguments, textOrNull(a, "rule"));
                Rows.str(arguments, textOrNull(a, "path"));
                arguments.endRow();
            }
        }

        @Override
        public void close() throws SQLException {
            SQLException first = null;
            for (DuckDBAppender a : List.of(articles, entities, mentions, events, arguments, errors, duplicates)) {
                try {
                    a.close();
                } catch (SQLException e) {
                    if (first == null) first = e;
                }
            }
            if (first != null) throw first;
        }
    }

    static String textOrNull(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }

    static List<String> strings(JsonNode array) {
        if (array == null || !array.isArray()) return null;
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }
}
