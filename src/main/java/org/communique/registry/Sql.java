package org.communique.registry;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Small helpers for the SQL the registry runs. */
final class Sql {
    private Sql() {}

    /** A string as an SQL literal (quotes doubled). */
    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    static void run(Connection c, String... statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : statements) s.execute(sql);
        }
    }
}
