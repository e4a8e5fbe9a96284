package org.communique.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.communique.Shared;
import org.communique.api.Event;
import org.communique.api.EventType;
import org.communique.api.ExtractionResult;
import org.communique.read.InputReader;
import org.junit.jupiter.api.Test;

/** The table of events by type that ends a run's summary. */
class EventTallyTest {
    private static Event event(EventType type) {
        return new Event("v", type, null, null, null, null, List.of(), null, null, null, 0.5, "r");
    }

    private static ExtractionResult result(Event... events) {
        return new ExtractionResult("a", null, null, null, null, null, null, List.of(), List.of(events), List.of(), List.of());
    }

    @Test
    void mostFrequentFirstThenByType() {
        EventTally t = new EventTally();
        assertEquals("", t.table());
        t.add(result(event(EventType.VISIT), event(EventType.MEETING)));
        t.add(result(event(EventType.MEETING)));
        t.add(result(event(EventType.AGREEMENT_SIGNED)));
        String n = System.lineSeparator();
        assertEquals("events by type:" + n + String.format("  %-16s %7d%n", "MEETING", 2)
                + String.format("  %-16s %7d%n", "AGREEMENT_SIGNED", 1) + String.format("  %-16s %7d%n", "VISIT", 1), t.table());
    }

    @Test
    void aRunPrintsItAfterTheSummary() throws Exception {
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        new BatchRunner(Shared.extractor(), 1, Duration.ofSeconds(60), new PrintStream(progress, true, StandardCharsets.UTF_8))
                .run(new InputReader(List.of("samples/seed-000.txt"), 2_000_000, InputStream::nullInputStream),
                        new ByteArrayOutputStream(), 1);
        String text = progress.toString(StandardCharsets.UTF_8);
        int summary = text.indexOf("articles read 1 = written 1");
        assertTrue(summary >= 0 && text.indexOf("events by type:") > summary, text);
        assertTrue(text.contains("AGREEMENT_SIGNED") && text.contains("MEETING"), text);
    }
}
