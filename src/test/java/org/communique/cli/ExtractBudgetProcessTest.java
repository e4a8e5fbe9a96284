package org.communique.cli;

import static org.communique.cli.ExtractProcess.exit;
import static org.communique.cli.ExtractProcess.extract;
import static org.communique.cli.ExtractProcess.lines;
import static org.communique.cli.ExtractProcess.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The time budget is CPU time (issue 11, case 7), shown on a real process: sixteen threads on the
 * machine's cores, stopped with SIGSTOP in the middle of the run for longer than the budget and
 * continued, give no timeout (the wall clock gave one to every article in flight).
 */
class ExtractBudgetProcessTest {
    @TempDir
    Path dir;

    @Test
    void aStoppedRunWithMoreThreadsThanCoresGivesNoTimeouts() throws Exception {
        StringBuilder in = new StringBuilder();
        for (int i = 1; i <= 48; i++) in.append(TestArticles.line("a" + i, TestArticles.longText(i, 30))).append('\n');
        Path input = Files.writeString(dir.resolve("in.jsonl"), in);
        Path out = dir.resolve("out.jsonl");
        Path err = dir.resolve("err.txt");
        Process p = extract(err, "--threads", "16", "--timeout", "5", "--out", out.toString(), input.toString()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (p.isAlive() && lines(out) < 1 && System.nanoTime() < deadline) Thread.sleep(5);
        assertTrue(p.isAlive() && lines(out) < 48, () -> "the run ended before it could be stopped: " + read(err));
        signal("STOP", p.pid());
        Thread.sleep(7_000); // longer than the budget: the wall clock of every article in flight runs on
        signal("CONT", p.pid());
        assertEquals(0, exit(p, err), () -> read(err) + read(out));
        assertEquals(48, lines(out));
        assertFalse(Files.readString(out).contains("\"timeout\""), () -> read(err));
    }

    private static void signal(String name, long pid) throws Exception {
        Process kill = new ProcessBuilder("bash", "-c", "kill -" + name + " " + pid).inheritIO().start();
        assertTrue(kill.waitFor(30, TimeUnit.SECONDS) && kill.exitValue() == 0, "kill -" + name);
    }
}
