package org.communique.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import org.communique.registry.EventExport;
import org.communique.registry.Registry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export}: the registry's events as an event-data table. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the events of a registry (made by index), one row per asserted event, as event-data "
                + "users load them. csv and parquet: GDELT-like columns (GlobalEventID, SQLDATE YYYYMMDD, EventDate, "
                + "EventType, EventCode = CAMEO, PloverCategory, Actor1Name/CountryCode/Role/Type, Actor2..., "
                + "Actors = all participants with role, name, country and type, ActionGeo_FullName, Confidence, "
                + "Rule, ClusterID, ArticleID, Source, SOURCEURL, Evidence). plover: JSON lines with PLOVER's "
                + "(POLECAT's) field names (event_id, event_date, event_type, contexts, actor_name, actor_country, "
                + "recipient_name, recipient_country, placename, event_text, story_id, publication, headline, ...).",
                "Exit status: 0 written; 2 bad usage (no such --db, an --out in a missing directory); 3 the file "
                        + "could not be written."})
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--db", required = true, paramLabel = "FILE", description = "the registry (a DuckDB file)")
    Path db;

    @Option(names = "--format", required = true, paramLabel = "csv|parquet|plover", description = "the output format")
    EventExport.Format format;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write (replaced)")
    Path out;

    @Option(names = "--all-modalities", description = "also the events not asserted (future, negated, "
            + "hypothetical, past); their Modality column (plover: contexts) says which")
    boolean allModalities;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (Files.isDirectory(out)) throw Usage.error(spec, "--out is a directory: " + out);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) throw Usage.error(spec, "--out: no such directory: " + parent);
        long t0 = System.nanoTime();
        try (Registry r = RegistryFiles.existing(spec, db)) {
            long n = EventExport.write(r.connection(), format, out, allModalities);
            spec.commandLine().getOut().printf("wrote %d events to %s in %.1f s%n", n, out, (System.nanoTime() - t0) / 1e9);
            spec.commandLine().getOut().flush();
            return 0;
        } catch (SQLException e) {
            spec.commandLine().getErr().println("communique export: cannot write " + out + ": " + e.getMessage());
            spec.commandLine().getErr().flush();
            return 3;
        }
    }
}
