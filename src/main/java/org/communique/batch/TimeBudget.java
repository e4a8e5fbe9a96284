package org.communique.batch;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.communique.api.ErrorRecord;

/**
 * The per-article time budget of a run: a watchdog thread that looks at the running articles every
 * tick. The budget is CPU time ({@link BudgetClock}): an article over it is interrupted (CoreNLP and
 * the pipeline stop at their next check) and gets a {@code timeout} record; one that ignores the
 * interrupt is given up after a grace period and its thread left to finish alone. An article that
 * waits without computing is caught by the awake clock instead, at a multiple of the budget that
 * grows with the threads per core, since more threads than cores each get only a share of one.
 */
final class TimeBudget implements AutoCloseable {
    /** Nanoseconds of CPU time, of awake time, and of grace after either before an article is given up. */
    record Limits(long cpu, long awake, long grace) {
        static Limits of(Duration budget, int threads) {
            long cpu = budget.toNanos();
            int cores = Runtime.getRuntime().availableProcessors();
            long stretch = Math.max(4, 2L * ((threads + cores - 1) / cores));
            long awake = cpu > Long.MAX_VALUE / stretch ? Long.MAX_VALUE / 2 : cpu * stretch;
            return new Limits(cpu, awake, Math.max(TimeUnit.SECONDS.toNanos(1), cpu / 10));
        }
    }

    private final BudgetClock clock = new BudgetClock();
    private final Limits limits;
    private final Function<String, ErrorRecord> timeoutRecord;
    private final Set<Job> running = ConcurrentHashMap.newKeySet();
    private final Consumer<Job> abandoned;
    private final long tickMillis;
    private final Thread watchdog = new Thread(this::watch, "communique-watchdog");
    private volatile boolean closed;

    /**
     * @param timeoutRecord the record of an article over the budget, by its id
     * @param abandoned     called (on the watchdog thread) for each article given up, after its record is set
     */
    TimeBudget(Duration budget, int threads, Function<String, ErrorRecord> timeoutRecord, Consumer<Job> abandoned) {
        this.timeoutRecord = timeoutRecord;
        this.limits = Limits.of(budget, threads);
        this.abandoned = abandoned;
        this.tickMillis = Math.max(10, Math.min(100, TimeUnit.NANOSECONDS.toMillis(limits.cpu()) / 10));
        watchdog.setDaemon(true);
        watchdog.start();
    }

    BudgetClock clock() { return clock; }

    /** The worker starts the job's article. */
    void start(Job job) {
        job.start(Thread.currentThread(), clock);
        running.add(job);
    }

    /** The worker is done with the job's article (whatever came of it). */
    void stop(Job job) { running.remove(job); }

    ErrorRecord timeout(String id) { return timeoutRecord.apply(id); }

    /**
     * The watchdog's loop: a plain thread that catches everything, because an executor's own
     * machinery allocates between ticks, and out of memory there would end the budget silently.
     */
    private void watch() {
        while (!closed) {
            try {
                Thread.sleep(tickMillis);
                clock.tick();
                for (Job job : running) {
                    if (job.check(clock, limits, this::timeout)) {
                        running.remove(job);
                        abandoned.accept(job);
                    }
                }
            } catch (InterruptedException e) {
                return;
            } catch (Throwable e) { // out of memory, say: the next tick tries again
                // nothing to report: no record depends on this tick
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        watchdog.interrupt();
    }
}
