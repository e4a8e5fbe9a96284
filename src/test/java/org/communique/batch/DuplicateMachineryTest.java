package org.communique.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.communique.api.Article;
import org.communique.api.ExtractionException;
import org.communique.api.ExtractionResult;
import org.communique.api.OutputRecord;
import org.communique.api.RelatedItem;
import org.communique.output.TextHash;
import org.communique.read.Input;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Duplicate articles in the batch with a stand-in extraction (no CoreNLP): failures, waiting, resumes. */
class DuplicateMachineryTest {
    private static final Duration BUDGET = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    /** As the extractor makes a record: the reading warnings first, then the extraction's own. */
    static OutputRecord echo(Input.Ok in) {
        Article a = in.article();
        List<String> warnings = new ArrayList<>(in.warnings());
        warnings.add("words " + a.text().split("\\s+").length);
        return new ExtractionResult(a.id(), a.title(), a.source(), a.section(), a.url(), null, TextHash.of(a.text()),
                null, null, List.of(), List.of(), in.related(), warnings);
    }

    /** The same article under another id, section and url, with its own related items and reading warnings. */
    static Input.Ok copy(Input in, String id, List<String> warnings) {
        Article a = ((Input.Ok) in).article();
        return new Input.Ok(new Article(id, a.title(), a.text(), a.published(), a.source(), "Section " + id,
                "http://example.org/" + id), List.of(new RelatedItem("Teaser of " + id, null, null)), warnings);
    }

    private static List<JsonNode> run(List<Input> in, int threads, BatchRunner.Extraction x) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Summary s = new BatchRunner(x, threads, BUDGET, null).run(in, out, -1);
        assertTrue(s.addsUp());
        return BatchMachineryTest.lines(out.toByteArray());
    }

    @Test
    void aDuplicateHasItsOwnIdSectionUrlRelatedAndReadingWarnings() throws IOException {
        List<Input> in = new ArrayList<>(Articles.of(3));
        in.add(copy(in.get(1), "a2-again", List.of("a warning of reading a2-again")));
        List<JsonNode> recs = run(in, 2, DuplicateMachineryTest::echo);
        JsonNode first = recs.get(1), dup = recs.get(3);
        assertEquals("a2-again", dup.get("id").asText());
        assertEquals("a2", dup.get("duplicate_of").asText());
        assertEquals("Section a2-again", dup.get("section").asText());
        assertEquals("http://example.org/a2-again", dup.get("url").asText());
        assertEquals("Teaser of a2-again", dup.get("related").get(0).get("title").asText());
        assertEquals(List.of("a warning of reading a2-again", first.get("warnings").get(0).asText()),
                strings(dup.get("warnings")));
        assertEquals(first.get("text_hash"), dup.get("text_hash"));
        assertTrue(first.get("duplicate_of").isNull());
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Only the same text, title and date make a duplicate. */
    @Test
    void anotherTitleOrDateIsAnotherArticle() throws IOException {
        Article a = ((Input.Ok) Articles.of(1).get(0)).article();
        List<Input> in = List.of(new Input.Ok(a, List.of(), List.of()),
                new Input.Ok(new Article("retitled", "Another title", a.text(), a.published(), null, null), List.of(), List.of()),
                new Input.Ok(new Article("dated", a.title(), a.text(), java.time.LocalDate.of(2024, 5, 2), null, null),
                        List.of(), List.of()),
                new Input.Ok(new Article("same", a.title(), a.text(), a.published(), "elsewhere", null), List.of(), List.of()));
        List<JsonNode> recs = run(in, 2, DuplicateMachineryTest::echo);
        assertEquals(List.of("null", "null", "null", "\"a1\""), recs.stream().map(r -> r.get("duplicate_of").toString()).toList());
    }

    /**
     * With two workers, a1 is extracted only once a3 has been: its duplicate must not hold the other
     * worker while it waits, or a3 would never start.
     */
    @Test
    void aDuplicateWaitsForItsFirstArticleWithoutHoldingAWorker() throws IOException {
        List<Input> in = new ArrayList<>(Articles.of(3));
        in.add(1, copy(in.get(0), "a1-again", List.of()));
        CountDownLatch a3done = new CountDownLatch(1);
        AtomicInteger extracted = new AtomicInteger();
        BatchRunner.Extraction x = a -> {
            extracted.incrementAndGet();
            if (a.id().equals("a1")) {
                try {
                    if (!a3done.await(20, TimeUnit.SECONDS)) throw new ExtractionException("internal", "a3 never ran");
                } catch (InterruptedException e) {
                    throw new ExtractionException("timeout", "interrupted");
                }
            }
            OutputRecord r = echo(a);
            if (a.id().equals("a3")) a3done.countDown();
            return r;
        };
        List<JsonNode> recs = run(in, 2, x);
        assertEquals(List.of("ok", "ok", "ok", "ok"), recs.stream().map(BatchMachineryTest::kind).toList(),
                recs::toString);
        assertEquals("a1", recs.get(1).get("duplicate_of").asText());
        assertEquals(3, extracted.get(), "the duplicate was not extracted");
    }

    /** The first article failed: its duplicates get an error record of the same kind that says so. */
    @Test
    void aDuplicateOfAFailedArticleFailsTheSameWay() throws IOException {
        List<Input> in = new ArrayList<>(Articles.of(4));
        in.add(copy(in.get(1), "a2-again", List.of()));
        in.add(copy(in.get(1), "a2-third", List.of()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Summary s = new BatchRunner(FAILING_A2, 2, BUDGET, null).run(in, out, -1);
        List<JsonNode> recs = BatchMachineryTest.lines(out.toByteArray());
        assertEquals(List.of("ok", "internal", "ok", "ok", "internal", "internal"),
                recs.stream().map(BatchMachineryTest::kind).toList());
        for (JsonNode dup : recs.subList(4, 6)) {
            String message = dup.get("error").get("message").asText();
            assertTrue(message.startsWith("the same article (text, title and date) as 'a2', whose extraction failed: ")
                    && message.contains("the parser broke"), message);
        }
        assertEquals(3, s.failed());
        assertEquals(2, s.duplicates());
        assertTrue(s.anyFailed());
    }

    private static final BatchRunner.Extraction FAILING_A2 = a -> {
        if (a.id().equals("a2")) throw new ExtractionException("internal", "the parser broke");
        return echo(a);
    };

    /** An article with a blank text is refused at once: never a duplicate, each says why itself. */
    @Test
    void blankArticlesAreNotComparedAndEachFailsOnItsOwn() throws IOException {
        BatchRunner.Extraction refusing = a -> {
            if (a.article().text().isBlank()) throw new ExtractionException("empty", "the article text is empty");
            return echo(a);
        };
        List<Input> in = List.of(new Input.Ok(Article.of("b1", " "), List.of(), List.of()),
                new Input.Ok(Article.of("b2", " "), List.of(), List.of()));
        List<JsonNode> recs = run(in, 2, refusing);
        assertEquals("the article text is empty", recs.get(1).get("error").get("message").asText());
    }

    /**
     * A run whose first article of a story failed, cut after that record and resumed: the kept
     * failure reaches the duplicates after the cut; with --retry-errors both are extracted anew
     * and the duplicate reuses the new record.
     */
    @Test
    void resumesKeepOrRetryTheFailureOfAKeptFirstArticle() throws IOException {
        List<Input> in = new ArrayList<>(Articles.of(4));
        in.add(copy(in.get(1), "a2-again", List.of()));
        Path failed = dir.resolve("failed.jsonl"), clean = dir.resolve("clean.jsonl"), out = dir.resolve("out.jsonl");
        runToFile(in, failed, BatchRunner.Mode.REPLACE, FAILING_A2);
        runToFile(in, clean, BatchRunner.Mode.REPLACE, DuplicateMachineryTest::echo);
        byte[] all = Files.readAllBytes(failed);
        int cut = 0;
        for (int n = 0; n < 3; n++) while (all[cut++] != '\n') { /* to the end of record n */ }
        Files.write(out, java.util.Arrays.copyOf(all, cut));

        Summary resumed = runToFile(in, out, BatchRunner.Mode.RESUME, DuplicateMachineryTest::echo);
        assertArrayEquals(all, Files.readAllBytes(out), "the kept failure decides the duplicate's record");
        assertEquals(1, resumed.duplicates());
        assertEquals(1, resumed.skippedFailed());

        Summary retried = runToFile(in, out, BatchRunner.Mode.RETRY_ERRORS, DuplicateMachineryTest::echo);
        assertArrayEquals(Files.readAllBytes(clean), Files.readAllBytes(out));
        assertEquals(2, retried.written(), "a2 and its duplicate");
        assertEquals(1, retried.duplicates());
        assertFalse(retried.anyFailed());
    }

    private static Summary runToFile(List<Input> in, Path out, BatchRunner.Mode mode, BatchRunner.Extraction x)
            throws IOException {
        try (OutputFile f = OutputFile.open(out, mode != BatchRunner.Mode.REPLACE)) {
            return new BatchRunner(x, 2, BUDGET, null).run(in, f, mode, -1);
        }
    }

    /** --no-dedup: the duplicate is extracted like any article. */
    @Test
    void extractingDuplicatesExtractsEveryArticle() throws IOException {
        List<Input> in = new ArrayList<>(Articles.of(2));
        in.add(copy(in.get(0), "a1-again", List.of()));
        AtomicInteger extracted = new AtomicInteger();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Summary s = new BatchRunner(a -> {
            extracted.incrementAndGet();
            return echo(a);
        }, 2, BUDGET, null).extractingDuplicates().run(in, out, -1);
        assertEquals(3, extracted.get());
        assertEquals(0, s.duplicates());
        assertTrue(BatchMachineryTest.lines(out.toByteArray()).get(2).get("duplicate_of").isNull());
    }
}
