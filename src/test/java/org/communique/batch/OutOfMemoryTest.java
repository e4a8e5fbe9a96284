package org.communique.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.communique.api.ExtractionException;
import org.communique.read.Input;
import org.junit.jupiter.api.Test;

/**
 * An OutOfMemoryError anywhere in a batch ends in an {@link BatchRunner.OutputException} (exit
 * status 3) after what was done is written, or in an error record for the one article, never in a
 * silent gap (issue 11, cases 3 and 9). The errors are thrown where a real one strikes: in the
 * writer's stream, in a worker, in the reader.
 */
class OutOfMemoryTest {
    private static BatchRunner runner(BatchRunner.Extraction x) {
        return new BatchRunner(x, 2, Duration.ofSeconds(60), null);
    }

    @Test
    void outOfMemoryInTheWriterStopsTheBatchWithAnOutputError() throws IOException {
        List<Input> in = Articles.of(23);
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        OutputStream dying = new OutputStream() {
            int lines;

            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                for (int i = off; i < off + len; i++) if (b[i] == '\n') lines++;
                if (lines > 11) throw new OutOfMemoryError("Java heap space"); // the 12th record does not fit
                kept.write(b, off, len);
            }
        };
        BatchRunner.OutputException e = assertThrows(BatchRunner.OutputException.class,
                () -> runner(BatchMachineryTest::fake).run(in, dying, -1));
        assertTrue(e.getMessage().contains("out of memory") && e.getMessage().contains("-Xmx"), e.getMessage());
        assertTrue(e.getMessage().contains("11 records written stay"), e.getMessage());
        List<JsonNode> recs = BatchMachineryTest.lines(kept.toByteArray());
        assertEquals(11, recs.size());
        for (int i = 0; i < 11; i++) assertEquals(in.get(i).id(), recs.get(i).get("id").asText(), "the records before stay in order");
    }

    @Test
    void outOfMemoryInAWorkerIsThatArticlesErrorRecord() throws IOException {
        List<Input> in = Articles.of(23);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Summary s = runner(a -> {
            if (a.id().equals("a12")) throw new OutOfMemoryError("Java heap space");
            if (a.id().equals("a13")) throw new ExtractionException("too_large", "out of memory while extracting this article");
            return BatchMachineryTest.fake(a);
        }).run(in, out, -1);
        List<JsonNode> recs = BatchMachineryTest.lines(out.toByteArray());
        assertEquals(23, recs.size());
        assertEquals("too_large", BatchMachineryTest.kind(recs.get(11)));
        assertTrue(recs.get(11).get("error").get("message").asText().contains("out of memory"));
        assertEquals("too_large", BatchMachineryTest.kind(recs.get(12)));
        assertEquals(2, s.failed());
        assertTrue(s.addsUp());
    }

    /**
     * Ten articles are read and being extracted when the reader runs out of memory (as reading
     * /dev/zero with --max-chars 1e9 did): the ten are finished and written, then the batch stops.
     */
    @Test
    void outOfMemoryInTheReaderWritesTheArticlesReadBeforeIt() {
        List<Input> ten = Articles.of(10);
        CountDownLatch readerFailed = new CountDownLatch(1);
        Iterable<Input> dying = () -> new Iterator<>() {
            int i;

            public boolean hasNext() { return true; }

            public Input next() {
                if (i == ten.size()) {
                    readerFailed.countDown();
                    throw new OutOfMemoryError("Java heap space");
                }
                return ten.get(i++);
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BatchRunner.Extraction afterTheFailure = a -> {
            try {
                assertTrue(readerFailed.await(60, TimeUnit.SECONDS)); // all ten are in flight when the reader fails
            } catch (InterruptedException e) {
                throw new ExtractionException("timeout", "interrupted");
            }
            return BatchMachineryTest.fake(a);
        };
        BatchRunner.OutputException e = assertThrows(BatchRunner.OutputException.class,
                () -> new BatchRunner(afterTheFailure, 4, Duration.ofSeconds(60), null).run(dying, out, -1));
        assertTrue(e.getMessage().contains("reading the inputs failed after 10 articles: out of memory"), e.getMessage());
        List<String> ids = lines(out);
        assertEquals(ten.stream().map(Input::id).toList(), ids, "the finished records are not lost");
    }

    private static List<String> lines(ByteArrayOutputStream out) {
        try {
            return BatchMachineryTest.lines(out.toByteArray()).stream().map(r -> r.get("id").asText()).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
