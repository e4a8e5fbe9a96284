package org.communique.cli;

import static org.communique.cli.ExtractProcess.extract;
import static org.communique.cli.ExtractProcess.lines;
import static org.communique.cli.ExtractProcess.read;
import static org.communique.cli.ExtractProcess.summary;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.communique.Shared;
import org.communique.batch.BatchRunner;
import org.communique.output.JsonLines;
import org.communique.read.Input;
import org.communique.read.InputReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extract command as a separate process (each start loads the models, about 3 s): killed with
 * SIGKILL in the middle of a run and resumed, and the exit status of a batch with bad input.
 */
class ExtractProcessTest {
    private static Path corpus;

    @TempDir
    Path dir;

    @BeforeAll
    static void corpus() {
        corpus = Shared.shared().resolve("corpus/kcna-2024.jsonl");
        assumeTrue(Files.isRegularFile(corpus), "the shared corpus is needed: " + corpus);
    }

    /**
     * SIGKILL after a few records, then --resume: every article appears exactly once and the file
     * equals an uninterrupted run byte for byte (the reference is extracted in this JVM). The 48
     * articles (from the 601st of the corpus) hold 22 duplicates, before and after the kill.
     */
    @Test
    void killedRunResumesToTheSameBytes() throws Exception {
        int n = 48;
        List<String> forty;
        try (var l = Files.lines(corpus)) {
            forty = l.skip(600).limit(n).toList();
        }
        Path in = Files.write(dir.resolve("in.jsonl"), forty);
        ByteArrayOutputStream ref = new ByteArrayOutputStream();
        List<Input> inputs = new ArrayList<>();
        new InputReader(List.of(in.toString()), 2_000_000, InputStream::nullInputStream).forEach(inputs::add);
        new BatchRunner(Shared.extractor(), 2, Duration.ofSeconds(60), null).run(inputs, null, ref, false, -1);

        Path out = dir.resolve("out.jsonl");
        Path err1 = dir.resolve("err1.txt");
        Process p = extract(err1, "--threads", "2", "--out", out.toString(), in.toString()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (p.isAlive() && lines(out) < 4 && System.nanoTime() < deadline) Thread.sleep(5);
        assertTrue(p.isAlive(), () -> "the run ended before it could be killed: " + read(err1));
        p.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(137, p.exitValue(), "killed by SIGKILL");
        long kept = lines(out);
        assertTrue(kept >= 4 && kept < n, "killed in the middle: " + kept + " complete records");

        Path err2 = dir.resolve("err2.txt");
        Process r = extract(err2, "--resume", "--threads", "2", "--out", out.toString(), in.toString()).start();
        assertTrue(r.waitFor(300, TimeUnit.SECONDS), () -> read(err2));
        assertEquals(0, r.exitValue(), () -> read(err2));
        assertArrayEquals(ref.toByteArray(), Files.readAllBytes(out), "resumed output equals an uninterrupted run");
        Map<String, Integer> seen = new HashMap<>();
        for (String line : Files.readAllLines(out)) seen.merge(JsonLines.mapper().readTree(line).get("id").asText(), 1, Integer::sum);
        assertEquals(n, seen.size());
        assertTrue(seen.values().stream().allMatch(c -> c == 1), "every article exactly once");
        assertEquals(22, Files.readAllLines(out).stream().filter(line -> !line.contains("\"duplicate_of\":null")).count(),
                "the duplicates say so");
        long[] s = summary(err2); // read, written, ok, failed, skipped
        assertEquals(n, s[0]);
        assertTrue(s[4] >= kept, "the records kept were skipped: " + read(err2));
        assertEquals(s[0], s[1] + s[4]);
        assertEquals(s[1], s[2] + s[3]);
    }

    /** Bad input among good articles: exit status 1, every record on standard output, a summary that adds up. */
    @Test
    void badInputExitsOneWithEverythingElseWritten() throws Exception {
        List<String> three;
        try (var l = Files.lines(corpus)) {
            three = l.skip(100).limit(3).toList();
        }
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("a.jsonl"), List.of(three.get(0), "{\"id\": \"broken\", \"story_te", three.get(1),
                "{\"id\": \"no-text\"}", three.get(2)));
        Files.write(in.resolve("b-empty.txt"), new byte[0]);
        Path err = dir.resolve("err.txt");
        Process p = extract(err, "--threads", "2", in.toString()).start();
        byte[] stdout = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue(), () -> read(err));
        List<String> kinds = new ArrayList<>();
        for (String line : new String(stdout, StandardCharsets.UTF_8).split("\n")) {
            JsonNode r = JsonLines.mapper().readTree(line);
            kinds.add(r.has("error") ? r.get("error").get("kind").asText() : "ok");
        }
        assertEquals(List.of("ok", "malformed", "ok", "no_text", "ok", "empty"), kinds);
        long[] s = summary(err);
        assertEquals(6, s[0]);
        assertEquals(6, s[1]);
        assertEquals(3, s[2]);
        assertEquals(3, s[3]);
        assertEquals(0, s[4]);
    }
}
