package org.communique.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.communique.api.ErrorRecord;
import org.communique.api.ExtractionException;
import org.communique.api.ExtractionResult;
import org.communique.api.OutputRecord;
import org.communique.output.JsonLines;
import org.communique.read.Input;

/**
 * One call of {@link BatchRunner#run}: the reader (the calling thread) puts each input in the
 * window, the workers extract, and the writer thread takes the window in input order and writes
 * one line per article. A duplicate article ({@link Duplicates}) goes to no worker: the writer makes
 * its record from its first article's, which it wrote before, since that came earlier in input
 * order; so a duplicate waits for its first article without holding a worker. Whatever fails (the
 * output, the reader, memory) stops the run with an {@link BatchRunner.OutputException} after what
 * is done is written, never with a silent gap.
 */
final class BatchRun {
    private static final Job END = new Job(new Input.Failed("", "", ""));
    /** Memory set aside for the error path, let go at the first OutOfMemoryError. */
    private static final int RESERVE = 4 << 20;

    private final BatchRunner.Extraction extraction;
    private final PrintStream progress;
    private final ProgressBar bar; // null: progress as plain lines
    private final Destination dest;
    private final OutputFile.KeptRecords kept;
    private final boolean retryErrors;
    private final long expected;
    private final long t0 = System.nanoTime();
    private final AtomicLong read = new AtomicLong(), written = new AtomicLong(), failed = new AtomicLong(),
            skipped = new AtomicLong(), skippedFailed = new AtomicLong(), duplicates = new AtomicLong(),
            skippedDuplicates = new AtomicLong(), entities = new AtomicLong(), events = new AtomicLong();
    private final EventTally eventTypes = new EventTally();
    private final BlockingQueue<Job> window;
    private final ThreadPoolExecutor pool;
    private final TimeBudget budget;
    private final Duplicates dups; // null: every article is extracted (--no-dedup)
    private final AtomicReference<Throwable> fatal = new AtomicReference<>();
    private volatile boolean writerDone;
    @SuppressWarnings("unused") // held only to be let go
    private volatile byte[] reserve = new byte[RESERVE];

    /**
     * @param kept        the records already in the output, in input order, or null for a new run
     * @param retryErrors extract again the articles whose kept record is an error record
     * @param dedup       make the records of duplicate articles from their first one's ({@link Duplicates})
     */
    BatchRun(BatchRunner.Extraction extraction, int threads, Duration timeout, int window, PrintStream progress,
             boolean redraw, Destination dest, OutputFile.KeptRecords kept, boolean retryErrors, boolean dedup,
             long expected) {
        this.extraction = extraction;
        this.progress = progress;
        this.bar = progress != null && redraw ? new ProgressBar(progress) : null;
        this.dest = dest;
        this.kept = kept;
        this.retryErrors = retryErrors;
        this.expected = expected;
        this.dups = dedup ? new Duplicates() : null;
        this.window = new ArrayBlockingQueue<>(window);
        this.pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> daemon(r, "communique-worker"));
        this.budget = new TimeBudget(timeout, threads, id -> BatchRunner.timeoutRecord(id, timeout), job -> growPool());
    }

    Summary go(Iterable<Input> inputs) throws IOException {
        Thread writer = daemon(this::writeAll, "communique-writer");
        writer.start();
        Throwable readFailure = null;
        try {
            readFailure = readAll(inputs);
            if (readFailure == null && !writerDone && kept != null && kept.hasNext()) {
                throw new BatchRunner.NotResumableException("cannot resume: the output holds more records than the " + read.get()
                        + " input articles: the inputs changed since those records were written", null);
            }
            while (!writerDone && !window.offer(END, 100, TimeUnit.MILLISECONDS)) {
                // the writer is still draining the window
            }
            writer.join();
        } catch (BatchRunner.NotResumableException e) {
            writer.interrupt();
            join(writer);
            dest.drop();
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            writer.interrupt();
            throw new BatchRunner.OutputException("interrupted", e);
        } finally {
            pool.shutdownNow();
            budget.close();
            if (dups != null) closeSpill();
            if (bar != null) bar.clear(); // whatever is printed next (the summary, an error) starts its own line
        }
        return finish(readFailure);
    }

    /** Puts every input in the window; what made reading fail, or null. */
    private Throwable readAll(Iterable<Input> inputs) throws IOException, InterruptedException {
        try {
            Iterator<Input> it = inputs.iterator();
            while (!writerDone && it.hasNext()) {
                Input in = it.next();
                read.incrementAndGet();
                Job job = jobFor(in);
                if (job == null) continue;
                while (!window.offer(job, 100, TimeUnit.MILLISECONDS)) {
                    if (writerDone) return null;
                }
            }
            return null;
        } catch (IOException | InterruptedException e) { // a refused resume, an interrupt: not the reader's failure
            throw e;
        } catch (Throwable e) { // out of memory, or a reader bug: what was read is still written
            reserve = null;
            return e;
        }
    }

    /** The job of an input, or null for one whose kept record stays where it is. */
    private Job jobFor(Input in) throws IOException {
        OutputFile.Kept k = kept != null && kept.hasNext() ? kept.next() : null;
        if (k != null) {
            if (!k.id().equals(in.id())) {
                throw new BatchRunner.NotResumableException("cannot resume: record " + read.get() + " of the output is for '"
                        + k.id() + "' but input article " + read.get() + " is '" + in.id()
                        + "': the inputs changed since those records were written", null);
            }
            if (!(retryErrors && k.error())) {
                skipped.incrementAndGet();
                if (k.error()) skippedFailed.incrementAndGet();
                if (dups != null && in instanceof Input.Ok ok && dups.kept(ok, k.record())) {
                    skippedDuplicates.incrementAndGet();
                }
                return dest.rewriting() ? Job.kept(in, k.line()) : null;
            }
        }
        Job job = new Job(in, dups != null && in instanceof Input.Ok ok ? dups.see(ok) : null);
        if (in instanceof Input.Failed f) {
            job.result.complete(ErrorRecord.of(f.id(), f.kind(), f.message()));
        } else if (!job.duplicate()) { // a duplicate's record is the writer's to make, from its first article's
            pool.execute(() -> work(job));
        }
        return job;
    }

    private Summary finish(Throwable readFailure) throws IOException {
        Throwable f = fatal.get();
        if (f != null || readFailure != null) {
            dest.drop();
            String left = dest.rewriting() ? "the output is unchanged" : "the " + written.get()
                    + " records written stay and --resume goes on from them";
            String why = f instanceof IOException ? "writing the output failed after " + written.get() + " records: " + f
                    : f != null ? "the writer failed: " + describe(f)
                    : "reading the inputs failed after " + read.get() + " articles: " + describe(readFailure);
            throw new BatchRunner.OutputException(why + "; " + left, f != null ? f : readFailure);
        }
        if (written.get() + skipped.get() != read.get()) { // the last guard against a silent gap
            dest.drop();
            throw new BatchRunner.OutputException("the batch stopped early: " + read.get() + " articles read, but "
                    + written.get() + " records written and " + skipped.get() + " kept", null);
        }
        try {
            dest.finish();
        } catch (IOException e) {
            throw new BatchRunner.OutputException("completing the output failed: " + e, e);
        }
        Summary s = new Summary(read.get(), written.get(), failed.get(), skipped.get(), skippedFailed.get(),
                duplicates.get(), skippedDuplicates.get(), entities.get(), events.get(),
                Duration.ofNanos(System.nanoTime() - t0));
        if (progress != null) {
            progress.println(s.describe());
            progress.print(eventTypes.table());
        }
        return s;
    }

    private static String describe(Throwable e) {
        return e instanceof OutOfMemoryError ? "out of memory (" + e.getMessage() + "); give java more heap (-Xmx) or "
                + "lower --max-chars and --threads" : e.toString();
    }

    private void closeSpill() {
        try {
            dups.close();
        } catch (IOException e) {
            // only the temporary file of the originals: every record is written already
        }
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs one article on a worker thread; always completes the job's result. */
    private void work(Job job) {
        try {
            Input.Ok ok = (Input.Ok) job.input;
            budget.start(job);
            OutputRecord r;
            try {
                r = extraction.extract(ok);
                if (r == null) r = ErrorRecord.of(ok.id(), "internal", "extraction gave no record");
            } catch (ExtractionException e) {
                r = ErrorRecord.of(ok.id(), e.kind(), e.getMessage());
            } catch (OutOfMemoryError e) {
                r = outOfMemory(ok.id());
            } catch (Throwable e) { // a worker that throws must not lose the article or stall the batch
                r = ErrorRecord.of(ok.id(), "internal", "extraction failed: " + e);
            } finally {
                budget.stop(job);
            }
            boolean taken = job.finish(r, budget::timeout);
            Thread.interrupted(); // an interrupt meant for this article must not reach the next one
            if (!taken) shrinkPool();
        } catch (Throwable e) { // even making the error record failed: the writer makes one
            Thread.interrupted();
            job.result.completeExceptionally(e);
        }
    }

    private static ErrorRecord outOfMemory(String id) {
        return ErrorRecord.of(id, "too_large", "out of memory while extracting this article; give java more heap "
                + "(-Xmx) or fewer --threads, then --resume --retry-errors");
    }

    /** The watchdog gave up an article that ignored the interrupt: a fresh thread takes its place. */
    private synchronized void growPool() {
        pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
        pool.setCorePoolSize(pool.getCorePoolSize() + 1);
    }

    private synchronized void shrinkPool() {
        if (pool.isShutdown()) return;
        pool.setCorePoolSize(pool.getCorePoolSize() - 1);
        pool.setMaximumPoolSize(pool.getMaximumPoolSize() - 1);
    }

    /** Takes the jobs in input order and writes their lines. */
    private void writeAll() {
        long lastReport = System.nanoTime();
        Writer w = null;
        try {
            while (true) {
                Job job = window.take();
                if (job == END) break;
                OutputRecord r = job.keptLine != null ? null
                        : job.duplicate() ? dups.record((Input.Ok) job.input, job.sighting.first()) : await(job);
                if (progress != null && job.abandoned()) { // said by the writer: before the summary, in input order
                    if (bar != null) bar.clear();
                    progress.println("warning: article " + job.input.id() + " ignored the time budget; "
                            + "its thread is left to finish alone and a new one takes its place");
                }
                Line made = r == null ? null : Line.of(r);
                if (made != null) r = made.record();
                String line = made == null ? job.keptLine : made.text();
                if (w == null) w = new BufferedWriter(new OutputStreamWriter(dest.open(), StandardCharsets.UTF_8), 1 << 16);
                w.write(line);
                w.write('\n');
                w.flush(); // whole lines only: a killed run loses at most the line being written
                if (r != null) count(r, job.duplicate());
                if (r != null && job.sighting != null && job.sighting.isFirst()) {
                    dups.written(job.sighting.first(), (Input.Ok) job.input, r);
                }
                if (progress != null && System.nanoTime() - lastReport > (bar != null ? 250_000_000L : 2_000_000_000L)) {
                    lastReport = System.nanoTime();
                    report();
                }
            }
        } catch (InterruptedException e) { // the run was refused: nothing more is written
            Thread.currentThread().interrupt();
        } catch (Throwable e) { // the output failed, or memory ran out: the run stops and says why
            reserve = null;
            fatal.compareAndSet(null, e);
        } finally {
            writerDone = true;
        }
    }

    private void count(OutputRecord r, boolean duplicate) {
        written.incrementAndGet();
        if (r instanceof ErrorRecord) failed.incrementAndGet();
        if (duplicate) duplicates.incrementAndGet();
        if (r instanceof ExtractionResult x) {
            entities.addAndGet(x.entities().size());
            events.addAndGet(x.events().size());
            eventTypes.add(x);
        }
    }

    /** A line to write and the record it is: the one given, or an error record when that cannot be written as JSON. */
    private record Line(OutputRecord record, String text) {
        static Line of(OutputRecord r) {
            try {
                return new Line(r, JsonLines.line(r));
            } catch (RuntimeException e) {
                ErrorRecord err = ErrorRecord.of(r.id(), "internal", "the record could not be written as JSON: " + e);
                return new Line(err, JsonLines.line(err));
            }
        }
    }

    /** The record of a job: its worker's, or the watchdog's timeout. */
    private static OutputRecord await(Job job) throws InterruptedException {
        try {
            return job.result.get();
        } catch (ExecutionException e) {
            String id = job.input.id();
            return e.getCause() instanceof OutOfMemoryError ? outOfMemory(id)
                    : ErrorRecord.of(id, "internal", "extraction failed: " + e.getCause());
        }
    }

    private void report() {
        long done = written.get() + skipped.get();
        double secs = (System.nanoTime() - t0) / 1e9;
        double rate = written.get() / Math.max(0.001, secs);
        if (bar != null) {
            bar.draw(done, expected, rate, failed.get());
            return;
        }
        String eta = expected > 0 && rate > 0 ? String.format(", ETA %.0f s", Math.max(0, expected - done) / rate) : "";
        progress.printf("%d/%s articles, %.2f articles/s%s%n", done, expected > 0 ? Long.toString(expected) : "?",
                rate, eta);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
