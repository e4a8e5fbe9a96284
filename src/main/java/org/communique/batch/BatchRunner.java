package org.communique.batch;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
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
 * article, in input order, as records complete. A bounded window of work in flight keeps memory
 * flat however long the input; each line is flushed when written, so a killed run loses at most the
 * line being written, which {@code --resume} repairs. A per-article time budget turns a
 * pathological article into an error record of kind {@code timeout}.
 */
public final class BatchRunner {
    private final Extractor extractor;
    private final int threads;
    private final Duration timeout;
    private final PrintStream progress;

    /**
     * @param progress where progress lines go (stderr), or null for none
     */
    public BatchRunner(Extractor extractor, int threads, Duration timeout, PrintStream progress) {
        this.extractor = extractor;
        this.threads = threads;
        this.timeout = timeout;
        this.progress = progress;
    }

    /**
     * Processes the inputs.
     *
     * @param out      output file, or null for {@code sink}
     * @param sink     where records go when {@code out} is null (standard output)
     * @param resume   keep the records already in {@code out} and skip their articles
     * @param expected number of input articles if known (for progress), or -1
     */
    public Summary run(Iterable<Input> inputs, Path out, OutputStream sink, boolean resume, long expected)
            throws IOException {
        long t0 = System.nanoTime();
        Map<String, Integer> done = resume && out != null ? OutputFile.repairAndIndex(out) : new HashMap<>();
        OutputStream os = out == null ? sink : Files.newOutputStream(out, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE, resume ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "communique-worker");
            t.setDaemon(true);
            return t;
        });
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "communique-watchdog");
            t.setDaemon(true);
            return t;
        });
        Map<Thread, Long> started = new ConcurrentHashMap<>();
        long budget = timeout.toNanos();
        watchdog.scheduleAtFixedRate(() -> {
            long now = System.nanoTime();
            started.forEach((th, s) -> {
                if (now - s > budget) th.interrupt();
            });
        }, 100, 100, TimeUnit.MILLISECONDS);

        AtomicLong read = new AtomicLong(), written = new AtomicLong(), failed = new AtomicLong(),
                skipped = new AtomicLong(), entities = new AtomicLong(), events = new AtomicLong();
        BlockingQueue<Future<OutputRecord>> inFlight = new ArrayBlockingQueue<>(threads * 8);
        Future<OutputRecord> end = java.util.concurrent.CompletableFuture.completedFuture(null);
        IOException[] writeError = new IOException[1];
        Thread writer = new Thread(() -> {
            long lastReport = System.nanoTime();
            try {
                while (true) {
                    Future<OutputRecord> f = inFlight.take();
                    if (f == end) break;
                    OutputRecord r = get(f);
                    w.write(JsonLines.line(r));
                    w.write('\n');
                    w.flush();
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
            } catch (IOException e) {
                writeError[0] = e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "communique-writer");
        writer.start();
        try {
            for (Input in : inputs) {
                read.incrementAndGet();
                if (done.computeIfPresent(in.id(), (k, v) -> v - 1) != null) {
                    if (done.get(in.id()) <= 0) done.remove(in.id());
                    skipped.incrementAndGet();
                    continue;
                }
                if (writeError[0] != null) break;
                inFlight.put(pool.submit(() -> task(in, started)));
            }
            inFlight.put(end);
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
            watchdog.shutdownNow();
            w.flush();
            if (out != null) w.close();
        }
        if (writeError[0] != null) throw writeError[0];
        Summary s = new Summary(read.get(), written.get(), failed.get(), skipped.get(), entities.get(), events.get(),
                Duration.ofNanos(System.nanoTime() - t0));
        if (progress != null) progress.println(s.describe());
        return s;
    }

    private OutputRecord task(Input in, Map<Thread, Long> started) {
        if (in instanceof Input.Failed f) return ErrorRecord.of(f.id(), f.kind(), f.message());
        Input.Ok ok = (Input.Ok) in;
        Thread me = Thread.currentThread();
        started.put(me, System.nanoTime());
        try {
            return extractor.extract(ok.article(), ok.related(), ok.warnings());
        } catch (ExtractionException e) {
            String msg = e.kind().equals("timeout")
                    ? "extraction took longer than the time budget of " + timeout.toSeconds() + " s (--timeout)"
                    : e.getMessage();
            return ErrorRecord.of(ok.id(), e.kind(), msg);
        } finally {
            started.remove(me);
            Thread.interrupted(); // a late interrupt of the watchdog must not reach the next article
        }
    }

    private static OutputRecord get(Future<OutputRecord> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            throw new UncheckedIOException(new IOException("worker failed", e.getCause()));
        }
    }

    private void report(long done, long total, long written, long t0) {
        double secs = (System.nanoTime() - t0) / 1e9;
        double rate = written / Math.max(0.001, secs);
        String eta = total > 0 && rate > 0 ? String.format(", ETA %.0f s", (total - done) / rate) : "";
        progress.printf("%d/%s articles, %.2f articles/s%s%n", done, total > 0 ? Long.toString(total) : "?", rate, eta);
    }
}
