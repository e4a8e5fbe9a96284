package org.communique.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.communique.Shared;
import org.communique.output.JsonLines;
import org.communique.read.Input;
import org.communique.read.InputReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Duplicate articles with the real extractor, on 16 consecutive articles of the shared corpus
 * (2024-09-01) that hold 7 distinct stories: six filed two or three times under other ids and
 * sections, one once. Nine are duplicates.
 */
class DuplicateArticlesTest {
    private static final Path FIXTURE = Path.of("src/test/resources/duplicates/kcna-2024-duplicates.jsonl");
    private static final Duration BUDGET = Duration.ofSeconds(60);
    private static List<JsonNode> sources;
    /** The id of the first article with the same text, title and date, by id, for the duplicates. */
    private static Map<String, String> firstOf;
    private static byte[] deduped; // one thread

    @TempDir
    Path dir;

    @BeforeAll
    static void extractOnce() throws IOException {
        sources = new ArrayList<>();
        for (String l : Files.readAllLines(FIXTURE)) sources.add(JsonLines.mapper().readTree(l));
        firstOf = new HashMap<>();
        Map<String, String> seen = new HashMap<>();
        for (JsonNode s : sources) {
            String key = s.get("story_text").asText() + "\u0000" + s.get("headline").asText() + "\u0000"
                    + s.get("date").asLong();
            String first = seen.putIfAbsent(key, s.get("id").asText());
            if (first != null) firstOf.put(s.get("id").asText(), first);
        }
        assertEquals(9, firstOf.size(), "the fixture's duplicates");
        deduped = run(new BatchRunner(Shared.extractor(), 1, BUDGET, null));
    }

    private static List<Input> inputs() {
        List<Input> in = new ArrayList<>();
        new InputReader(List.of(FIXTURE.toString()), 2_000_000, InputStream::nullInputStream).forEach(in::add);
        return in;
    }

    private static byte[] run(BatchRunner runner) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Summary s = runner.run(inputs(), out, -1);
        assertTrue(s.addsUp());
        return out.toByteArray();
    }

    @Test
    void aDuplicateReusesTheExtractionOfTheFirstArticleUnderItsOwnId() throws Exception {
        List<JsonNode> recs = BatchMachineryTest.lines(deduped);
        assertEquals(sources.size(), recs.size());
        Map<String, JsonNode> byId = new HashMap<>();
        for (int i = 0; i < recs.size(); i++) {
            JsonNode r = recs.get(i), src = sources.get(i);
            String id = src.get("id").asText();
            assertEquals(id, r.get("id").asText(), "input order");
            assertEquals("ok", BatchMachineryTest.kind(r), r::toString);
            assertEquals(sha256(src.get("story_text").asText()), r.get("text_hash").asText(), id);
            assertEquals(src.get("topic").asText(), r.get("section").asText(), "its own section");
            assertEquals(src.get("link").asText(), r.get("url").asText(), "its own url");
            String first = firstOf.get(id);
            if (first == null) {
                assertTrue(r.get("duplicate_of").isNull(), id);
            } else {
                assertEquals(first, r.get("duplicate_of").asText(), id);
                JsonNode f = byId.get(first);
                for (String field : List.of("title", "published", "text_hash", "dateline", "entities", "events",
                        "warnings")) {
                    assertEquals(f.get(field), r.get(field), id + " " + field);
                }
                assertNotEquals(f.get("url"), r.get("url"));
            }
            byId.put(id, r);
        }
        assertTrue(recs.stream().mapToInt(r -> r.get("events").size()).sum() > 5, "real extraction happened");
    }

    /** What is reused is exactly what extracting the duplicate gives: --no-dedup differs only in duplicate_of. */
    @Test
    void extractingDuplicatesGivesTheSameRecordsWithoutDuplicateOf() throws IOException {
        byte[] all = run(new BatchRunner(Shared.extractor(), 2, BUDGET, null).extractingDuplicates());
        List<JsonNode> every = BatchMachineryTest.lines(all), reused = BatchMachineryTest.lines(deduped);
        assertEquals(reused.size(), every.size());
        for (int i = 0; i < every.size(); i++) {
            assertTrue(every.get(i).get("duplicate_of").isNull(), every.get(i).get("id")::toString);
            ((ObjectNode) reused.get(i)).putNull("duplicate_of");
            assertEquals(reused.get(i), every.get(i), every.get(i).get("id")::toString);
        }
    }

    @Test
    void threeThreadsWriteTheSameBytesAsOne() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Summary s = new BatchRunner(Shared.extractor(), 3, BUDGET, null).run(inputs(), out, -1);
        assertEquals(new String(deduped, StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8));
        assertEquals(16, s.written());
        assertEquals(9, s.duplicates());
        assertTrue(s.describe().contains("duplicates 9 (same text, title and date"), s::describe);
    }

    /**
     * Killed after five records (the first article of five stories, whose duplicates come after)
     * and half of the sixth: the resume finds the first articles among the records it keeps, and
     * writes the bytes of the uninterrupted run.
     */
    @Test
    void aResumeKnowsTheFirstArticlesOfTheRecordsItKeeps() throws IOException {
        int cut = 0;
        for (int n = 0; n < 5; n++) cut = indexOf(deduped, cut) + 1;
        int next = indexOf(deduped, cut);
        Path out = dir.resolve("out.jsonl");
        Files.write(out, java.util.Arrays.copyOf(deduped, cut + (next - cut) / 2));
        Summary s = new BatchRunner(Shared.extractor(), 2, BUDGET, null).run(inputs(), out, null, true, -1);
        assertArrayEquals(deduped, Files.readAllBytes(out));
        assertEquals(5, s.skipped());
        assertEquals(11, s.written());
        assertEquals(9, s.duplicates(), "every duplicate comes after the cut");
        assertEquals(0, s.skippedDuplicates());

        // a second cut after eleven records keeps duplicates too
        cut = 0;
        for (int n = 0; n < 11; n++) cut = indexOf(deduped, cut) + 1;
        Files.write(out, java.util.Arrays.copyOf(deduped, cut));
        Summary again = new BatchRunner(Shared.extractor(), 3, BUDGET, null).run(inputs(), out, null, true, -1);
        assertArrayEquals(deduped, Files.readAllBytes(out));
        assertEquals(11, again.skipped());
        long keptDuplicates = sources.subList(0, 11).stream().filter(x -> firstOf.containsKey(x.get("id").asText())).count();
        assertEquals(keptDuplicates, again.skippedDuplicates());
        assertEquals(9 - keptDuplicates, again.duplicates());
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static int indexOf(byte[] b, int from) {
        for (int i = from; i < b.length; i++) if (b[i] == '\n') return i;
        return -1;
    }
}
