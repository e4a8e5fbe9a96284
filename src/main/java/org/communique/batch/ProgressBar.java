package org.communique.batch;

import java.io.PrintStream;

/**
 * Progress on a terminal: one line redrawn in place with {@code \r} (done/total, rate, ETA, errors
 * so far). Whoever prints another line clears the bar first, so lines never land inside it. Used by
 * the writer thread, then by the caller once the writer has ended: no locking.
 */
final class ProgressBar {
    private static final int WIDTH = 24;

    private final PrintStream out;
    private int drawn; // characters of the bar on screen, 0 when none

    ProgressBar(PrintStream out) { this.out = out; }

    /** @param expected the number of articles, or -1 when unknown (no bar, no ETA) */
    void draw(long done, long expected, double rate, long errors) {
        StringBuilder s = new StringBuilder();
        if (expected > 0) {
            int full = (int) Math.min(WIDTH, WIDTH * done / expected);
            s.append('[').append("#".repeat(full)).append(".".repeat(WIDTH - full)).append("] ");
        }
        s.append(done).append('/').append(expected > 0 ? Long.toString(expected) : "?").append(" articles, ")
                .append(String.format("%.2f/s", rate));
        if (expected > 0 && rate > 0) s.append(String.format(", ETA %.0f s", Math.max(0, expected - done) / rate));
        s.append(", ").append(errors).append(errors == 1 ? " error" : " errors");
        String line = s.toString();
        // spaces over what a longer previous bar left
        out.print('\r' + line + " ".repeat(Math.max(0, drawn - line.length())));
        out.flush();
        drawn = line.length();
    }

    /** Erases the bar, leaving the cursor at the start of its line for whatever is printed next. */
    void clear() {
        if (drawn == 0) return;
        out.print('\r' + " ".repeat(drawn) + '\r');
        out.flush();
        drawn = 0;
    }
}
