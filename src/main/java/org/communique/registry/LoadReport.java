package org.communique.registry;

import java.util.List;

/**
 * What a load did.
 *
 * @param articles  article records loaded (each replacing what the registry held under its id)
 * @param errors    error records loaded
 * @param badLines  lines that were not records, each skipped
 */
public record LoadReport(int articles, int errors, List<BadLine> badLines) {
    public LoadReport {
        badLines = List.copyOf(badLines);
    }

    /** A line of a records file that could not be loaded: where, and why. */
    public record BadLine(String file, long line, String reason) {
        @Override
        public String toString() { return file + ":" + line + ": " + reason; }
    }
}
