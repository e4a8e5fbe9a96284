package org.communique.spark;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.spark.TaskContext;
import org.communique.Extractor;
import org.communique.api.ErrorRecord;
import org.communique.batch.BatchRunner;
import org.communique.api.ExtractionException;
import org.communique.api.OutputRecord;
import org.communique.read.Input;

/**
 * The executor side of the Spark job: one {@link Extractor} per executor JVM, built on first use
 * and shared by all task threads (it is thread-safe; a build loads the CoreNLP models), and the
 * same per-article handling as the batch: error records for unreadable inputs and failed
 * extractions, and a time budget per article.
 */
final class ExecutorExtractor {
    private static final Map<ExtractorSettings, Extractor> EXTRACTORS = new HashMap<>();

    /** Interrupts an article's task thread when its time budget runs out, as the batch's watchdog does. */
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "communique-spark-watchdog");
        t.setDaemon(true);
        return t;
    });

    private ExecutorExtractor() {}

    /** This JVM's extractor for the settings; the first caller builds it while the others wait. */
    static synchronized Extractor get(ExtractorSettings settings) {
        return EXTRACTORS.computeIfAbsent(settings, ExtractorSettings::build);
    }

    /** Makes this JVM use an extractor already built (tests share theirs instead of loading a second one). */
    static synchronized void install(ExtractorSettings settings, Extractor extractor) {
        EXTRACTORS.put(settings, extractor);
    }

    /** The record of one input, exactly as {@code BatchRunner} makes it. */
    static OutputRecord record(Input in, ExtractorSettings settings, Duration timeout) {
        if (in instanceof Input.Failed f) return ErrorRecord.of(f.id(), f.kind(), f.message());
        Input.Ok ok = (Input.Ok) in;
        Extractor x = get(settings);
        Thread me = Thread.currentThread();
        Object lock = new Object();
        boolean[] running = {true};
        ScheduledFuture<?> alarm = WATCHDOG.schedule(() -> {
            synchronized (lock) {
                if (running[0]) me.interrupt();
            }
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return x.extract(ok.article(), ok.related(), ok.warnings());
        } catch (ExtractionException e) {
            return e.kind().equals("timeout") ? BatchRunner.timeoutRecord(ok.id(), timeout)
                    : ErrorRecord.of(ok.id(), e.kind(), e.getMessage());
        } finally {
            synchronized (lock) {
                running[0] = false; // no alarm may reach the thread's next article
            }
            alarm.cancel(false);
            Thread.interrupted();
            // the interrupt cleared above may have been Spark killing the task: honour it
            TaskContext task = TaskContext.get();
            if (task != null) task.killTaskIfInterrupted();
        }
    }
}
