package org.communique.registry;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Rebuilds the derived tables from the base tables, in the caller's transaction: duplicate articles
 * ({@code articles.duplicate_of}), persons and their titles, organizations (and the entities' ids of
 * them), then event clusters. Rebuilt whole: the same base tables always give the same derived ones.
 */
final class DerivedTables {
    private DerivedTables() {}

    static void rebuild(DuckDBConnection c) throws SQLException {
        PhraseForm form = new PhraseForm();
        markDuplicates(c);
        Sql.run(c, "DELETE FROM persons", "DELETE FROM person_titles", "DELETE FROM organizations",
                "CREATE OR REPLACE TEMP TABLE entity_ids (entity_key VARCHAR, person_id VARCHAR, organization_id VARCHAR)");
        try (DuckDBAppender ids = c.createAppender("temp", "main", "entity_ids")) {
            writePersons(c, ids, form);
            writeOrganizations(c, ids, form);
        }
        Sql.run(c, "UPDATE entities SET person_id = NULL, organization_id = NULL",
                "UPDATE entities SET person_id = i.person_id, organization_id = i.organization_id "
                        + "FROM entity_ids i WHERE entities.entity_key = i.entity_key");
        EventClusters.rebuild(c);
    }

    /** The first article (by publication date, then id) of each text_hash is the original of the others. */
    private static void markDuplicates(DuckDBConnection c) throws SQLException {
        Sql.run(c, """
                UPDATE articles SET duplicate_of = CASE WHEN f.first = articles.article_id THEN NULL ELSE f.first END
                FROM (SELECT article_id, first_value(article_id) OVER (PARTITION BY text_hash
                          ORDER BY published NULLS LAST, article_id) AS first FROM articles) f
                WHERE articles.article_id = f.article_id""");
    }

    private static List<EntityRow> rows(DuckDBConnection c, String type) throws SQLException {
        List<EntityRow> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(EntityRow.QUERY)) {
            s.setString(1, type);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.add(EntityRow.of(rs));
            }
        }
        return out;
    }

    private static void writePersons(DuckDBConnection c, DuckDBAppender ids, PhraseForm form) throws SQLException {
        List<PersonResolver.Person> persons = PersonResolver.resolve(rows(c, "PERSON"));
        try (DuckDBAppender p = c.createAppender("persons"); DuckDBAppender t = c.createAppender("person_titles")) {
            for (PersonResolver.Person person : persons) {
                appendGroup(p, person.id(), person.name(), person.country(), person.rows());
                for (EntityRow r : person.rows()) {
                    ids.beginRow().append(r.key()).append(person.id()).appendNull().endRow();
                }
                writeTitles(t, person, form);
            }
        }
    }

    /** A row of persons or organizations (the same columns): id, name, variants, country, articles, first and last seen. */
    private static void appendGroup(DuckDBAppender a, String id, String name, String country, List<EntityRow> rows)
            throws SQLException {
        a.beginRow().append(id).append(name);
        a.append(Groups.variants(rows, name));
        Rows.str(a, country);
        a.append(Groups.distinctTexts(rows));
        Rows.date(a, Groups.first(rows));
        Rows.date(a, Groups.last(rows));
        a.endRow();
    }

    /** One row per office: its most frequent written form, dates and articles. */
    private static void writeTitles(DuckDBAppender t, PersonResolver.Person person, PhraseForm form) throws SQLException {
        Map<String, List<String>> forms = new LinkedHashMap<>();
        Map<String, List<EntityRow>> rows = new LinkedHashMap<>();
        for (EntityRow r : person.rows()) {
            for (String title : r.titles()) {
                String office = form.office(title, person.country());
                forms.computeIfAbsent(office, k -> new ArrayList<>()).add(title);
                List<EntityRow> list = rows.computeIfAbsent(office, k -> new ArrayList<>());
                if (list.stream().noneMatch(x -> Objects.equals(x.key(), r.key()))) list.add(r);
            }
        }
        for (Map.Entry<String, List<String>> e : forms.entrySet()) {
            List<EntityRow> seen = rows.get(e.getKey());
            LocalDate first = Groups.first(seen), last = Groups.last(seen);
            t.beginRow().append(person.id()).append(Groups.mostFrequent(e.getValue()));
            Rows.date(t, first);
            Rows.date(t, last);
            t.append(Groups.distinctTexts(seen)).endRow();
        }
    }

    private static void writeOrganizations(DuckDBConnection c, DuckDBAppender ids, PhraseForm form) throws SQLException {
        List<OrganizationResolver.Organization> orgs = OrganizationResolver.resolve(rows(c, "ORGANIZATION"), form);
        try (DuckDBAppender o = c.createAppender("organizations")) {
            for (OrganizationResolver.Organization org : orgs) {
                appendGroup(o, org.id(), org.name(), org.country(), org.rows());
                for (EntityRow r : org.rows()) {
                    ids.beginRow().append(r.key()).appendNull().append(org.id()).endRow();
                }
            }
        }
    }
}
