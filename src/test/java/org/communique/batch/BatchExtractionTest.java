package org.communique.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.communique.Shared;
import org.communique.read.Input;
import org.communique.read.InputReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch with the real extractor (the suite's shared one) over real corpus articles. */
class BatchExtractionTest {
    private static final Duration BUDGET = Duration.ofSeconds(60); // the command's default
    private static Path corpus;
    private static List<String> lines;

    @TempDir
    Path dir;

    @BeforeAll
    static void corpus() throws IOException {
        corpus = Shared.shared().resolve("corpus/kcna-2024.jsonl");
        assumeTrue(Files.isRegularFile(corpus), "the shared corpus is needed: " + corpus);
        try (var l = Files.lines(corpus)) {
            lines = l.limit(30).toList();
        }
    }

    private static List<Input> read(Path... paths) {
        List<Input> out = new ArrayList<>();
        new InputReader(Arrays.stream(paths).map(Path::toString).toList(), 2_000_000, InputStream::nullInputStream)
                .forEach(out::add);
        return out;
    }

    private static byte[] run(List<Input> in, int threads) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BatchRunner(Shared.extractor(), threads, BUDGET, null).run(in, null, out, false, -1);
        return out.toByteArray();
    }

    private static byte[] reference;

    /** The 30 corpus articles extracted with 2 threads (computed once). */
    private static synchronized byte[] reference(Path dir) throws IOException {
        if (reference == null) {
            Path f = dir.resolve("thirty.jsonl");
            Files.write(f, lines);
            reference = run(read(f), 2);
        }
        return reference;
    }

    @Test
    void oneAndTwoThreadsWriteTheSameBytes() throws IOException {
        byte[] two = reference(dir);
        Path f = dir.resolve("thirty.jsonl");
        Files.write(f, lines);
        byte[] one = run(read(f), 1);
        assertEquals(new String(two, StandardCharsets.UTF_8), new String(one, StandardCharsets.UTF_8));
        List<JsonNode> recs = BatchMachineryTest.lines(one);
        assertEquals(30, recs.size());
        for (int i = 0; i < 30; i++) {
            JsonNode source = com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(lines.get(i));
            assertEquals(source.get("id").asText(), recs.get(i).get("id").asText(), "input order");
            assertEquals("ok", BatchMachineryTest.kind(recs.get(i)));
        }
        assertTrue(recs.stream().mapToInt(r -> r.get("entities").size()).sum() > 100, "real extraction happened");
    }

    /** A run stopped after 11 records and half of the 12th, resumed: the same bytes as one run. */
    @Test
    void resumeAfterATornLineEqualsTheUninterruptedRun() throws IOException {
        byte[] expected = reference(dir);
        int cut = 0;
        for (int n = 0; n < 11; n++) cut = indexOf(expected, (byte) '\n', cut) + 1;
        int next = indexOf(expected, (byte) '\n', cut);
        Path out = dir.resolve("out.jsonl");
        Files.write(out, Arrays.copyOf(expected, cut + (next - cut) / 2));
        Path f = dir.resolve("thirty.jsonl");
        Files.write(f, lines);
        Summary s = new BatchRunner(Shared.extractor(), 2, BUDGET, null).run(read(f), out, null, true, -1);
        assertArrayEquals(expected, Files.readAllBytes(out));
        assertEquals(30, s.read());
        assertEquals(11, s.skipped());
        assertEquals(19, s.written());
        assertEquals(0, s.failed());
        assertTrue(s.addsUp());
    }

    /**
     * Every kind of bad input in one batch: each gets its error record (or warning) in its place,
     * the good articles around them are extracted, and the summary adds up.
     */
    @Test
    void badInputsGetErrorRecordsAndTheBatchGoesOn() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.write(in.resolve("a-good.jsonl"), List.of(lines.get(0),
                "{\"id\": \"cut\", \"story_text\": \"the scraper stopped he", // malformed, between good ones
                lines.get(1),
                "{\"id\": \"no-text\", \"headline\": \"Only a headline\"}",
                lines.get(2)));
        Files.write(in.resolve("b-empty.txt"), new byte[0]);
        byte[] bin = new byte[4096];
        new Random(3).nextBytes(bin);
        Files.write(in.resolve("c-binary.txt"), bin);
        Files.write(in.resolve("d-latin1.txt"), ("Pyongyang, March 3 (KCNA) -- Premier Pak Thae Song inspected the "
                + "Sunchon Phosphatic Fertilizer Complex, where he met caf\u00e9 workers.\n").getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("e-five-megabytes.txt"), "Pyongyang, May 3 (KCNA) -- "
                + "The delegation visited the factory and the farm. ".repeat(105_000));
        Files.writeString(in.resolve("f-long-sentence.txt"), longSentence(20_000));
        Process mkfifo = new ProcessBuilder("mkfifo", in.resolve("g-fifo.txt").toString()).start();
        boolean fifo = mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0;
        Files.createDirectories(in.resolve("h-loop"));
        Files.createSymbolicLink(in.resolve("h-loop/up"), in);
        Files.writeString(in.resolve("i-vanishing.txt"), "Pyongyang, May 4 (KCNA) -- Talks were held.");
        Files.writeString(in.resolve("j-last.txt"), "Pyongyang, May 5 (KCNA) -- Kim Jong Un inspected a farm in "
                + "South Hwanghae Province on Sunday.");
        InputReader reader = new InputReader(List.of(in.toString()), 2_000_000, InputStream::nullInputStream);
        Iterable<Input> deleting = () -> new Iterator<>() { // i-vanishing.txt goes after the directory was listed
            final Iterator<Input> it = reader.iterator();

            public boolean hasNext() { return it.hasNext(); }

            public Input next() {
                Input i = it.next();
                try {
                    Files.deleteIfExists(in.resolve("i-vanishing.txt"));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return i;
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Summary s = new BatchRunner(Shared.extractor(), 2, BUDGET, null).run(deleting, null, out, false, -1);

        List<JsonNode> recs = BatchMachineryTest.lines(out.toByteArray());
        List<String> expected = new ArrayList<>(List.of("ok", "malformed", "ok", "no_text", "ok", "empty", "binary",
                "ok", "too_large", "ok"));
        if (fifo) expected.add("unreadable");
        expected.addAll(List.of("loop", "vanished", "ok"));
        assertEquals(expected, recs.stream().map(BatchMachineryTest::kind).toList(),
                () -> recs.stream().map(r -> r.get("id") + " " + r.get("error")).toList().toString());
        for (JsonNode r : recs) {
            if (r.has("error")) assertTrue(r.get("error").get("message").asText().length() > 10, r::toString);
        }
        JsonNode latin1 = byId(recs, "d-latin1");
        assertTrue(latin1.get("warnings").toString().contains("invalid UTF-8"), latin1::toString);
        assertTrue(latin1.get("entities").toString().contains("Pak Thae Song"), "extracted despite the bad byte");
        JsonNode longSentence = byId(recs, "f-long-sentence");
        assertTrue(longSentence.has("entities"), "a 20,000-token sentence is extracted within the budget");
        assertTrue(byId(recs, "j-last").get("entities").toString().contains("Kim Jong Un"));
        assertEquals(recs.size(), s.read());
        assertEquals(recs.size(), s.written());
        assertEquals(recs.stream().filter(r -> r.has("error")).count(), s.failed());
        assertEquals(0, s.skipped());
        assertTrue(s.addsUp());
    }

    /**
     * An article far over a small budget (a million characters, about 13 s of work, against a budget of 1 s) gets a timeout
     * record; the articles around it are unchanged.
     */
    @Test
    void pathologicalArticleTimesOutWhileTheOthersGoOn() throws IOException {
        StringBuilder big = new StringBuilder();
        for (String l : lines) {
            big.append(com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(l)
                    .get("story_text").asText()).append("\n\n");
        }
        while (big.length() < 1_000_000) big.append(big, 0, Math.min(big.length(), 1_000_000 - big.length()));
        Path f = dir.resolve("three.jsonl");
        Files.write(f, List.of(lines.get(0), new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                Map.of("id", "huge", "story_text", big.toString())), lines.get(1)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Summary s = new BatchRunner(Shared.extractor(), 2, Duration.ofSeconds(1), null).run(read(f), null, out, false, -1);
        String[] got = out.toString(StandardCharsets.UTF_8).split("\n");
        String[] ref = new String(reference(dir), StandardCharsets.UTF_8).split("\n");
        assertEquals(3, got.length);
        assertEquals(ref[0], got[0]);
        assertEquals("{\"id\":\"huge\",\"error\":{\"kind\":\"timeout\",\"message\":\"extraction took longer than the time "
                + "budget of 1 s (--timeout); the article was not extracted\"}}", got[1]);
        assertEquals(ref[1], got[2]);
        assertEquals(1, s.failed());
    }

    /** One sentence of {@code n} tokens without punctuation: a dateline, then words and names. */
    static String longSentence(int n) {
        String[] words = {"the", "workers", "of", "the", "Pyongyang", "factory", "and", "Kim", "Jong", "Un", "visited",
                "farms", "in", "South", "Hwanghae", "Province", "with", "officials", "on", "Monday"};
        StringBuilder sb = new StringBuilder("Pyongyang, May 3 (KCNA) --");
        Random r = new Random(20_000);
        for (int i = 0; i < n; i++) sb.append(' ').append(words[r.nextInt(words.length)]);
        return sb.append('\n').toString();
    }

    private static JsonNode byId(List<JsonNode> recs, String id) {
        return recs.stream().filter(r -> r.get("id").asText().equals(id)).findFirst().orElseThrow();
    }

    private static int indexOf(byte[] b, byte x, int from) {
        for (int i = from; i < b.length; i++) if (b[i] == x) return i;
        return -1;
    }
}
