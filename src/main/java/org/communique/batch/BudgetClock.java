package org.communique.batch;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The clocks of the time budget. An article's budget is the CPU time of the thread that extracts it,
 * so that more threads than cores, a loaded machine or a stopped process (SIGSTOP) cost it nothing.
 * Beside it runs an awake clock for articles that wait without computing: it advances with the
 * watchdog's ticks, each counted for at most {@link #MAX_TICK}, so the time a process spends
 * stopped or suspended does not count.
 */
final class BudgetClock {
    /** The most one tick adds to the awake clock, however long the process was away. */
    static final long MAX_TICK = TimeUnit.SECONDS.toNanos(1);

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final boolean cpu;
    private final LongSupplier nanoTime;
    private final AtomicLong awake = new AtomicLong();
    private long lastTick; // only the watchdog thread ticks

    BudgetClock() { this(System::nanoTime); }

    /** @param nanoTime the wall clock (tests stand in for a process that was stopped) */
    BudgetClock(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
        this.lastTick = nanoTime.getAsLong();
        boolean supported = threads.isThreadCpuTimeSupported();
        if (supported && !threads.isThreadCpuTimeEnabled()) {
            try {
                threads.setThreadCpuTimeEnabled(true);
            } catch (UnsupportedOperationException | SecurityException e) {
                supported = false;
            }
        }
        this.cpu = supported;
    }

    /** Advances the awake clock; called by the watchdog at each tick. */
    void tick() {
        long now = nanoTime.getAsLong();
        awake.addAndGet(Math.min(now - lastTick, MAX_TICK));
        lastTick = now;
    }

    /** Nanoseconds the process has been awake since the clock started (to the last tick). */
    long awake() { return awake.get(); }

    /**
     * The CPU time of a thread in nanoseconds; where the JVM cannot measure it, the awake clock
     * stands in (then the budget is measured in awake time).
     */
    long cpu(Thread t) {
        if (!cpu) return awake();
        long ns = threads.getThreadCpuTime(t.getId());
        return ns < 0 ? awake() : ns;
    }
}
