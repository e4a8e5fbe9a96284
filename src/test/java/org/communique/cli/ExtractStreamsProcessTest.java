package org.communique.cli;

import static org.communique.cli.ExtractProcess.exit;
import static org.communique.cli.ExtractProcess.extract;
import static org.communique.cli.ExtractProcess.hasSummary;
import static org.communique.cli.ExtractProcess.read;
import static org.communique.cli.ExtractProcess.summary;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.communique.output.JsonLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extract command's standard streams, as a real process (issue 11): a stream of JSON lines on
 * standard input whatever its first byte (case 1), a write error on standard output (case 2), a
 * device that never ends (case 9), closed standard input and output (case 10), memory too small
 * for the models (case 3).
 */
class ExtractStreamsProcessTest {
    @TempDir
    Path dir;

    private static List<String> kinds(byte[] stdout) throws IOException {
        List<String> kinds = new ArrayList<>();
        for (String line : new String(stdout, StandardCharsets.UTF_8).split("\n")) {
            JsonNode r = JsonLines.mapper().readTree(line);
            kinds.add(r.get("id").asText() + ":" + (r.has("error") ? r.get("error").get("kind").asText() : "ok"));
        }
        return kinds;
    }

    /**
     * One run over hostile inputs: JSON lines on standard input after a BOM and a comment line, a
     * JSON lines file with a NUL byte in its first line and two objects on another, an article dated
     * in microseconds, a UTF-16 text, and /dev/zero with --max-chars 1e9 (it used to exhaust the
     * heap). Each article gets its record, in order; exit status 1.
     */
    @Test
    void hostileInputsEachGetTheirRecord() throws Exception {
        byte[] stdin = ("\uFEFF# exported by the scraper\n" + TestArticles.lines("s", 3)).getBytes(StandardCharsets.UTF_8);
        byte[] nul = TestArticles.line("n1", TestArticles.text(1)).getBytes(StandardCharsets.UTF_8);
        nul[5] = 0;
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        lines.writeBytes(nul);
        lines.writeBytes(("\n" + TestArticles.line("n2", TestArticles.text(2)) + TestArticles.line("n3", TestArticles.text(3))
                + "\n{\"id\": \"n4\", \"date\": 1730160000000000, \"story_text\": \"" + TestArticles.text(4) + "\"}\n")
                .getBytes(StandardCharsets.UTF_8));
        Path jsonl = Files.write(dir.resolve("lines.jsonl"), lines.toByteArray());
        ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
        utf16.write(0xFF);
        utf16.write(0xFE);
        utf16.writeBytes(TestArticles.text(5).getBytes(StandardCharsets.UTF_16LE));
        Path text = Files.write(dir.resolve("wide.txt"), utf16.toByteArray());
        assumeTrue(Files.exists(Path.of("/dev/zero")));
        Path err = dir.resolve("err.txt");
        Process p = extract(err, "--threads", "2", "--max-chars", "1000000000", "-", jsonl.toString(), text.toString(),
                "/dev/zero").start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin);
        }
        byte[] stdout = p.getInputStream().readAllBytes();
        assertEquals(1, exit(p, err), () -> read(err));
        assertEquals(List.of("stdin#1:malformed", "s1:ok", "s2:ok", "s3:ok", "lines.jsonl#1:binary",
                "lines.jsonl#2:malformed", "n4:ok", "wide:ok", "zero:binary"), kinds(stdout), () -> read(err));
        String n4 = new String(stdout, StandardCharsets.UTF_8).split("\n")[6];
        assertTrue(n4.contains("\"published\":\"2024-10-29\""), n4);
        long[] s = summary(err);
        assertEquals(9, s[0]);
        assertEquals(s[0], s[2] + s[3] + s[4], "read = ok + failed + skipped");
    }

    /** Standard output on a full disk: exit 3 and the error, not exit 0 and "written N". */
    @Test
    void aFullDiskOnStandardOutputExitsThree() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")), "needs /dev/full");
        Path in = Files.writeString(dir.resolve("in.jsonl"), TestArticles.lines("a", 3));
        Path err = dir.resolve("err.txt");
        assertStopped(extract(err, in.toString()).redirectOutput(new File("/dev/full")).start(), err,
                "No space left on device");
    }

    /** Exit 3 with the cause on standard error, and no summary: the run did not end. */
    private static void assertStopped(Process p, Path err, String cause) throws InterruptedException {
        assertEquals(3, exit(p, err), () -> read(err));
        assertTrue(read(err).contains(cause), () -> read(err));
        assertFalse(hasSummary(err), () -> read(err));
    }

    /**
     * {@code extract ... | head -1}: the reader goes away after one line; the run stops (exit 3)
     * instead of extracting a thousand articles for nobody. Its records overflow the pipe's buffer,
     * so it cannot finish before the reader has gone.
     */
    @Test
    void aReaderThatGoesAwayStopsTheRun() throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), TestArticles.lines("a", 1000));
        Path err = dir.resolve("err.txt");
        Process p = extract(err, "--threads", "2", in.toString()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            assertTrue(out.readLine().startsWith("{\"id\":\"a1\""));
        }
        assertStopped(p, err, "Broken pipe");
    }

    @Test
    void closedStandardOutputExitsThreeBeforeTheModelsLoad() throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), TestArticles.lines("a", 1));
        Path err = dir.resolve("err.txt");
        assertStopped(ExtractProcess.throughShell(">&-", err, ExtractProcess.command("1g", in.toString())).start(), err,
                "standard output is closed");
        assertFalse(read(err).contains("models loaded"), () -> read(err));
    }

    /** {@code extract - <&-} crashed the JVM (SIGSEGV, exit 139): the JVM had put its own lib/modules under fd 0. */
    @Test
    void closedStandardInputIsAUsageErrorNotACrash() throws Exception {
        Path err = dir.resolve("err.txt");
        Path out = dir.resolve("out.jsonl");
        Process p = ExtractProcess.throughShell("<&-", err, ExtractProcess.command("1g", "--out", out.toString(), "-"))
                .start();
        assertEquals(2, exit(p, err), () -> read(err));
        assertTrue(read(err).contains("standard input is closed"), () -> read(err));
    }

    /** Out of memory while the models load ends in exit 3 with a message, like every run stopped by memory. */
    @Test
    void outOfMemoryLoadingTheModelsExitsThree() throws Exception {
        Path in = Files.writeString(dir.resolve("in.jsonl"), TestArticles.lines("a", 1));
        Path out = dir.resolve("out.jsonl");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(ExtractProcess.command("160m", "--out", out.toString(), in.toString()))
                .redirectError(err.toFile()).start();
        assertEquals(3, exit(p, err), () -> read(err));
        assertTrue(read(err).contains("out of memory") && !read(err).contains("\tat "), () -> read(err));
        assertArrayEquals(new byte[0], Files.readAllBytes(out));
    }
}
