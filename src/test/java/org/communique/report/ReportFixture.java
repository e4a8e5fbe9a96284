package org.communique.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Registries with known answers for the report's tests: the shared schema (schema.sql) and, for {@link
 * #scenario}, the rows of src/test/resources/report/fixture.sql (ten KCNA and TASS articles, eleven
 * events, one meeting reported twice, one duplicate article; the file's header lists the expected edges).
 */
public final class ReportFixture {
    private ReportFixture() {}

    /** A registry holding the fixture's scenario, written to {@code db}. */
    public static Path scenario(Path db) {
        return create(db, "/report/fixture.sql");
    }

    /** A registry with the tables and no rows. */
    public static Path empty(Path db) {
        return create(db, null);
    }

    private static Path create(Path db, String rows) {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db.toAbsolutePath());
             Statement s = c.createStatement()) {
            s.execute(resource("/org/communique/registry/schema.sql"));
            if (rows != null) s.execute(resource(rows));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot build the fixture registry " + db, e);
        }
        return db;
    }

    private static String resource(String name) {
        try (InputStream in = ReportFixture.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("no resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
