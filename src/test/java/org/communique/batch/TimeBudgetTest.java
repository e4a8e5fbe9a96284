package org.communique.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.communique.api.ExtractionException;
import org.communique.api.OutputRecord;
import org.communique.read.Input;
import org.junit.jupiter.api.Test;

/**
 * The time budget is the CPU time of the article's own thread (issue 11, case 7): more threads
 * than cores and a stopped process cost no article its budget.
 */
class TimeBudgetTest {
    /** Spends {@code millis} of this thread's own CPU time, or stops when interrupted. */
    static OutputRecord burn(Input.Ok a, long millis) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long start = mx.getCurrentThreadCpuTime();
        while (mx.getCurrentThreadCpuTime() - start < TimeUnit.MILLISECONDS.toNanos(millis)) {
            if (Thread.currentThread().isInterrupted()) throw new ExtractionException("timeout", "interrupted");
        }
        return BatchMachineryTest.fake(a);
    }

    /**
     * Sixteen threads share the machine's cores (two in CI): each article needs 300 ms of CPU and
     * so takes far longer than its 1 s budget on the wall clock, yet none times out.
     */
    @Test
    void moreThreadsThanCoresDoNotStarveEachOtherOutOfTheirBudget() throws IOException {
        List<Input> in = Articles.of(16);
        AtomicLong longestWall = new AtomicLong();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Summary s = new BatchRunner(a -> {
            long t0 = System.nanoTime();
            OutputRecord r = burn(a, 300);
            longestWall.accumulateAndGet(System.nanoTime() - t0, Math::max);
            return r;
        }, 16, Duration.ofSeconds(1), null).run(in, out, -1);
        assertEquals(0, s.failed(), () -> "timeouts although each article used 300 ms of CPU; the longest took "
                + TimeUnit.NANOSECONDS.toMillis(longestWall.get()) + " ms on the wall clock: " + out);
        assertEquals(16, s.written());
    }

    /** An article over its CPU budget is stopped and gets a timeout record; the one after it is unharmed. */
    @Test
    void anArticleOverItsCpuBudgetTimesOut() throws IOException {
        List<Input> in = Articles.of(3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Summary s = new BatchRunner(a -> burn(a, a.id().equals("a2") ? 600_000 : 10), 1, Duration.ofMillis(300), null)
                .run(in, out, -1);
        assertEquals(List.of("ok", "timeout", "ok"),
                BatchMachineryTest.lines(out.toByteArray()).stream().map(BatchMachineryTest::kind).toList());
        assertEquals(1, s.failed());
    }

    /** The awake clock stands still while the process is stopped (SIGSTOP): each tick counts for at most a second. */
    @Test
    void aStoppedProcessDoesNotAdvanceTheAwakeClock() {
        long[] now = {0};
        BudgetClock clock = new BudgetClock(() -> now[0]);
        for (int i = 0; i < 10; i++) {
            now[0] += TimeUnit.MILLISECONDS.toNanos(100);
            clock.tick();
        }
        assertEquals(TimeUnit.SECONDS.toNanos(1), clock.awake());
        now[0] += TimeUnit.MINUTES.toNanos(10); // stopped for ten minutes, then continued
        clock.tick();
        assertEquals(TimeUnit.SECONDS.toNanos(1) + BudgetClock.MAX_TICK, clock.awake());
        assertTrue(clock.cpu(Thread.currentThread()) > 0, "this JVM measures thread CPU time");
    }

    /** The awake limit grows with the threads per core: a thread's share of a core is what it waits on. */
    @Test
    void theAwakeLimitGrowsWithTheThreadsPerCore() {
        int cores = Runtime.getRuntime().availableProcessors();
        TimeBudget.Limits one = TimeBudget.Limits.of(Duration.ofSeconds(2), 1);
        TimeBudget.Limits many = TimeBudget.Limits.of(Duration.ofSeconds(2), 64 * cores);
        assertEquals(TimeUnit.SECONDS.toNanos(2), one.cpu());
        assertEquals(4 * one.cpu(), one.awake());
        assertEquals(128 * many.cpu(), many.awake());
        assertEquals(TimeUnit.SECONDS.toNanos(1), one.grace());
        TimeBudget.Limits huge = TimeBudget.Limits.of(Duration.ofSeconds(1_000_000), 10_000);
        assertTrue(huge.awake() > huge.cpu(), "no overflow");
    }
}
