package org.communique.registry;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.duckdb.DuckDBAppender;

/** Appends values that may be null (the appender wants a null appended as such). */
final class Rows {
    private Rows() {}

    static void str(DuckDBAppender a, String s) throws SQLException {
        if (s == null) a.appendNull();
        else a.append(s);
    }

    static void date(DuckDBAppender a, LocalDate d) throws SQLException {
        if (d == null) a.appendNull();
        else a.append(d);
    }

    static void list(DuckDBAppender a, List<String> l) throws SQLException {
        if (l == null) a.appendNull();
        else a.append(l);
    }

    static void integer(DuckDBAppender a, Integer i) throws SQLException {
        if (i == null) a.appendNull();
        else a.append(i.intValue());
    }

    static void dbl(DuckDBAppender a, Double d) throws SQLException {
        if (d == null) a.appendNull();
        else a.append(d.doubleValue());
    }
}
