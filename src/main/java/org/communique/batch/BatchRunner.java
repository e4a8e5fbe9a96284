package org.communique.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.communique.Extractor;
import org.communique.api.ErrorRecord;
import org.communique.api.ExtractionException;
import org.communique.api.ExtractionResult;
import org.communique.api.OutputRecord;
import org.communique.output.JsonLines;
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
 *       (reading failures, extraction failures, a worker that threw, a record that could not be
 *       serialised). Each line is flushed when written, so a killed run loses at most the line
 *       being written, which {@code resume} repairs; the output of a resumed run equals that of an
 *       uninterrupted one.
 *   <li><b>Time budget.</b> An article still running after the budget is interrupted; CoreNLP and
 *       the pipeline stop at their next check and the article gets an error record of kind
 *       {@code timeout}. An article that ignores the interrupt is given up a grace period later:
 *       its record is the same timeout error, its thread is left to finish alone (its late result
 *       is dropped) and a fresh thread takes its place, so the others go on.
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

    private final Extraction extraction;
    private final int threads;
    private final Duration timeout;
    private final PrintStream progress;

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
    }

    /** How many articles may be in flight between reader and writer: the reorder buffer's bound. */
    public int window() { return threads * 8; }

    /** The output could not be written, or could not be resumed; the batch stopped. */
    public static class OutputException extends IOException {
        OutputException(String message, Throwable cause) { super(message, cause); }
    }

    /** {@code --resume} met an output file that holds something other than records; it is untouched. */
    public static final class NotResumableException extends OutputException {
        NotResumableException(String message, Throwable cause) { super(message, cause); }
    }

    /**
     * Checks, without changing it, that {@code out} can be resumed: it is missing, or it holds only
     * records and at most a torn last line.
     *
     * @throws NotResumableException when it holds something else
     */
    public static void checkResumable(Path out) throws IOException {
        try {
            OutputFile.check(out);
        } catch (OutputFile.NotResumableException e) {
            throw new NotResumableException("cannot resume: " + e.getMessage(), e);
        }
    }

    /**
     * Processes the inputs.
     *
     * @param out      output file, or null for {@code sink}
     * @param sink     where records go when {@code out} is null (standard output)
     * @param resume   keep the records already in {@code out} and skip their articles
     * @param expected number of input articles if known (for progress), or -1
     * @throws NotResumableException when resuming a file that is not an output file
     * @throws OutputException       when the output cannot be written (the records written so far stay)
     */
    public Summary run(Iterable<Input> inputs, Path out, OutputStream sink, boolean resume, long expected)
            throws IOException {
        long t0 = System.nanoTime();
        Map<String, Integer> done = new HashMap<>();
        if (resume && out != null) {
            OutputFile.Resumed r;
            try {
                r = OutputFile.repairAndIndex(out);
            } catch (OutputFile.NotResumableException e) {
                throw new NotResumableException("cannot resume: " + e.getMessage(), e);
            }
            done.putAll(r.ids());
            if (progress != null && (r.records() > 0 || r.cutBytes() > 0)) {
                progress.printf("resuming %s: %d records kept%s%n", out, r.records(), r.cutBytes() > 0
                        ? ", a torn last line of " + r.cutBytes() + " bytes cut off" : "");
            }
        }
        OutputStream os;
        try {
            os = out == null ? sink : Files.newOutputStream(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    resume ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw new OutputException("cannot open the output file " + out + ": " + e, e);
        }
        Run run = new Run(os, expected, t0);
        try {
            run.go(inputs, done);
        } finally {
            run.close(out != null);
        }
        if (run.writeError != null) {
            throw new OutputException("writing the output failed after " + run.written.get() + " records: "
                    + run.writeError, run.writeError);
        }
        Summary s = new Summary(run.read.get(), run.written.get(), run.failed.get(), run.skipped.get(),
                run.entities.get(), run.events.get(), Duration.ofNanos(System.nanoTime() - t0));
        if (progress != null) progress.println(s.describe());
        return s;
    }

    /** One article between reader and writer. */
    private static final class Job {
        final Input input;
        final CompletableFuture<OutputRecord> result = new CompletableFuture<>();
        /** Guarded by this: the worker running the job, while it runs. */
        Thread worker;
        /** Guarded by this: when it started (System.nanoTime), 0 before. */
        long started;
        /** Guarded by this: the watchdog interrupted it. */
        boolean interrupted;
        /** Guarded by this: the writer gave up on it; its result, if any, is dropped. */
        boolean abandoned;

        Job(Input input) { this.input = input; }

        synchronized long started() { return started; }
    }

    private static final Job END = new Job(new Input.Failed("", "", ""));

    /** The state of one call of {@link #run}. */
    private final class Run {
        final AtomicLong read = new AtomicLong(), written = new AtomicLong(), failed = new AtomicLong(),
                skipped = new AtomicLong(), entities = new AtomicLong(), events = new AtomicLong();
        final BufferedWriter w;
        final long expected;
        final long t0;
        final long budget = timeout.toNanos();
        /** After the budget, how long an article that ignores interrupts is waited for. */
        final long grace = Math.max(TimeUnit.SECONDS.toNanos(1), budget / 10);
        final BlockingQueue<Job> window = new ArrayBlockingQueue<>(window());
        final Set<Job> running = ConcurrentHashMap.newKeySet();
        final ThreadPoolExecutor pool;
        final ScheduledExecutorService watchdog;
        volatile IOException writeError;
        volatile boolean writerDone;

        Run(OutputStream os, long expected, long t0) {
            this.w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
            this.expected = expected;
            this.t0 = t0;
            this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                    r -> daemon(r, "communique-worker"));
            this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "communique-watchdog"));
            long tick = Math.max(10, Math.min(100, TimeUnit.NANOSECONDS.toMillis(budget) / 10));
            watchdog.scheduleAtFixedRate(this::interruptLate, tick, tick, TimeUnit.MILLISECONDS);
        }

        void go(Iterable<Input> inputs, Map<String, Integer> done) throws IOException {
            Thread writer = daemon(this::writeAll, "communique-writer");
            writer.start();
            try {
                for (Input in : inputs) {
                    if (writeError != null) break;
                    read.incrementAndGet();
                    Integer left = done.get(in.id());
                    if (left != null) {
                        if (left <= 1) done.remove(in.id());
                        else done.put(in.id(), left - 1);
                        skipped.incrementAndGet();
                        continue;
                    }
                    Job job = new Job(in);
                    if (in instanceof Input.Failed f) {
                        job.result.complete(ErrorRecord.of(f.id(), f.kind(), f.message()));
                    } else {
                        pool.execute(() -> work(job));
                    }
                    while (!window.offer(job, 100, TimeUnit.MILLISECONDS)) {
                        if (writerDone) break;
                    }
                    if (writerDone) break;
                }
                while (!writerDone && !window.offer(END, 100, TimeUnit.MILLISECONDS)) {
                    // the writer is still draining the window
                }
                writer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                writer.interrupt();
                throw new OutputException("interrupted", e);
            } catch (RuntimeException e) {
                // the input iterator failed: what was read is still written, then the error is raised
                finish(writer);
                throw e;
            }
        }

        private void finish(Thread writer) {
            try {
                while (!writerDone && !window.offer(END, 100, TimeUnit.MILLISECONDS)) {
                    // let the writer drain the window
                }
                writer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void close(boolean closeStream) throws IOException {
            pool.shutdownNow();
            watchdog.shutdownNow();
            try {
                w.flush();
                if (closeStream) w.close();
            } catch (IOException e) {
                if (writeError == null) throw new OutputException("closing the output failed: " + e, e);
            }
        }

        /** Runs one article on a worker thread; always completes the job's result. */
        void work(Job job) {
            try {
                extract(job);
            } catch (Throwable e) { // even making the error record failed: the writer makes one
                synchronized (job) {
                    job.worker = null;
                }
                Thread.interrupted();
                job.result.completeExceptionally(e);
            }
        }

        private void extract(Job job) {
            Input.Ok ok = (Input.Ok) job.input;
            Thread me = Thread.currentThread();
            synchronized (job) {
                if (job.abandoned) return;
                job.worker = me;
                job.started = System.nanoTime();
            }
            running.add(job);
            OutputRecord r;
            try {
                r = extraction.extract(ok);
                if (r == null) r = ErrorRecord.of(ok.id(), "internal", "extraction gave no record");
            } catch (ExtractionException e) {
                r = ErrorRecord.of(ok.id(), e.kind(), e.getMessage());
            } catch (Throwable e) { // a worker that throws must not lose the article or stall the batch
                r = ErrorRecord.of(ok.id(), "internal", "extraction failed: " + e);
            } finally {
                running.remove(job);
            }
            boolean abandoned;
            synchronized (job) { // under the lock: the writer either takes this result or gives the job up
                job.worker = null;
                if (job.interrupted && r instanceof ErrorRecord) r = timeoutRecord(ok.id());
                abandoned = job.abandoned;
                if (!abandoned) job.result.complete(r);
            }
            Thread.interrupted(); // an interrupt meant for this article must not reach the next one
            if (abandoned) shrinkPool();
        }

        /** Watchdog: interrupts the articles over budget (under the job's lock: never the next article). */
        void interruptLate() {
            long now = System.nanoTime();
            for (Job job : running) {
                synchronized (job) {
                    if (job.worker != null && now - job.started > budget) {
                        job.interrupted = true;
                        job.worker.interrupt();
                    }
                }
            }
        }

        ErrorRecord timeoutRecord(String id) {
            return BatchRunner.timeoutRecord(id, timeout);
        }

        /** Takes the jobs in input order and writes their records. */
        void writeAll() {
            long lastReport = System.nanoTime();
            try {
                while (true) {
                    Job job = window.take();
                    if (job == END) break;
                    OutputRecord r = await(job);
                    String line;
                    try {
                        line = JsonLines.line(r);
                    } catch (RuntimeException e) {
                        r = ErrorRecord.of(r.id(), "internal", "the record could not be written as JSON: " + e);
                        line = JsonLines.line(r);
                    }
                    try {
                        w.write(line);
                        w.write('\n');
                        w.flush();
                    } catch (IOException e) {
                        writeError = e;
                        break;
                    }
                    written.incrementAndGet();
                    if (r instanceof ErrorRecord) failed.incrementAndGet();
                    if (r instanceof ExtractionResult x) {
                        entities.addAndGet(x.entities().size());
                        events.addAndGet(x.events().size());
                    }
                    if (progress != null && System.nanoTime() - lastReport > 2_000_000_000L) {
                        lastReport = System.nanoTime();
                        report(written.get() + skipped.get(), expected, written.get(), t0);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException | Error e) {
                writeError = new IOException("the writer failed: " + e, e);
            } finally {
                writerDone = true;
            }
        }

        /** The record of a job: its result, or a timeout error when it overran budget and grace. */
        OutputRecord await(Job job) throws InterruptedException {
            while (true) {
                try {
                    return job.result.get(50, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    long s = job.started();
                    if (s == 0 || System.nanoTime() - s <= budget + grace) continue;
                    synchronized (job) {
                        if (job.result.isDone()) continue;
                        job.abandoned = true;
                        growPool(); // before the worker can see the flag and shrink the pool back
                    }
                    if (progress != null) {
                        progress.println("warning: article " + job.input.id() + " ignored the time budget; "
                                + "its thread is left to finish alone and a new one takes its place");
                    }
                    return timeoutRecord(job.input.id());
                } catch (ExecutionException e) {
                    return ErrorRecord.of(job.input.id(), "internal", "extraction failed: " + e.getCause());
                }
            }
        }

        private synchronized void growPool() {
            pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
            pool.setCorePoolSize(pool.getCorePoolSize() + 1);
        }

        private synchronized void shrinkPool() {
            if (pool.isShutdown()) return;
            pool.setCorePoolSize(pool.getCorePoolSize() - 1);
            pool.setMaximumPoolSize(pool.getMaximumPoolSize() - 1);
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** The record of an article that overran its time budget (the batch's and the Spark job's). */
    public static ErrorRecord timeoutRecord(String id, Duration budget) {
        return ErrorRecord.of(id, "timeout", "extraction took longer than the time budget of "
                + describe(budget) + " (--timeout); the article was not extracted");
    }

    private static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private void report(long done, long total, long written, long t0) {
        double secs = (System.nanoTime() - t0) / 1e9;
        double rate = written / Math.max(0.001, secs);
        String eta = total > 0 && rate > 0 ? String.format(", ETA %.0f s", Math.max(0, total - done) / rate) : "";
        progress.printf("%d/%s articles, %.2f articles/s%s%n", done, total > 0 ? Long.toString(total) : "?", rate, eta);
    }
}
