package org.communique.batch;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.communique.api.ErrorRecord;
import org.communique.api.OutputRecord;
import org.communique.read.Input;

/**
 * One article between the reader and the writer. Its record comes from a worker, or from the
 * watchdog when the article overran its budget and grace; the lock decides which one wins, so an
 * article gets exactly one record and a late interrupt never reaches the thread's next article.
 */
final class Job {
    final Input input;
    /** A record line kept from the output being rewritten ({@code --retry-errors}): written as it is. */
    final String keptLine;
    final CompletableFuture<OutputRecord> result = new CompletableFuture<>();
    /**
     * The article's place among duplicates, or null when not compared: a first article's record is
     * kept for its duplicates, and a duplicate goes to no worker (the writer makes its record).
     */
    final Duplicates.Sighting sighting;

    // guarded by this
    private Thread worker;
    private long cpuAtStart;
    private long awakeAtStart;
    private boolean interrupted;
    private boolean abandoned;

    Job(Input input) { this(input, null, null); }

    Job(Input input, Duplicates.Sighting sighting) { this(input, null, sighting); }

    private Job(Input input, String keptLine, Duplicates.Sighting sighting) {
        this.input = input;
        this.keptLine = keptLine;
        this.sighting = sighting;
    }

    static Job kept(Input input, String line) { return new Job(input, line, null); }

    /** Whether the article duplicates an earlier one (its record is made from that one's). */
    boolean duplicate() { return sighting != null && !sighting.isFirst(); }

    /** The worker takes the job: its budget starts now. */
    synchronized void start(Thread me, BudgetClock clock) {
        worker = me;
        cpuAtStart = clock.cpu(me);
        awakeAtStart = clock.awake();
    }

    /**
     * The worker's record; an error record of an interrupted article becomes {@code timeout}.
     *
     * @return false when the job was given up (the record is dropped)
     */
    synchronized boolean finish(OutputRecord r, Function<String, ? extends OutputRecord> timeout) {
        worker = null;
        if (abandoned) return false;
        result.complete(interrupted && r instanceof ErrorRecord ? timeout.apply(input.id()) : r);
        return true;
    }

    /** Whether the watchdog interrupted the worker for this job (the interrupt is the budget's, not the caller's). */
    synchronized boolean interrupted() { return interrupted; }

    /** Whether the watchdog gave the job up (its record is the timeout). */
    synchronized boolean abandoned() { return abandoned; }

    /**
     * Interrupts the article once it used its budget, and gives it up (recording {@code timeout})
     * once it also used the grace period: an article that ignores interrupts must not stall the batch.
     *
     * @return true when the job was given up now
     */
    synchronized boolean check(BudgetClock clock, TimeBudget.Limits limits,
                             Function<String, ? extends OutputRecord> timeout) {
        if (worker == null || abandoned) return false;
        long cpu = clock.cpu(worker) - cpuAtStart;
        long awake = clock.awake() - awakeAtStart;
        if (cpu > limits.cpu() + limits.grace() || awake > limits.awake() + limits.grace()) {
            abandoned = true;
            if (!interrupted) worker.interrupt();
            result.complete(timeout.apply(input.id()));
            return true;
        }
        if (!interrupted && (cpu > limits.cpu() || awake > limits.awake())) {
            interrupted = true;
            worker.interrupt();
        }
        return false;
    }
}
