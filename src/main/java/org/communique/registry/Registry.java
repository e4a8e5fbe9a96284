package org.communique.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.duckdb.DuckDBConnection;

/**
 * A registry database: a DuckDB file holding the tables of {@code schema.sql}. Opening creates the
 * file and its tables when missing; {@link #load} adds records and rebuilds the derived tables.
 * One open registry per file at a time (DuckDB locks the file against other processes).
 */
public final class Registry implements AutoCloseable {
    /** Every table, in the order of {@code schema.sql}. */
    public static final List<String> TABLES = List.of("articles", "entities", "mentions", "events", "arguments",
            "errors", "persons", "person_titles", "organizations", "event_clusters", "event_cluster_members");

    private final DuckDBConnection connection;

    private Registry(DuckDBConnection connection, boolean readOnly) throws SQLException {
        this.connection = connection;
        if (readOnly) return;
        try (Statement s = connection.createStatement()) {
            s.execute(schema());
        }
    }

    /** Opens the registry in {@code file}, creating it (and its tables) when it does not exist. */
    public static Registry open(Path file) throws SQLException {
        return new Registry((DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath()), false);
    }

    /**
     * Opens an existing registry for reading only: several processes may read one file at once (but
     * not while one writes it).
     */
    public static Registry openReadOnly(Path file) throws SQLException {
        Properties p = new Properties();
        p.setProperty("duckdb.read_only", "true");
        return new Registry((DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath(), p), true);
    }

    /** A registry that lives in memory only, gone when closed. */
    public static Registry inMemory() throws SQLException {
        return new Registry((DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:"), false);
    }

    /** The connection, for queries of the tables. */
    public Connection connection() { return connection; }

    DuckDBConnection duck() { return connection; }

    /**
     * Loads record files (what {@code extract} writes) and rebuilds the derived tables. An article id
     * loaded again replaces all its rows, whether it was an article or an error record before.
     */
    public LoadReport load(List<Path> files) throws SQLException, IOException {
        return new RecordLoader(this).load(files);
    }

    /** Writes each table as {@code dir/<table>.parquet}. */
    public void copyTablesTo(Path dir) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String t : TABLES) {
                s.execute("COPY " + t + " TO " + Sql.literal(dir.resolve(t + ".parquet").toString()) + " (FORMAT PARQUET)");
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    private static String schema() {
        try (InputStream in = Registry.class.getResourceAsStream("schema.sql")) {
            if (in == null) throw new IllegalStateException("schema.sql missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
