package org.communique.spark;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.communique.registry.LoadReport;
import org.communique.registry.Registry;

/**
 * The registry's tables of a job's records, as Parquet ({@code --tables DIR}): the part files the job
 * wrote are indexed into a registry in memory, as {@code index} would, and each table is copied to
 * {@code DIR/<table>.parquet}. The job's output must be on the local file system (or a mount).
 */
public final class RegistryTables {
    private RegistryTables() {}

    /**
     * Writes the tables and returns what was loaded.
     *
     * @param records the job's output directory (part files)
     * @param tables  the directory to write, created when missing
     */
    public static LoadReport write(String records, Path tables) throws IOException, SQLException {
        Path dir = local(records);
        List<Path> parts;
        try (Stream<Path> s = Files.list(dir)) {
            parts = s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
        Files.createDirectories(tables);
        try (Registry r = Registry.inMemory()) {
            LoadReport report = r.load(parts);
            r.copyTablesTo(tables);
            return report;
        }
    }

    private static Path local(String records) throws IOException {
        URI uri = URI.create(records.replace(" ", "%20"));
        if (uri.getScheme() != null && !uri.getScheme().equals("file")) {
            throw new IOException("--tables reads the job's records from the local file system, and --out is " + records);
        }
        Path p = uri.getScheme() == null ? Path.of(records) : Path.of(uri);
        if (!Files.isDirectory(p)) throw new IOException("no records directory " + records);
        return p;
    }
}
