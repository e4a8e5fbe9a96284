package org.communique.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.communique.Shared;
import org.communique.api.ExtractionException;
import org.communique.api.ExtractionResult;
import org.communique.api.OutputRecord;
import org.communique.output.JsonLines;
import org.communique.read.Input;
import org.communique.read.InputReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The batch machinery with a stand-in extraction (no CoreNLP), so that order, the bounded reorder
 * buffer, the time budget and failures can be driven exactly. The inputs are real corpus articles.
 */
class BatchMachineryTest {
    private static Path corpus;

    @BeforeAll
    static void corpus() {
        corpus = Shared.shared().resolve("corpus/kcna-2024.jsonl");
        assumeTrue(Files.isRegularFile(corpus), "the shared corpus is needed: " + corpus);
    }

    /** A record that depends only on the article: its id, title and a count of its words. */
    static OutputRecord fake(Input.Ok in) {
        String words = Integer.toString(in.article().text().split("\\s+").length);
        return new ExtractionResult(in.id(), in.article().title(), in.article().source(), in.article().section(),
                in.article().url(),
                null, null, List.of(), List.of(), in.related(), List.of(words));
    }

    static List<Input> articles(int n) {
        List<Input> out = new ArrayList<>();
        for (Input in : new InputReader(List.of(corpus.toString()), 2_000_000, InputStream::nullInputStream)) {
            out.add(in);
            if (out.size() == n) break;
        }
        return out;
    }

    static List<JsonNode> lines(byte[] out) throws IOException {
        List<JsonNode> l = new ArrayList<>();
        for (String s : new String(out, StandardCharsets.UTF_8).split("\n")) {
            if (!s.isEmpty()) l.add(JsonLines.mapper().readTree(s));
        }
        return l;
    }

    static String kind(JsonNode record) {
        return record.has("error") ? record.get("error").get("kind").asText() : "ok";
    }

    @Test
    void outputIsInInputOrderAndTheSameForAnyNumberOfThreads() throws IOException {
        List<Input> in = articles(300);
        BatchRunner.Extraction jittery = a -> {
            try {
                Thread.sleep(Math.floorMod(a.id().hashCode(), 4)); // finish out of order
            } catch (InterruptedException e) {
                throw new ExtractionException("timeout", "interrupted");
            }
            return fake(a);
        };
        ByteArrayOutputStream one = new ByteArrayOutputStream(), four = new ByteArrayOutputStream();
        new BatchRunner(jittery, 1, Duration.ofSeconds(60), null).run(in, null, one, false, -1);
        new BatchRunner(jittery, 4, Duration.ofSeconds(60), null).run(in, null, four, false, -1);
        assertEquals(one.toString(StandardCharsets.UTF_8), four.toString(StandardCharsets.UTF_8));
        List<JsonNode> recs = lines(four.toByteArray());
        assertEquals(in.size(), recs.size());
        for (int i = 0; i < in.size(); i++) assertEquals(in.get(i).id(), recs.get(i).get("id").asText());
    }

    /**
     * The shared corpus read ten times over (17,440 articles) goes through with the reader never
     * more than the reorder window ahead of the writer, however slow one article is: memory stays
     * flat. Article 100 is held until the reader has filled the window behind it (or 5 s passed).
     */
    @Test
    void readerStaysWithinTheReorderWindowOnTenTimesTheCorpus() throws IOException {
        int threads = 2;
        int window = new BatchRunner(BatchMachineryTest::fake, threads, Duration.ofSeconds(60), null).window();
        int heldAt = 100;
        String held = articles(heldAt).get(heldAt - 1).id();
        AtomicLong pulled = new AtomicLong();
        AtomicLong linesOut = new AtomicLong();
        AtomicLong maxAhead = new AtomicLong();
        AtomicBoolean holding = new AtomicBoolean(true);
        InputReader reader = new InputReader(Collections.nCopies(10, corpus.toString()), 2_000_000,
                InputStream::nullInputStream);
        BatchRunner runner = new BatchRunner(a -> {
            if (a.id().equals(held) && holding.getAndSet(false)) {
                long until = System.nanoTime() + 5_000_000_000L;
                while (pulled.get() < heldAt + window && System.nanoTime() < until) Thread.onSpinWait();
            }
            return fake(a);
        }, threads, Duration.ofSeconds(60), null);
        Iterable<Input> counted = () -> new Iterator<>() {
            final Iterator<Input> it = reader.iterator();

            public boolean hasNext() { return it.hasNext(); }

            public Input next() {
                Input i = it.next();
                long ahead = pulled.incrementAndGet() - linesOut.get();
                maxAhead.accumulateAndGet(ahead, Math::max);
                return i;
            }
        };
        OutputStream sink = new OutputStream() {
            public void write(int b) {
                if (b == '\n') linesOut.incrementAndGet();
            }

            public void write(byte[] b, int off, int len) {
                for (int i = off; i < off + len; i++) write(b[i]);
            }
        };
        Summary s = runner.run(counted, null, sink, false, -1);
        assertEquals(17_440, s.read());
        assertEquals(17_440, s.written());
        assertEquals(0, s.failed());
        assertEquals(17_440, linesOut.get());
        assertTrue(maxAhead.get() <= window + 2,
                "the reader ran " + maxAhead.get() + " articles ahead of the writer; the window is " + window);
        assertTrue(maxAhead.get() >= window, "the held article should have filled the window: " + maxAhead);
    }

    /** An article that ignores interrupts is given up after budget and grace; one thread is enough for the rest. */
    @Test
    void stuckArticleBecomesTimeoutAndTheOthersGoOnWithOneThread() throws IOException {
        List<Input> in = articles(6);
        String stuck = in.get(1).id();
        AtomicBoolean release = new AtomicBoolean();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try {
            Summary s = new BatchRunner(a -> {
                if (a.id().equals(stuck)) {
                    while (!release.get()) {
                        Thread.interrupted(); // ignores every interrupt, like a runaway regex
                        Thread.onSpinWait();
                    }
                }
                return fake(a);
            }, 1, Duration.ofMillis(300), new PrintStream(log, true)).run(in, null, out, false, -1);
            assertEquals(6, s.written());
            assertEquals(1, s.failed());
        } finally {
            release.set(true);
        }
        List<JsonNode> recs = lines(out.toByteArray());
        assertEquals(List.of("ok", "timeout", "ok", "ok", "ok", "ok"), recs.stream().map(BatchMachineryTest::kind).toList());
        assertEquals(stuck, recs.get(1).get("id").asText());
        assertTrue(recs.get(1).get("error").get("message").asText().contains("time budget of 300 ms (--timeout)"));
        assertTrue(log.toString().contains("ignored the time budget"), log.toString());
    }

    /** An article that honours the interrupt stops at the budget; the interrupt does not reach the next one. */
    @Test
    void interruptedArticleBecomesTimeoutAndTheNextStartsClean() throws IOException {
        List<Input> in = articles(3);
        String slow = in.get(0).id();
        List<Boolean> interruptedAtStart = Collections.synchronizedList(new ArrayList<>());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        new BatchRunner(a -> {
            interruptedAtStart.add(Thread.currentThread().isInterrupted());
            if (a.id().equals(slow)) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    // like CoreNLP: the interrupt surfaces as some runtime exception
                    throw new IllegalStateException("interrupted", e);
                }
            }
            return fake(a);
        }, 1, Duration.ofMillis(200), new PrintStream(log, true)).run(in, null, out, false, -1);
        assertEquals(List.of("timeout", "ok", "ok"), lines(out.toByteArray()).stream().map(BatchMachineryTest::kind).toList());
        assertEquals(List.of(false, false, false), interruptedAtStart);
        assertFalse(log.toString().contains("ignored the time budget"), "it stopped when interrupted: " + log);
    }

    @Test
    void failingWorkersGiveErrorRecordsAndTheBatchGoesOn() throws IOException {
        List<Input> in = articles(5);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Summary s = new BatchRunner(a -> {
            if (a.id().equals(in.get(0).id())) throw new AssertionError("a bug");
            if (a.id().equals(in.get(2).id())) throw new ExtractionException("empty", "the article text is empty");
            if (a.id().equals(in.get(3).id())) return null;
            return fake(a);
        }, 2, Duration.ofSeconds(60), null).run(in, null, out, false, -1);
        List<JsonNode> recs = lines(out.toByteArray());
        assertEquals(List.of("internal", "ok", "empty", "internal", "ok"), recs.stream().map(BatchMachineryTest::kind).toList());
        assertTrue(recs.get(0).get("error").get("message").asText().contains("a bug"));
        assertEquals(5, s.read());
        assertEquals(3, s.failed());
    }

    @Test
    void summaryCountsAddUpWithFailuresAndResume(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        List<Input> in = new ArrayList<>(articles(8));
        in.add(3, new Input.Failed("broken.jsonl#4", "malformed", "not a JSON object"));
        in.add(new Input.Failed("empty", "empty", "empty file"));
        Path out = dir.resolve("out.jsonl");
        // a first run that got through four records before it stopped
        new BatchRunner(BatchMachineryTest::fake, 2, Duration.ofSeconds(60), null).run(in.subList(0, 4), out, null, false, -1);
        Summary s = new BatchRunner(BatchMachineryTest::fake, 2, Duration.ofSeconds(60), null).run(in, out, null, true, -1);
        assertEquals(10, s.read());
        assertEquals(4, s.skipped());
        assertEquals(6, s.written());
        assertEquals(1, s.failed());
        assertEquals(5, s.ok());
        assertTrue(s.addsUp());
        assertEquals(s.read(), s.ok() + s.failed() + s.skipped());
        assertTrue(s.describe().startsWith("articles read 10 = written 6 (5 ok + 1 failed) + skipped 4"), s.describe());
        assertEquals(10, Files.readAllLines(out).size());
    }

    @Test
    void aWriteFailureStopsTheBatchWithAnOutputErrorNotAHang() {
        List<Input> in = articles(200);
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        OutputStream failing = new OutputStream() {
            public void write(int b) throws IOException {
                if (kept.size() > 20_000) throw new IOException("No space left on device");
                kept.write(b);
            }
        };
        BatchRunner.OutputException e = assertThrows(BatchRunner.OutputException.class,
                () -> new BatchRunner(BatchMachineryTest::fake, 2, Duration.ofSeconds(60), null).run(in, null, failing, false, -1));
        assertTrue(e.getMessage().contains("No space left on device"), e.getMessage());
    }
}
