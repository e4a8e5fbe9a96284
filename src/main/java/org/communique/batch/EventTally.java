package org.communique.batch;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.communique.api.Event;
import org.communique.api.EventType;
import org.communique.api.ExtractionResult;

/** The events of the records a run writes, by type: the table after the summary. */
final class EventTally {
    private final Map<EventType, LongAdder> counts = new ConcurrentHashMap<>();

    void add(ExtractionResult r) {
        for (Event e : r.events()) counts.computeIfAbsent(e.type(), t -> new LongAdder()).increment();
    }

    /** "events by type:" and one line per type, the most frequent first; empty when no event was written. */
    String table() {
        if (counts.isEmpty()) return "";
        StringBuilder sb = new StringBuilder("events by type:").append(System.lineSeparator());
        counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<EventType, LongAdder>>comparingLong(e -> -e.getValue().sum())
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> sb.append(String.format("  %-16s %7d%n", e.getKey(), e.getValue().sum())));
        return sb.toString();
    }
}
