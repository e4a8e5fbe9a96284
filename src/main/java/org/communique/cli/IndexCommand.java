package org.communique.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import org.communique.registry.LoadReport;
import org.communique.registry.Registry;
import org.communique.registry.RegistryFigures;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code index}: records files into the registry database. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = {"Loads records (what extract writes, JSON Lines) into a registry: a DuckDB file, created "
                + "when missing, updated when it exists. An article id loaded again replaces all its rows (so "
                + "loading a file twice changes nothing); error records go to the errors table, and an article "
                + "that later succeeds leaves it. The derived tables (persons, person_titles, organizations, "
                + "event_clusters, event_cluster_members, articles.duplicate_of) are rebuilt after the load.",
                "A line that is no record is reported (file:line: reason) and skipped; the others load.",
                "Exit status: 0 every line loaded; 1 some lines were skipped; 2 bad usage (a missing file, a --db "
                        + "that another process has open); 3 the load stopped (a file could not be read): nothing "
                        + "of it was written."})
final class IndexCommand implements Callable<Integer> {
    @Option(names = "--db", required = true, paramLabel = "FILE", description = "the registry (a DuckDB file)")
    Path db;

    @Parameters(arity = "1..*", paramLabel = "RECORDS.jsonl", description = "records files written by extract")
    List<Path> records;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (Path p : records) {
            if (!Files.isRegularFile(p)) {
                throw Usage.error(spec, (Files.exists(p) ? "not a file: " : "no such records file: ") + p);
            }
        }
        long t0 = System.nanoTime();
        try (Registry r = RegistryFiles.create(spec, db)) {
            return report(load(r, records, spec.commandLine().getErr(), "communique index"), r, t0);
        } catch (IOException | SQLException e) {
            spec.commandLine().getErr().println("communique index: the load stopped, nothing of it was written: " + e.getMessage());
            return 3;
        }
    }

    /** Loads and reports the skipped lines on {@code err}, after {@code command}; shared with {@code extract --db}. */
    static LoadReport load(Registry r, List<Path> files, PrintWriter err, String command) throws IOException, SQLException {
        LoadReport report = r.load(files);
        for (LoadReport.BadLine b : report.badLines()) err.println(command + ": " + b + " (line skipped)");
        err.flush();
        return report;
    }

    private int report(LoadReport report, Registry r, long t0) throws SQLException {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("loaded %d articles and %d error records into %s in %.1f s%s; the registry holds %s%n",
                report.articles(), report.errors(), db, (System.nanoTime() - t0) / 1e9,
                report.badLines().isEmpty() ? "" : " (" + report.badLines().size() + " lines skipped)",
                RegistryFigures.of(r.connection()));
        out.flush();
        return report.badLines().isEmpty() ? 0 : 1;
    }
}
