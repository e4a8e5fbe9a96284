package org.communique.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.communique.Extractor;
import org.communique.batch.BatchRunner;
import org.communique.batch.Summary;
import org.communique.read.InputReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract}: articles in, one JSON line per article out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts entities, dates and events from articles and writes JSON Lines, one record per "
                + "article in input order. Inputs: .txt pages or articles, .jsonl scraper files, directories "
                + "(recursively), or - for standard input; also .json files (one article object or an array) and "
                + ".html/.htm pages.",
                "Every input article ends as one line: its record, or an error record {\"id\", \"error\": "
                        + "{\"kind\", \"message\"}} (kinds: empty, binary, malformed, no_text, too_large, unreadable, "
                        + "unsupported, loop, vanished, missing, timeout, internal), and the batch goes on. Invalid UTF-8 is not "
                        + "refused: bad bytes become U+FFFD and the record carries a warning. Files in a directory "
                        + "of other kinds are skipped with a warning and counted (named, they get an error of kind "
                        + "unsupported); FIFOs, sockets and devices met in a "
                        + "directory are refused (kind unreadable), a FIFO named on the command line is read.",
                "Exit status: 0 every article extracted; 1 some articles failed (their error records are written, "
                        + "with everything else); 2 bad usage (unknown option, missing path, an --out that cannot "
                        + "be resumed); 3 the output could not be written (the records written so far stay, "
                        + "--resume goes on from them)."})
final class ExtractCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, directories, or - for standard input")
    List<String> paths;

    @Option(names = "--out", paramLabel = "FILE", description = "output file (default: standard output)")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: number of cores)")
    Integer threads;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "publication date for articles that give none")
    LocalDate date;

    @Option(names = "--resume", description = "keep the records already in --out, repair a torn last line, "
            + "and process only the articles not yet written")
    boolean resume;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "time budget per article in seconds: an article still running after it is stopped and "
                    + "written as an error of kind timeout, while the others go on (default: ${DEFAULT-VALUE})")
    long timeoutSeconds;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "2000000",
            description = "articles longer than N characters are refused, not extracted: they get an error of "
                    + "kind too_large (default: 2,000,000, about 2 MB of text, so a 5 MB article is refused; a .txt "
                    + "file of more than 4*N bytes is refused without being read whole). An article near the "
                    + "limit costs tens of seconds of the --timeout budget and some hundreds of megabytes of heap "
                    + "while it is extracted.")
    long maxChars;

    @Option(names = "--max-sentence-tokens", paramLabel = "N", defaultValue = "" + Extractor.DEFAULT_MAX_SENTENCE_TOKENS,
            description = "sentences longer than N tokens are cut into pieces of at most N (after a comma where "
                    + "possible) before tagging, which keeps a sentence of thousands of tokens without punctuation "
                    + "linear in time (default: ${DEFAULT-VALUE})")
    int maxSentenceTokens;

    @Option(names = {"-q", "--quiet"}, description = "no progress or summary on standard error")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        for (String p : paths) {
            if (p.equals("-")) continue;
            Path path = Path.of(p);
            if (!Files.exists(path)) {
                throw new CommandLine.ParameterException(cl, Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                        ? "broken symbolic link (or a link loop): " + p
                        : "no such file or directory: " + p);
            }
        }
        if (resume && out == null) throw new CommandLine.ParameterException(cl, "--resume needs --out FILE");
        if (timeoutSeconds < 1 || maxChars < 1 || (threads != null && threads < 1)) {
            throw new CommandLine.ParameterException(cl, "--timeout, --max-chars and --threads must be positive");
        }
        if (maxSentenceTokens < 10) {
            throw new CommandLine.ParameterException(cl, "--max-sentence-tokens must be at least 10");
        }
        if (out != null) checkOut(cl);
        if (resume) {
            try {
                BatchRunner.checkResumable(out); // before the models load: a wrong --out fails at once
            } catch (BatchRunner.NotResumableException e) {
                throw new CommandLine.ParameterException(cl, e.getMessage() + "; give another --out, or leave out "
                        + "--resume to overwrite it");
            } catch (IOException e) {
                throw new CommandLine.ParameterException(cl, "--out " + out + " cannot be read to resume: " + e.getMessage());
            }
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        PrintStream err = quiet ? null : System.err;
        long t0 = System.nanoTime();
        Extractor x = Extractor.builder().threads(n).fallbackDate(date).maxSentenceTokens(maxSentenceTokens).build();
        if (err != null) err.printf("models loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        InputReader inputs = new InputReader(paths, maxChars, () -> System.in, out == null ? List.of() : List.of(out));
        long expected = err == null ? -1 : InputCounter.count(paths);
        Summary s;
        try {
            s = new BatchRunner(x, n, Duration.ofSeconds(timeoutSeconds), err).run(inputs, out, System.out, resume, expected);
        } catch (BatchRunner.NotResumableException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage() + "; give another --out, or leave out --resume "
                    + "to overwrite it");
        } catch (IOException e) {
            System.err.println("communique extract: " + e.getMessage());
            return 3;
        }
        if (err != null) {
            inputs.notes().forEach(note -> err.println("warning: " + note));
            if (inputs.skippedFiles() > 0) err.println("files skipped: " + inputs.skippedFiles() + " (not a kind that is read)");
        }
        return s.failed() > 0 ? 1 : 0;
    }

    /** The output must be a file we can create, and not one of the inputs (it would be overwritten). */
    private void checkOut(CommandLine cl) {
        if (Files.isDirectory(out)) throw new CommandLine.ParameterException(cl, "--out is a directory: " + out);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new CommandLine.ParameterException(cl, "--out: no such directory: " + parent);
        }
        if (!Files.exists(out)) return;
        for (String p : paths) {
            if (p.equals("-")) continue;
            try {
                if (Files.isSameFile(Path.of(p), out)) {
                    throw new CommandLine.ParameterException(cl, "--out " + out + " is also an input: it would be "
                            + (resume ? "appended to while it is read" : "overwritten before it is read"));
                }
            } catch (IOException e) {
                // cannot compare: not the same file as far as we can tell
            }
        }
    }
}
