package org.communique.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the report's site into a folder. The report owns {@code index.html}, {@code network.html},
 * {@code report.css} and the {@code .html} files of {@code person/} and {@code cluster/}: it rewrites the
 * first three and empties those two folders of pages first (a person no longer in the registry leaves
 * no stale page), and leaves every other file of the folder alone. Nothing written depends on the time
 * or the machine: the same registry gives byte-identical files.
 */
public final class ReportWriter {
    /** How many nodes the network page draws by default. */
    public static final int DEFAULT_NETWORK_NODES = 60;

    private final int networkNodes;

    /** @param networkNodes how many of the most connected persons and states the network page draws */
    public ReportWriter(int networkNodes) {
        if (networkNodes < 1) throw new IllegalArgumentException("networkNodes must be positive: " + networkNodes);
        this.networkNodes = networkNodes;
    }

    /** What was written. */
    public record Written(int events, int persons, int clusters, int networkNodes, int networkShown) {
        /** One line for the terminal. */
        public String describe(Path out) {
            return "report: " + events + " events, " + persons + " person pages, " + clusters + " cluster pages, network of "
                    + networkNodes + " nodes (" + networkShown + " drawn) in " + out;
        }
    }

    /** Writes the site for {@code data} into {@code out}, creating the folder if needed. */
    public Written write(ReportData data, Path out) throws IOException {
        Files.createDirectories(out);
        Path persons = clean(out.resolve(Links.PERSON_DIR));
        Path clusters = clean(out.resolve(Links.CLUSTER_DIR));
        Links links = new Links(data);
        Network network = Network.of(data);
        write(out.resolve(Links.STYLE), Html.resource("report.css"));
        write(out.resolve(Links.INDEX), new TimelinePage(data, links).render());
        write(out.resolve(Links.NETWORK), new NetworkPage(links, networkNodes).render(network));
        PersonPage personPage = new PersonPage(data, links, network);
        for (Person p : data.persons().values()) write(persons.resolve(FileNames.page(p.personId())), personPage.render(p));
        ClusterPage clusterPage = new ClusterPage(data, links);
        for (Cluster c : data.clusters().values()) write(clusters.resolve(FileNames.page(c.clusterId())), clusterPage.render(c));
        return new Written(data.distinctEvents().size(), data.persons().size(), data.clusters().size(),
                network.nodes().size(), Math.min(networkNodes, network.nodes().size()));
    }

    /** Creates the folder, or removes the pages an earlier report wrote into it. */
    private static Path clean(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (DirectoryStream<Path> pages = Files.newDirectoryStream(dir, "*.html")) {
            for (Path p : pages) if (Files.isRegularFile(p)) Files.delete(p);
        }
        return dir;
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
