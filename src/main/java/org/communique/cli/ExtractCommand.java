package org.communique.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.communique.Extractor;
import org.communique.batch.BatchRunner;
import org.communique.batch.OutputFile;
import org.communique.batch.RunManifest;
import org.communique.batch.RunOutput;
import org.communique.batch.Summary;
import org.communique.read.Input;
import org.communique.read.InputFormat;
import org.communique.read.InputListing;
import org.communique.read.InputReader;
import org.communique.registry.LoadReport;
import org.communique.registry.Registry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract}: articles in, one JSON line per article out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts entities, dates and events from articles and writes JSON Lines, one record per "
                + "article in input order. Inputs: .txt pages or articles, .jsonl scraper files, .json files (one "
                + "article object or an array), .html/.htm pages (each also gzipped), directories (recursively), or "
                + "- for standard input.",
                "Every input article ends as one line: its record, or an error record {\"id\", \"error\": "
                        + "{\"kind\", \"message\"}} (kinds: empty, binary, malformed, no_text, too_large, unreadable, "
                        + "unsupported, loop, vanished, missing, timeout, internal), and the batch goes on. Invalid "
                        + "UTF-8 is not refused: bad bytes become U+FFFD and the record carries a warning. Files in a "
                        + "directory of other kinds than .txt, .jsonl, .ndjson, .json, .html and .htm (optionally .gz) "
                        + "are skipped with a warning and counted; named, such a file gets an error of kind "
                        + "unsupported. FIFOs, sockets and devices met in a directory are refused (kind unreadable), "
                        + "a FIFO named on the command line is read.",
                "With --db FILE, the records written to --out are loaded into that registry when the run ends (as "
                        + "index does; the registry is opened, and locked, before the run starts).",
                "Exit status: 0 every article extracted; 1 some articles failed (their error records are written, "
                        + "with everything else; after --resume, error records kept count too), or no article was "
                        + "found; 2 bad usage (unknown option, missing path, an --out that another run is writing or "
                        + "that cannot be resumed with these inputs, a closed standard input); 3 the batch stopped "
                        + "before its end: the output could not be written or memory ran out (the records written so "
                        + "far stay, --resume goes on from them)."})
final class ExtractCommand implements Callable<Integer> {
    static final int MAX_THREADS = 10_000;
    static final long MAX_TIMEOUT = 1_000_000;
    static final long MAX_CHARS = 1_000_000_000;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, directories, or - for standard input")
    List<String> paths;

    @Option(names = "--out", paramLabel = "FILE", description = "output file (default: standard output); locked "
            + "while the run writes it, with its run record in FILE.run.json")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads, 1 to " + MAX_THREADS
            + " (default: number of cores)")
    Integer threads;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "publication date for articles that give none")
    LocalDate date;

    @Option(names = "--source", paramLabel = "OUTLET",
            description = "the outlet of articles whose input names none (a source field, a page's outlet line) "
                    + "and whose URL gives no host")
    String source;

    @Option(names = "--format", paramLabel = "auto|jsonl|text", defaultValue = "auto",
            description = "how inputs are read: jsonl (one article per line) or text (one article) whatever their "
                    + "names (.json and .html ones too); auto: by the name (.jsonl, .ndjson, .txt, .json, .html, "
                    + ".htm; a file named with another extension is unsupported), else JSON lines when one of the "
                    + "first lines begins like a JSON object (default: ${DEFAULT-VALUE})")
    InputFormat format;

    @Option(names = "--resume", description = "keep the records already in --out, repair a torn last line, "
            + "and process only the articles not yet written; refused unless --out was written by a run over the "
            + "same inputs (unchanged) with the same --date, --source, --format, --max-chars, --max-sentence-tokens and "
            + "--no-dedup")
    boolean resume;

    @Option(names = "--retry-errors", description = "with --resume: extract again the articles whose record "
            + "in --out is an error (a timeout, say), each in its place; the output is written anew beside --out and "
            + "takes its place when complete")
    boolean retryErrors;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "time budget per article in seconds of CPU time, 1 to " + MAX_TIMEOUT + ": an article "
                    + "over it is stopped and written as an error of kind timeout, while the others go on "
                    + "(default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "2000000",
            description = "articles longer than N characters (at most " + MAX_CHARS + ") are refused, not "
                    + "extracted: they get an error of kind too_large (default: 2,000,000, about 2 MB of text, so a "
                    + "5 MB article is refused; a .txt file of more than 4*N bytes is refused without being read "
                    + "whole). An article near the limit costs tens of seconds of the --timeout budget and some "
                    + "hundreds of megabytes of heap while it is extracted.")
    long maxChars;

    @Option(names = "--max-sentence-tokens", paramLabel = "N", defaultValue = "" + Extractor.DEFAULT_MAX_SENTENCE_TOKENS,
            description = "sentences longer than N tokens are cut into pieces of at most N (after a comma where "
                    + "possible) before tagging, which keeps a sentence of thousands of tokens without punctuation "
                    + "linear in time (default: ${DEFAULT-VALUE})")
    int maxSentenceTokens;

    @Option(names = "--db", paramLabel = "FILE", description = "also load the records into this registry (a DuckDB "
            + "file, created when missing) when the run ends, as index does; needs --out")
    Path db;

    @Option(names = "--no-dedup", description = "extract every article, also those whose text, title and date "
            + "equal an earlier one's (by default such a duplicate is not extracted again: its record is made from "
            + "the earlier one's and names it in duplicate_of)")
    boolean noDedup;

    @Option(names = {"-q", "--quiet"}, description = "no progress or summary on standard error")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        checkUsage();
        if (out == null && StandardStreams.isClosed(1)) {
            System.err.println("communique extract: standard output is closed; give --out FILE");
            return 3;
        }
        List<Path> companions = out == null ? List.of() : OutputFile.companions(out);
        InputListing listing = new InputListing(paths, companions);
        List<InputListing.Item> items = paths.contains("-") && out == null ? null : listing.items();
        if (items != null && items.isEmpty()) { // said even with -q: a run over nothing is a mistake
            System.err.println("communique extract: no input article found in " + paths + ": directories are read for "
                    + InputReader.KINDS_READ + ", and these hold none");
            return 1;
        }
        Registry registry = db == null ? null : RegistryFiles.create(spec, db);
        try (registry) {
            return index(registry, write(companions, listing, items));
        } catch (SQLException e) {
            System.err.println("communique extract: closing --db failed: " + e.getMessage());
            return 3;
        }
    }

    /** Loads --out into the registry when the run got to its end (a run stopped early keeps --resume for that). */
    private Integer index(Registry registry, int status) {
        if (registry == null || status > 1) return status;
        PrintWriter err = new PrintWriter(System.err, true);
        try {
            LoadReport r = IndexCommand.load(registry, List.of(out), err, "communique extract");
            if (!quiet) err.printf("indexed %d articles and %d error records into %s%n", r.articles(), r.errors(), db);
            return r.badLines().isEmpty() ? status : Math.max(status, 1);
        } catch (IOException | SQLException e) {
            err.println("communique extract: the records are written, but loading them into --db failed: " + e.getMessage());
            return 3;
        }
    }

    private int write(List<Path> companions, InputListing listing, List<InputListing.Item> items) {
        OutputFile file;
        RunManifest manifest = out == null ? null : RunManifest.of(paths, settings(), items);
        try {
            file = out == null ? null : RunOutput.open(out, mode(), manifest);
        } catch (OutputFile.LockedException | BatchRunner.NotResumableException e) {
            throw usage(e.getMessage() + (e instanceof BatchRunner.NotResumableException
                    ? "; give another --out, or leave out --resume to overwrite it" : ""));
        } catch (IOException e) { // found before the models load
            System.err.println("communique extract: cannot write --out " + out + ": " + e);
            return 3;
        }
        try (file) {
            return run(file, companions, listing, manifest);
        } catch (IOException e) {
            System.err.println("communique extract: closing --out failed: " + e);
            return 3;
        }
    }

    /** @param manifest the run record of {@code file}, completed with the outcome at the end; null without --out */
    private Integer run(OutputFile file, List<Path> companions, InputListing listing, RunManifest manifest) {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        PrintStream err = quiet ? null : System.err;
        long t0 = System.nanoTime();
        Extractor x = Extractor.builder().threads(n).fallbackDate(date).maxSentenceTokens(maxSentenceTokens).build();
        if (err != null) err.printf("models loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        InputReader inputs = new InputReader(paths, maxChars, format, () -> System.in, companions);
        Iterable<Input> articles = source == null ? inputs : new DefaultSource(inputs, source);
        long expected = err == null ? -1 : listing.countArticles(format);
        BatchRunner runner = new BatchRunner(x, n, Duration.ofSeconds(timeoutSeconds), err);
        if (err != null && Terminal.stderr()) runner = runner.redrawingProgress();
        if (noDedup) runner = runner.extractingDuplicates();
        Summary s;
        try {
            // standard output written through its descriptor: unlike System.out, it reports a full disk or a closed pipe
            s = file == null ? runner.run(articles, new FileOutputStream(FileDescriptor.out), expected)
                    : runner.run(articles, file, mode(), expected);
        } catch (BatchRunner.NotResumableException e) {
            throw usage(e.getMessage() + "; give another --out, or leave out --resume to overwrite it");
        } catch (IOException e) {
            System.err.println("communique extract: " + e.getMessage());
            return 3;
        }
        if (file != null && file.regular()) {
            try {
                manifest.completed(s).write(out);
            } catch (IOException e) { // the records are complete; the run record still serves a resume
                System.err.println("communique extract: warning: the outcome could not be added to the run record "
                        + OutputFile.manifestPath(out) + ": " + e);
            }
        }
        if (err != null) {
            inputs.notes().forEach(note -> err.println("warning: " + note));
            if (inputs.skippedFiles() > 0) err.println("files skipped: " + inputs.skippedFiles() + " (not a kind that is read)");
        }
        return s.anyFailed() ? 1 : 0;
    }

    private BatchRunner.Mode mode() {
        return !resume ? BatchRunner.Mode.REPLACE : retryErrors ? BatchRunner.Mode.RETRY_ERRORS : BatchRunner.Mode.RESUME;
    }

    /** The options the records depend on: a resume must have the same ones. */
    private Map<String, String> settings() {
        Map<String, String> s = new TreeMap<>(Map.of("--format", format.name().toLowerCase(Locale.ROOT),
                "--max-chars", Long.toString(maxChars), "--max-sentence-tokens", Integer.toString(maxSentenceTokens)));
        if (date != null) s.put("--date", date.toString());
        if (source != null) s.put("--source", source);
        if (noDedup) s.put("--no-dedup", "true");
        return s;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    /** Bad usage fails here, before the models load (a few seconds). */
    private void checkUsage() {
        Usage.pathsExist(spec, paths);
        if (paths.contains("-") && StandardStreams.isClosed(0)) {
            throw usage("standard input is closed, so '-' has nothing to read");
        }
        if (resume && out == null) throw usage("--resume needs --out FILE");
        if (retryErrors && !resume) throw usage("--retry-errors needs --resume");
        if (db != null && out == null) throw usage("--db needs --out FILE: the records loaded are those written there");
        if (db != null) RegistryFiles.checkWritable(spec, db);
        if (threads != null) Usage.inRange(spec, "--threads", threads, 1, MAX_THREADS);
        Usage.inRange(spec, "--timeout", timeoutSeconds, 1, MAX_TIMEOUT);
        Usage.inRange(spec, "--max-chars", maxChars, 1, MAX_CHARS);
        Usage.inRange(spec, "--max-sentence-tokens", maxSentenceTokens, 10, Integer.MAX_VALUE);
        if (out != null) checkOut();
    }

    /** The output must be a file we can create, and not one of the inputs (it would be overwritten). */
    private void checkOut() {
        if (Files.isDirectory(out)) throw usage("--out is a directory: " + out);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) throw usage("--out: no such directory: " + parent);
        if (!Files.exists(out)) return;
        for (String p : paths) {
            if (p.equals("-")) continue;
            try {
                if (Files.isSameFile(Path.of(p), out)) {
                    throw usage("--out " + out + " is also an input: it would be "
                            + (resume ? "appended to while it is read" : "overwritten before it is read"));
                }
            } catch (IOException e) {
                // cannot compare: not the same file as far as we can tell
            }
        }
    }
}
