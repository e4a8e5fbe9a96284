package org.communique.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.communique.read.Input;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resume keeps the error records it finds and counts them (exit status 1, issue 11 case 11);
 * {@code --retry-errors} extracts their articles again, in place (case 7: timeouts are retried).
 */
class RetryErrorsTest {
    @TempDir
    Path dir;

    private static Summary run(List<Input> in, Path out, BatchRunner.Mode mode, BatchRunner.Extraction x)
            throws IOException {
        try (OutputFile f = OutputFile.open(out, mode != BatchRunner.Mode.REPLACE)) {
            return new BatchRunner(x, 2, Duration.ofMillis(300), null).run(in, f, mode, -1);
        }
    }

    /** a3 runs until it is stopped: a timeout on the first run. */
    private static final BatchRunner.Extraction SLOW_A3 = a -> TimeBudgetTest.burn(a, a.id().equals("a3") ? 600_000 : 1);

    @Test
    void timeoutsAreKeptByAResumeAndRetriedWithRetryErrors() throws IOException {
        List<Input> in = Articles.of(6);
        Path clean = dir.resolve("clean.jsonl");
        run(in, clean, BatchRunner.Mode.REPLACE, BatchMachineryTest::fake);
        Path out = dir.resolve("out.jsonl");
        Summary first = run(in, out, BatchRunner.Mode.REPLACE, SLOW_A3);
        assertEquals(1, first.failed());
        assertTrue(Files.readAllLines(out).get(2).contains("\"timeout\""));

        Summary kept = run(in, out, BatchRunner.Mode.RESUME, BatchMachineryTest::fake);
        assertEquals(new Summary(6, 0, 0, 6, 1, 0, 0, 0, 0, kept.elapsed()), kept);
        assertTrue(kept.anyFailed(), "the timeout kept in the output still fails the run");
        assertTrue(kept.describe().contains("skipped 6 (already in output, 1 of them errors)"), kept.describe());

        Summary retried = run(in, out, BatchRunner.Mode.RETRY_ERRORS, BatchMachineryTest::fake);
        assertEquals(new Summary(6, 1, 0, 5, 0, 0, 0, 0, 0, retried.elapsed()), retried);
        assertFalse(retried.anyFailed());
        assertTrue(retried.addsUp());
        assertArrayEquals(Files.readAllBytes(clean), Files.readAllBytes(out), "the retried record is in its place");
        assertFalse(Files.exists(OutputFile.rewritePath(out)), "the copy took the output's place");
    }

    @Test
    void aRefusedRetryLeavesTheOutputAsItWas() throws IOException {
        List<Input> in = Articles.of(6);
        Path out = dir.resolve("out.jsonl");
        run(in, out, BatchRunner.Mode.REPLACE, SLOW_A3);
        byte[] before = Files.readAllBytes(out);
        List<Input> reordered = new ArrayList<>(in);
        Collections.swap(reordered, 4, 5);
        assertThrows(BatchRunner.NotResumableException.class,
                () -> run(reordered, out, BatchRunner.Mode.RETRY_ERRORS, BatchMachineryTest::fake));
        assertArrayEquals(before, Files.readAllBytes(out));
        assertFalse(Files.exists(OutputFile.rewritePath(out)));
    }
}
