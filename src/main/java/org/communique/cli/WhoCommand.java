package org.communique.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.Callable;
import org.communique.registry.Profile;
import org.communique.registry.Profiles;
import org.communique.registry.Registry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code who}: a person's profile from the registry. */
@Command(name = "who", mixinStandardHelpOptions = true,
        description = {"Prints a person's profile from a registry (made by index): the name variants, country, "
                + "each title with the first and last date it was seen and in how many articles, and the events, "
                + "newest first, each with its date, type, the other participants, the sentence that says so "
                + "and the article (one line per happening: reports of it in other articles are counted).",
                "NAME is compared like the registry compares names: case, hyphens and accents aside "
                        + "(\"choe son-hui\" finds Choe Son Hui), and any variant (a surname) matches too.",
                "Exit status: 0 one person found; 1 none, or several (they are listed: ask again with a fuller "
                        + "name or the person id); 2 bad usage (no such --db)."})
final class WhoCommand implements Callable<Integer> {
    @Option(names = "--db", required = true, paramLabel = "FILE", description = "the registry (a DuckDB file)")
    Path db;

    @Parameters(paramLabel = "NAME", arity = "1..*", description = "the person's name (several words may be given "
            + "unquoted), or a person id")
    List<String> words;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws SQLException {
        String name = String.join(" ", words);
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        try (Registry r = RegistryFiles.existing(spec, db)) {
            Profiles profiles = new Profiles(r.connection());
            List<Profiles.Match> found = profiles.find(name);
            if (found.isEmpty()) found = byId(profiles, name); // "choe-son-hui-prk"
            if (found.isEmpty()) {
                err.println("communique who: no person named '" + name + "' in " + db);
                err.flush();
                return 1;
            }
            if (found.size() > 1) {
                err.println("communique who: " + found.size() + " persons match '" + name + "'; give one of their ids:");
                for (Profiles.Match m : found) {
                    err.printf("  %-32s %s%s, %d articles%n", m.personId(), m.name(),
                            m.country() == null ? "" : " (" + m.country() + ")", m.nArticles());
                }
                err.flush();
                return 1;
            }
            print(out, profiles.profile(found.get(0).personId()));
            return 0;
        }
    }

    private static List<Profiles.Match> byId(Profiles profiles, String id) throws SQLException {
        try {
            Profile p = profiles.profile(id);
            return List.of(new Profiles.Match(p.personId(), p.name(), p.country(), p.nArticles()));
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    static void print(PrintWriter out, Profile p) {
        out.printf("%s%s  [%s]%n", p.name(), p.country() == null ? "" : " (" + p.country() + ")", p.personId());
        if (!p.variants().isEmpty()) out.println("Also written: " + String.join(", ", p.variants()));
        out.printf("Named in %d article%s, %s to %s%n", p.nArticles(), p.nArticles() == 1 ? "" : "s",
                p.firstSeen(), p.lastSeen());
        out.println();
        out.println("Titles:" + (p.titles().isEmpty() ? " none given" : ""));
        for (Profile.Title t : p.titles()) {
            out.printf("  %s  (%s to %s, %d article%s)%n", t.title(), t.firstSeen(), t.lastSeen(), t.nArticles(),
                    t.nArticles() == 1 ? "" : "s");
        }
        out.println();
        out.println("Events, newest first:" + (p.events().isEmpty() ? " none" : ""));
        for (Profile.EventLine e : p.events()) {
            out.printf("  %s%s  %s%s (%s)%s%n", e.date(), e.fromPublication() ? "*" : "", e.type(),
                    e.modality().equals("ASSERTED") ? "" : ", " + e.modality().toLowerCase(java.util.Locale.ROOT),
                    e.role().toLowerCase(java.util.Locale.ROOT),
                    e.others().isEmpty() ? "" : " with " + String.join(", ", e.others()));
            if (e.evidence() != null) out.println("      \"" + e.evidence().strip() + "\"");
            out.println("      " + e.articleId() + (e.nArticles() > 1 ? " (reported in " + e.nArticles() + " articles)" : ""));
        }
        if (p.events().stream().anyMatch(Profile.EventLine::fromPublication)) {
            out.println("  * no date of its own: the article's publication date");
        }
        out.flush();
    }
}
