package org.communique.batch;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.communique.read.InputListing;

/**
 * What a run is over, kept beside its output in {@code OUT.run.json}: the paths named, the settings
 * that shape the records, and the inputs' identity (each file read with its size and modification
 * time, in reading order). A resume must match it, or its records would mix with foreign ones:
 * with other inputs, reordered, shortened or grown ones, or other settings. Once the run is complete
 * it also tells what the output holds ({@link Outcome}).
 *
 * @param version  2 since records carry {@code text_hash} and {@code duplicate_of} (an output of
 *                 version 1 cannot be resumed: its records lack them)
 * @param paths    the paths named, absolute ("-" for standard input)
 * @param settings the options the records depend on, by name ("--date" to "2024-10-29")
 * @param inputs   the inputs in reading order
 * @param outcome  what the output holds, written when the run is complete; absent before
 */
public record RunManifest(int version, List<String> paths, Map<String, String> settings,
                          List<InputListing.Item> inputs, @JsonInclude(JsonInclude.Include.NON_NULL) Outcome outcome) {
    private static final int VERSION = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * What the output of a completed run holds, this run's records and those a resume kept alike.
     *
     * @param records    records, one per input article
     * @param errors     error records among them
     * @param duplicates records of duplicate articles among them (made from an earlier article's record)
     */
    public record Outcome(long records, long errors, long duplicates) {
        static Outcome of(Summary s) {
            return new Outcome(s.written() + s.skipped(), s.failed() + s.skippedFailed(),
                    s.duplicates() + s.skippedDuplicates());
        }
    }

    public RunManifest {
        paths = List.copyOf(paths);
        settings = new TreeMap<>(settings);
        inputs = List.copyOf(inputs);
    }

    /** The manifest of a run over these inputs with these settings. */
    public static RunManifest of(List<String> paths, Map<String, String> settings, List<InputListing.Item> inputs) {
        List<String> absolute = paths.stream()
                .map(p -> p.equals("-") ? p : Path.of(p).toAbsolutePath().normalize().toString()).toList();
        return new RunManifest(VERSION, absolute, settings, inputs, null);
    }

    /** This manifest with the outcome of the completed run that the summary tells of. */
    public RunManifest completed(Summary s) {
        return new RunManifest(version, paths, settings, inputs, Outcome.of(s));
    }

    /** Writes the manifest beside the output, replacing the old one in one atomic rename. */
    public void write(Path out) throws IOException {
        Path draft = OutputFile.manifestDraftPath(out);
        Files.write(draft, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this));
        Files.move(draft, OutputFile.manifestPath(out), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * The manifest beside an output, if there is one.
     *
     * @throws BatchRunner.NotResumableException when it cannot be read as one
     */
    public static Optional<RunManifest> read(Path out) throws IOException {
        Path p = OutputFile.manifestPath(out);
        try {
            return Optional.of(JSON.readValue(Files.readAllBytes(p), RunManifest.class));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (JsonProcessingException e) {
            throw new BatchRunner.NotResumableException("cannot resume: the run record " + p + " is damaged: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Why resuming the output of the run {@code before} with this run would mix records, or empty
     * when this run is over the very same inputs with the same settings (outcomes aside).
     */
    public Optional<String> mismatch(RunManifest before) {
        if (before.version != version) return Optional.of("it was written by another version of extract");
        if (!before.paths.equals(paths)) {
            return Optional.of("it was made from " + before.paths + ", this run is over " + paths);
        }
        for (String k : union(before.settings, settings)) {
            if (!Objects.equals(before.settings.get(k), settings.get(k))) {
                return Optional.of("it was made with " + k + " " + shown(before.settings.get(k)) + ", this run has "
                        + k + " " + shown(settings.get(k)));
            }
        }
        int n = Math.min(before.inputs.size(), inputs.size());
        for (int i = 0; i < n; i++) {
            InputListing.Item was = before.inputs.get(i), now = inputs.get(i);
            if (was.equals(now)) continue;
            if (was.path().equals(now.path())) {
                return Optional.of("input " + now.path() + " changed since: it was " + was.describe() + ", it is "
                        + now.describe());
            }
            return Optional.of("input " + (i + 1) + " was " + was.describe() + ", it is now " + now.describe()
                    + " (inputs added, removed or reordered)");
        }
        if (before.inputs.size() != inputs.size()) {
            return Optional.of("it was made from " + before.inputs.size() + " inputs, this run has " + inputs.size()
                    + (inputs.size() > n ? " (new: " + inputs.get(n).path() + ")" : " (gone: " + before.inputs.get(n).path() + ")"));
        }
        return Optional.empty();
    }

    private static Set<String> union(Map<String, String> a, Map<String, String> b) {
        Set<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static String shown(String v) { return v == null ? "(not given)" : v; }
}
