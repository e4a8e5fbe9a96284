package org.communique.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
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
                + "(recursively), or - for standard input.",
                "Exit status: 0 all articles processed, 1 some failed (their error records are written), 2 bad usage."})
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
            description = "time budget per article; over it the article gets an error of kind timeout (default: 60)")
    long timeoutSeconds;

    @Option(names = "--max-chars", paramLabel = "N", defaultValue = "2000000",
            description = "articles longer than this are refused with kind too_large (default: 2,000,000)")
    long maxChars;

    @Option(names = "--max-sentence-tokens", paramLabel = "N", defaultValue = "" + Extractor.DEFAULT_MAX_SENTENCE_TOKENS,
            description = "longer sentences are cut before tagging (default: ${DEFAULT-VALUE})")
    int maxSentenceTokens;

    @Option(names = {"-q", "--quiet"}, description = "no progress or summary on standard error")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        for (String p : paths) {
            if (!p.equals("-") && !Files.exists(Path.of(p))) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file or directory: " + p);
            }
        }
        if (resume && out == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--resume needs --out FILE");
        }
        if (timeoutSeconds < 1 || maxChars < 1 || (threads != null && threads < 1)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--timeout, --max-chars and --threads must be positive");
        }
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        PrintStream err = quiet ? null : System.err;
        long t0 = System.nanoTime();
        Extractor x = Extractor.builder().threads(n).fallbackDate(date).maxSentenceTokens(maxSentenceTokens).build();
        if (err != null) err.printf("models loaded in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        InputReader inputs = new InputReader(paths, maxChars, () -> System.in);
        long expected = err == null ? -1 : InputCounter.count(paths);
        Summary s = new BatchRunner(x, n, Duration.ofSeconds(timeoutSeconds), err)
                .run(inputs, out, System.out, resume, expected);
        if (err != null) inputs.notes().forEach(note -> err.println("note: " + note));
        return s.failed() > 0 ? 1 : 0;
    }
}
