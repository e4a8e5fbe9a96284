package org.communique.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.communique.api.Article;
import org.communique.api.ErrorRecord;
import org.communique.api.ExtractionException;
import org.communique.read.Input;
import org.junit.jupiter.api.Test;

/** On a terminal, progress is one line redrawn in place; elsewhere plain lines (issue 12). */
class ProgressBarTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String shown() { return bytes.toString(StandardCharsets.UTF_8); }

    @Test
    void theBarRedrawsInPlaceWithCountsRateEtaAndErrors() {
        ProgressBar bar = new ProgressBar(out);
        bar.draw(10, 40, 2.0, 1);
        bar.draw(20, 40, 2.0, 3);
        String s = shown();
        assertFalse(s.contains("\n"), s);
        assertEquals(2, s.chars().filter(c -> c == '\r').count(), s);
        assertTrue(s.endsWith("[############............] 20/40 articles, 2.00/s, ETA 10 s, 3 errors"), s);
    }

    @Test
    void clearingErasesTheBarAndAnUnknownTotalHasNoEta() {
        ProgressBar bar = new ProgressBar(out);
        bar.draw(5, -1, 1.0, 0);
        bar.clear();
        bar.clear(); // nothing on screen: nothing printed
        String drawn = "\r5/? articles, 1.00/s, 0 errors";
        assertEquals(drawn + "\r" + " ".repeat(drawn.length() - 1) + "\r", shown());
    }

    @Test
    void aRedrawingRunEndsItsBarBeforeTheSummary() throws Exception {
        List<Input> inputs = new ArrayList<>();
        for (int i = 0; i < 8; i++) inputs.add(new Input.Ok(Article.of("a" + i, "Talks " + i + "."), List.of(), List.of())); // distinct: no duplicates
        BatchRunner runner = new BatchRunner(in -> {
            try {
                Thread.sleep(80);
            } catch (InterruptedException e) {
                throw new ExtractionException("timeout", "interrupted");
            }
            if (in.id().equals("a1")) throw new ExtractionException("internal", "failed");
            return ErrorRecord.of(in.id(), "empty", "stand-in record");
        }, 1, Duration.ofSeconds(30), out).redrawingProgress();
        runner.run(inputs, OutputStream.nullOutputStream(), inputs.size());
        String s = shown();
        assertTrue(s.contains("\r["), s);
        assertTrue(s.contains("/8 articles"), s);
        String summary = s.substring(s.lastIndexOf('\r') + 1);
        assertFalse(summary.contains("/s, ETA"), "the summary starts a clean line: " + summary);
        assertTrue(summary.strip().length() > 0, s);
    }
}
