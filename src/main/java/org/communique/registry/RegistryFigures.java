package org.communique.registry;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The size of a registry in a few counts.
 *
 * @param duplicates articles whose text is that of an earlier one
 */
public record RegistryFigures(long articles, long duplicates, long errors, long persons, long organizations,
                              long events, long clusters) {
    /** The counts of the registry behind {@code c}. */
    public static RegistryFigures of(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT (SELECT count(*) FROM articles), (SELECT count(duplicate_of) FROM articles),
                       (SELECT count(*) FROM errors), (SELECT count(*) FROM persons),
                       (SELECT count(*) FROM organizations), (SELECT count(*) FROM events),
                       (SELECT count(*) FROM event_clusters)""")) {
            rs.next();
            return new RegistryFigures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                    rs.getLong(6), rs.getLong(7));
        }
    }

    @Override
    public String toString() {
        return String.format("%d articles (%d duplicates), %d errors, %d persons, %d organizations, %d events in %d clusters",
                articles, duplicates, errors, persons, organizations, events, clusters);
    }
}
