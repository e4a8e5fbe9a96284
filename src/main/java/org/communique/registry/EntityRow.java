package org.communique.registry;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A PERSON or ORGANIZATION entity as the derived tables read it.
 *
 * @param textId    the article, or the original of a duplicate article: duplicates count once
 * @param published the article's publication date, or null
 */
record EntityRow(String key, String articleId, String textId, String name, List<String> aliases,
                 List<String> titles, String country, LocalDate published) {
    /** The query the rows come from, for one entity type ({@code ?}), in a stable order. */
    static final String QUERY = """
            SELECT e.entity_key, e.article_id, coalesce(a.duplicate_of, a.article_id), e.name, e.aliases, e.titles,
                   e.country, a.published
            FROM entities e JOIN articles a USING (article_id)
            WHERE e.type = ?
            ORDER BY a.published NULLS LAST, e.article_id, e.entity_key""";

    static EntityRow of(ResultSet rs) throws SQLException {
        return new EntityRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), strings(rs.getArray(5)),
                strings(rs.getArray(6)), rs.getString(7), rs.getObject(8, LocalDate.class));
    }

    static List<String> strings(Array a) throws SQLException {
        if (a == null) return List.of();
        Object[] values = (Object[]) a.getArray();
        List<String> out = new ArrayList<>(values.length);
        for (Object v : values) if (v != null) out.add(v.toString());
        return out;
    }
}
