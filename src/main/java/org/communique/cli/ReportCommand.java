package org.communique.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.communique.report.RegistryException;
import org.communique.report.RegistryReader;
import org.communique.report.ReportData;
import org.communique.report.ReportWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code report}: the registry as a static site to open in a browser, offline. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Writes a static site from a registry (see index): a timeline of events filtered by type, person "
                + "and country; a who-met-whom network of persons and states; a page per person and per event cluster. "
                + "It loads nothing from the network. In an existing folder it rewrites index.html, network.html, "
                + "report.css and the pages of person/ and cluster/, and leaves other files alone.")
final class ReportCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "FILE", required = true, description = "the registry (a DuckDB file that index wrote)")
    Path db;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "the folder to write the site into")
    Path out;

    @Option(names = "--network-nodes", paramLabel = "N", defaultValue = "" + ReportWriter.DEFAULT_NETWORK_NODES,
            description = "how many of the most connected persons and states the network draws (default: ${DEFAULT-VALUE})")
    int networkNodes;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.exists(db)) throw Usage.error(spec, "no such database file: " + db);
        if (!Files.isRegularFile(db)) throw Usage.error(spec, "--db is not a file: " + db);
        if (Files.exists(out) && !Files.isDirectory(out)) throw Usage.error(spec, "--out exists and is not a folder: " + out);
        Usage.inRange(spec, "--network-nodes", networkNodes, 1, 100_000);
        ReportData data;
        try {
            data = RegistryReader.read(db);
        } catch (RegistryException e) {
            throw Usage.error(spec, e.getMessage());
        }
        try {
            ReportWriter.Written written = new ReportWriter(networkNodes).write(data, out);
            spec.commandLine().getErr().println(written.describe(out));
            return 0;
        } catch (IOException e) {
            spec.commandLine().getErr().println("communique report: cannot write the report into " + out + ": " + e);
            return 3;
        }
    }
}
