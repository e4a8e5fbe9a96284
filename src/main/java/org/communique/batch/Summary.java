package org.communique.batch;

import java.time.Duration;

/**
 * What a batch did. Every input article is counted once: {@code read = written + skipped}, and
 * {@code failed} of the written records are error records.
 */
public record Summary(long read, long written, long failed, long skipped, long entities, long events,
                      Duration elapsed) {
    public String describe() {
        double secs = Math.max(0.001, elapsed.toMillis() / 1000.0);
        return String.format("articles read %d, written %d (%d ok, %d errors), skipped %d (already in output); "
                        + "entities %d, events %d; %.1f s, %.2f articles/s",
                read, written, written - failed, failed, skipped, entities, events, secs, (written) / secs);
    }
}
