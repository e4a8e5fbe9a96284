package org.communique.batch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import org.communique.Extractor;
import org.communique.api.ErrorRecord;
import org.communique.api.ExtractionException;
import org.communique.api.OutputRecord;
import org.communique.read.Input;

/**
 * Runs the extractor over a stream of inputs with N threads and writes one JSON line per input
 * article, in input order, as records complete.
 *
 * <ul>
 *   <li><b>Order and memory.</b> At most {@link #window()} articles are between the reader and the
 *       writer (read, being extracted, or done and waiting for an earlier one): a bounded reorder
 *       buffer, so memory stays flat however long the input. The output is the same byte for byte
 *       whatever the number of threads.
 *   <li><b>Never lose an article.</b> Every input becomes one line: its record, or an error record
 *       (reading failures, extraction failures, a worker that threw or ran out of memory, a record
 *       that could not be serialised). Each line is flushed when written, so a killed run loses at
 *       most the line being written, which a resume repairs; the output of a resumed run equals that
 *       of an uninterrupted one. When the output cannot be written, or memory runs out outside an
 *       article, the run stops with an {@link OutputException} after writing what was done.
 *   <li><b>Resume.</b> The records already in the output must be those of the first input articles,
 *       in order; a resume that finds another article in a record's place is refused
 *       ({@link NotResumableException}) before it writes anything.
 *   <li><b>Duplicates.</b> An article whose text, title and date equal an earlier one's in input
 *       order is not extracted again: its record is made from that one's and says
 *       {@code duplicate_of} ({@link Duplicates}), unless {@link #extractingDuplicates()}. This too
 *       depends only on input order; a resume finds the first articles among the records it keeps.
 *   <li><b>Time budget.</b> The CPU time of an article's own thread ({@link TimeBudget}): an article
 *       over it is interrupted and gets an error record of kind {@code timeout}; more threads than
 *       cores, or a stopped process, cost nobody their budget.
 * </ul>
 */
public final class BatchRunner {
    /** What the batch does with one article read: {@link Extractor#extract} in production. */
    @FunctionalInterface
    public interface Extraction {
        /**
         * @throws ExtractionException for an article that cannot be extracted (it gets an error record)
         */
        OutputRecord extract(Input.Ok input);
    }

    /** What a run does with the records already in its output file. */
    public enum Mode {
        /** A new run: the file is emptied. */
        REPLACE,
        /** Keep them and process only the articles after them. */
        RESUME,
        /** Like RESUME, but extract again the articles whose record is an error (a timeout, say). */
        RETRY_ERRORS
    }

    private final Extraction extraction;
    private final int threads;
    private final Duration timeout;
    private final PrintStream progress;
    private final boolean redraw;
    private final boolean dedup;

    /**
     * @param threads  worker threads (at least 1)
     * @param timeout  time budget of one article
     * @param progress where progress lines go (stderr), or null for none
     */
    public BatchRunner(Extractor extractor, int threads, Duration timeout, PrintStream progress) {
        this(in -> extractor.extract(in.article(), in.related(), in.warnings()), threads, timeout, progress);
    }

    /** A runner around another extraction (tests use it to make articles slow, stuck or failing). */
    public BatchRunner(Extraction extraction, int threads, Duration timeout, PrintStream progress) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
        if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
        this.extraction = extraction;
        this.threads = threads;
        this.timeout = timeout;
        this.progress = progress;
        this.redraw = false;
        this.dedup = true;
    }

    private BatchRunner(BatchRunner r, boolean redraw, boolean dedup) {
        this.extraction = r.extraction;
        this.threads = r.threads;
        this.timeout = r.timeout;
        this.progress = r.progress;
        this.redraw = redraw;
        this.dedup = dedup;
    }

    /**
     * This runner with its progress as a bar redrawn in place (for a terminal; {@link ProgressBar})
     * instead of a line every two seconds.
     */
    public BatchRunner redrawingProgress() { return new BatchRunner(this, true, dedup); }

    /** This runner extracting every article, duplicates too ({@code --no-dedup}): no record says {@code duplicate_of}. */
    public BatchRunner extractingDuplicates() { return new BatchRunner(this, redraw, false); }

    /** How many articles may be in flight between reader and writer: the reorder buffer's bound. */
    public int window() { return threads * 8; }

    /**
     * The batch stopped before its end: the output could not be written, or memory ran out outside
     * an article. The records written so far stay (a resume goes on from them).
     */
    public static class OutputException extends IOException {
        OutputException(String message, Throwable cause) { super(message, cause); }
    }

    /** A resume met an output that is not the output of a run over these inputs; it is left as it was. */
    public static final class NotResumableException extends OutputException {
        NotResumableException(String message, Throwable cause) { super(message, cause); }
    }

    /** Processes the inputs, writing the records to a stream (standard output). */
    public Summary run(Iterable<Input> inputs, OutputStream sink, long expected) throws IOException {
        return run(inputs, Destination.stream(sink), null, false, expected);
    }

    /**
     * Processes the inputs, writing the records to an output file opened (and locked) by the caller.
     *
     * @param expected number of input articles if known (for progress), or -1
     * @throws NotResumableException when resuming a file that is not the output of these inputs
     * @throws OutputException       when the output cannot be written (the records written so far stay)
     */
    public Summary run(Iterable<Input> inputs, OutputFile out, Mode mode, long expected) throws IOException {
        if (mode == Mode.REPLACE) return run(inputs, Destination.file(out, 0), null, false, expected);
        OutputFile.Scan scan = out.scan();
        if (progress != null && (scan.records() > 0 || scan.cut() > 0)) {
            progress.printf("resuming %s: %d records kept (%d errors%s)%s%n", out.path(), scan.records(), scan.errors(),
                    mode == Mode.RETRY_ERRORS && scan.errors() > 0 ? ", extracted again" : "",
                    scan.cut() > 0 ? ", " + scan.cut() + " bytes after the last record cut off" : "");
        }
        boolean retry = mode == Mode.RETRY_ERRORS && scan.errors() > 0;
        Destination dest = retry ? Destination.rewrite(out) : Destination.file(out, scan.keep());
        return run(inputs, dest, out.kept(scan), retry, expected);
    }

    /**
     * Processes the inputs.
     *
     * @param out    output file (opened, locked and closed here), or null for {@code sink}
     * @param sink   where records go when {@code out} is null (standard output)
     * @param resume keep the records already in {@code out} and skip their articles
     */
    public Summary run(Iterable<Input> inputs, Path out, OutputStream sink, boolean resume, long expected)
            throws IOException {
        if (out == null) return run(inputs, sink, expected);
        try (OutputFile f = OutputFile.open(out, resume)) {
            return run(inputs, f, resume ? Mode.RESUME : Mode.REPLACE, expected);
        }
    }

    private Summary run(Iterable<Input> inputs, Destination dest, OutputFile.KeptRecords kept, boolean retryErrors,
                        long expected) throws IOException {
        return new BatchRun(extraction, threads, timeout, window(), progress, redraw, dest, kept, retryErrors, dedup,
                expected).go(inputs);
    }

    /** The record of an article that overran its time budget (the batch's and the Spark job's). */
    public static ErrorRecord timeoutRecord(String id, Duration budget) {
        return ErrorRecord.of(id, "timeout", "extraction took longer than the time budget of "
                + describe(budget) + " (--timeout); the article was not extracted");
    }

    static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
