package org.communique.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How an input's format is decided (issue 11, cases 1 and 13): a stream is JSON lines when one of
 * its first lines begins with '{', whatever its first byte; {@code --format} forces either way;
 * gzip is read through and UTF-16 decoded by its byte order mark.
 */
class InputFormatTest {
    private static final long MAX = 2_000_000;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    /** A scraper's JSON line of an article with this id. */
    static String line(String id) {
        try {
            return new ObjectMapper().writeValueAsString(Map.of("id", id, "story_text",
                    "Pyongyang, May 3 (KCNA) -- Kim Jong Un inspected the farm " + id + " on Sunday."));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String lines(String... ids) {
        StringBuilder sb = new StringBuilder();
        for (String id : ids) sb.append(line(id)).append('\n');
        return sb.toString();
    }

    private static List<Input> stdin(byte[] bytes, InputFormat format) {
        List<Input> out = new ArrayList<>();
        new InputReader(List.of("-"), MAX, format, () -> new ByteArrayInputStream(bytes), List.of()).forEach(out::add);
        return out;
    }

    private static List<Input> stdin(String s) { return stdin(s.getBytes(StandardCharsets.UTF_8), InputFormat.AUTO); }

    private static List<String> summary(List<Input> in) {
        return in.stream().map(i -> i instanceof Input.Failed f ? f.kind() + ":" + f.id() : i.id()).toList();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (byte[] p : parts) b.writeBytes(p);
        return b.toByteArray();
    }

    @Test
    void jsonLinesOnStandardInputAfterABom() {
        byte[] bytes = concat(BOM, lines("a", "b", "c").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("a", "b", "c"), summary(stdin(bytes, InputFormat.AUTO)));
    }

    @Test
    void aMalformedFirstLineIsOneRecordAndTheStreamStaysJsonLines() {
        assertEquals(List.of("malformed:stdin#1", "a", "b"), summary(stdin("\"id\": \"cut\", \"story_te\n" + lines("a", "b"))));
        assertEquals(List.of("malformed:stdin#1", "a", "b"), summary(stdin("[not an article]\n" + lines("a", "b"))));
    }

    @Test
    void aCommentFirstLineIsOneRecordAndTheStreamStaysJsonLines() {
        List<Input> in = stdin("# exported by the scraper on 2024-11-02\n\n" + lines("a", "b"));
        assertEquals(List.of("malformed:stdin#1", "a", "b"), summary(in));
    }

    @Test
    void plainTextOnStandardInputIsStillOneArticle() {
        List<Input> in = stdin("Talks Held\n\nPyongyang, May 3 (KCNA) -- Talks were held.\n{braces} in a text line are not JSON lines.\n");
        assertEquals(1, in.size(), in::toString);
        assertEquals("stdin", assertInstanceOf(Input.Ok.class, in.get(0)).id());
    }

    @Test
    void formatOptionForcesEitherWay() {
        // two sentences in a line: prose enough for the page reader to take the lines for an article's
        String story = "{\"id\": \"a\", \"story_text\": \"Kim Jong Un inspected the farm on Sunday. He praised "
                + "the harvest of the year.\"}\n";
        byte[] json = (story + story.replace("\"a\"", "\"b\"")).getBytes(StandardCharsets.UTF_8);
        assertEquals(List.of("a", "b"), summary(stdin(json, InputFormat.AUTO)));
        List<Input> asText = stdin(json, InputFormat.TEXT);
        assertEquals(1, asText.size());
        assertTrue(assertInstanceOf(Input.Ok.class, asText.get(0)).article().text().contains("\"story_text\""));
        // a first line longer than the head that is looked at: only --format jsonl can tell (its 65,000 'x'
        // are also a share-button list to the furniture patterns, which must not overflow the stack on it)
        String longFirst = "x".repeat(Decoding.HEAD + 10) + "\n" + story;
        assertEquals(List.of("stdin"), summary(stdin(longFirst.getBytes(StandardCharsets.UTF_8), InputFormat.AUTO)));
        assertEquals(List.of("malformed:stdin#1", "a"),
                summary(stdin(longFirst.getBytes(StandardCharsets.UTF_8), InputFormat.JSONL)));
    }

    @Test
    void aFifoWithABomHoldingJsonLines() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor(30, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is needed");
        byte[] bytes = concat(BOM, "// a comment\n".getBytes(StandardCharsets.UTF_8),
                lines("a", "b").getBytes(StandardCharsets.UTF_8));
        Thread writer = new Thread(() -> {
            try {
                Files.write(fifo, bytes);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        writer.start();
        List<Input> in = new ArrayList<>();
        new InputReader(List.of(fifo.toString()), MAX, InputStream::nullInputStream).forEach(in::add);
        writer.join();
        assertEquals(List.of("malformed:pipe#1", "a", "b"), summary(in));
    }

    @Test
    void gzippedFilesAreReadThroughInADirectoryAndNamed() throws IOException {
        Files.write(dir.resolve("a.jsonl.gz"), gzip(lines("a1", "a2").getBytes(StandardCharsets.UTF_8)));
        Files.write(dir.resolve("b.txt.gz"), gzip("Pyongyang, May 4 (KCNA) -- Talks were held.".getBytes(StandardCharsets.UTF_8)));
        Files.write(dir.resolve("c.gz"), gzip(lines("c1").getBytes(StandardCharsets.UTF_8))); // no inner extension: not walked
        Files.write(dir.resolve("d.jsonl.gz"), "not gzip at all, and not JSON".getBytes(StandardCharsets.UTF_8));
        InputReader r = new InputReader(List.of(dir.toString()), MAX, InputStream::nullInputStream);
        List<Input> in = new ArrayList<>();
        r.forEach(in::add);
        assertEquals(List.of("a1", "a2", "b", "malformed:d.jsonl.gz#1"), summary(in));
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("c.gz")), r.notes()::toString);
        List<Input> named = new ArrayList<>();
        new InputReader(List.of(dir.resolve("c.gz").toString()), MAX, InputStream::nullInputStream).forEach(named::add);
        assertEquals(List.of("c1"), summary(named), "a gzip named on the command line is read by what it holds");
    }

    @Test
    void aBrokenGzipIsUnreadableAfterTheLinesBeforeTheBreak() throws IOException {
        byte[] gz = gzip(lines("a", "b", "c").getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("cut.jsonl.gz"), java.util.Arrays.copyOf(gz, gz.length - 12));
        List<Input> in = new ArrayList<>();
        new InputReader(List.of(dir.toString()), MAX, InputStream::nullInputStream).forEach(in::add);
        assertEquals("unreadable", assertInstanceOf(Input.Failed.class, in.get(in.size() - 1)).kind(), in::toString);
    }

    @Test
    void utf16WithAByteOrderMarkIsText() throws IOException {
        String text = "Pyongyang, May 3 (KCNA) -- Choe Son Hui met the delegation of \u5e73\u58e4 \ud83d\ude00 today.";
        for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            byte[] bom = cs == StandardCharsets.UTF_16LE ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
            Path txt = Files.write(dir.resolve(cs.name() + ".txt"), concat(bom, text.getBytes(cs)));
            Path jsonl = Files.write(dir.resolve(cs.name() + ".jsonl"), concat(bom, lines("u1", "u2").getBytes(cs)));
            List<Input> in = new ArrayList<>();
            new InputReader(List.of(txt.toString(), jsonl.toString()), MAX, InputStream::nullInputStream).forEach(in::add);
            assertEquals(3, in.size(), in::toString);
            Input.Ok t = assertInstanceOf(Input.Ok.class, in.get(0));
            assertEquals(text, t.article().text());
            assertEquals(List.of(), t.warnings());
            assertEquals("u1", in.get(1).id());
            assertEquals("u2", assertInstanceOf(Input.Ok.class, in.get(2)).id());
        }
    }

    static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(b);
        }
        return out.toByteArray();
    }
}
