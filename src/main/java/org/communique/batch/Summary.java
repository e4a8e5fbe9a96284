package org.communique.batch;

import java.time.Duration;

/**
 * What a batch did. Every input article is counted once, so the counts add up:
 * {@code read = written + skipped}, and of the {@code written} records, {@code failed} are error
 * records and {@link #ok()} are extraction results ({@code read = ok + failed + skipped}).
 *
 * @param read              input articles read (each file, JSON line or failure to read counts one)
 * @param written           records written by this run, error records included
 * @param failed            error records among those written
 * @param skipped           articles skipped because resuming found their record already in the output
 * @param skippedFailed     error records among those already in the output (a resume keeps them unless
 *                          it retries errors)
 * @param duplicates        records among those written whose article duplicates an earlier one (same
 *                          text, title and date): made from that one's record, not extracted again
 * @param skippedDuplicates duplicate articles among those skipped
 * @param entities          entities in the records written
 * @param events            events in the records written
 */
public record Summary(long read, long written, long failed, long skipped, long skippedFailed, long duplicates,
                      long skippedDuplicates, long entities, long events, Duration elapsed) {
    /** Extraction results written (records that are not errors). */
    public long ok() { return written - failed; }

    /** Whether every article read is accounted for (always true after a completed run). */
    public boolean addsUp() {
        return read == ok() + failed + skipped && failed <= written && skippedFailed <= skipped
                && duplicates <= written && skippedDuplicates <= skipped;
    }

    /** Whether the output holds an error record for any input article: this run's or one kept (exit status 1). */
    public boolean anyFailed() { return failed + skippedFailed > 0; }

    public String describe() {
        double secs = Math.max(0.001, elapsed.toMillis() / 1000.0);
        String dups = duplicates + skippedDuplicates == 0 ? ""
                : String.format("duplicates %d%s (same text, title and date as an earlier article: not extracted "
                        + "again); ", duplicates, skippedDuplicates > 0 ? " written + " + skippedDuplicates + " skipped" : "");
        return String.format("articles read %d = written %d (%d ok + %d failed) + skipped %d (already in output%s); "
                        + "%sentities %d, events %d; %.1f s, %.2f articles/s",
                read, written, ok(), failed, skipped, skippedFailed > 0 ? ", " + skippedFailed + " of them errors" : "",
                dups, entities, events, secs, written / secs);
    }
}
