package org.communique.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import org.communique.registry.Registry;
import picocli.CommandLine.Model.CommandSpec;

/** Opens the {@code --db} of the registry commands; what stops it is a usage error (exit 2). */
final class RegistryFiles {
    private RegistryFiles() {}

    /** Opens (creating it when missing) the registry that {@code index} or {@code extract --db} writes. */
    static Registry create(CommandSpec spec, Path db) {
        checkWritable(spec, db);
        return open(spec, db, false);
    }

    /** Checked before any work: --db must name a file in an existing directory. */
    static void checkWritable(CommandSpec spec, Path db) {
        if (Files.isDirectory(db)) throw Usage.error(spec, "--db is a directory: " + db);
        Path parent = db.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) throw Usage.error(spec, "--db: no such directory: " + parent);
    }

    /** Opens a registry that must exist, to read it (for {@code who}, {@code export}). */
    static Registry existing(CommandSpec spec, Path db) {
        if (!Files.isRegularFile(db)) {
            throw Usage.error(spec, (Files.exists(db) ? "--db is not a file: " : "no such registry (--db): ") + db
                    + (Files.exists(db) ? "" : "; make one with 'communique index --db " + db + " RECORDS.jsonl'"));
        }
        return open(spec, db, true);
    }

    private static Registry open(CommandSpec spec, Path db, boolean readOnly) {
        try {
            return readOnly ? Registry.openReadOnly(db) : Registry.open(db);
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.toLowerCase(Locale.ROOT).contains("lock")) {
                throw Usage.error(spec, "--db " + db + " is open in another process (DuckDB allows one writer)");
            }
            throw Usage.error(spec, "--db " + db + " is not a registry DuckDB can open: " + m.lines().findFirst().orElse(m));
        }
    }
}
