package org.communique.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.communique.Shared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input met by the reader: each case becomes one {@link Input.Failed} with a kind and a
 * readable message (or an article with a warning), in its place, and the inputs around it are read.
 */
class BadInputTest {
    private static final long MAX = 2_000_000; // the command's default --max-chars
    private static List<String> corpus;

    @TempDir
    Path dir;

    @BeforeAll
    static void corpus() throws IOException {
        Path c = Shared.shared().resolve("corpus/kcna-2024.jsonl");
        assumeTrue(Files.isRegularFile(c), "the shared corpus is needed: " + c);
        try (var lines = Files.lines(c)) {
            corpus = lines.limit(5).toList();
        }
    }

    private static List<Input> read(long max, String... paths) {
        List<Input> out = new ArrayList<>();
        new InputReader(List.of(paths), max, () -> InputStream.nullInputStream()).forEach(out::add);
        return out;
    }

    private static List<Input> read(String... paths) { return read(MAX, paths); }

    private static Input.Failed failed(Input in, String kind) {
        Input.Failed f = assertInstanceOf(Input.Failed.class, in, () -> "expected a " + kind + " failure, got " + in);
        assertEquals(kind, f.kind(), f::toString);
        assertFalse(f.message().isBlank());
        return f;
    }

    private static Input.Ok ok(Input in) {
        return assertInstanceOf(Input.Ok.class, in, () -> "expected an article, got " + in);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, bytes);
        return p;
    }

    private Path write(String name, String s) throws IOException { return write(name, s.getBytes(StandardCharsets.UTF_8)); }

    @Test
    void emptyFiles() throws IOException {
        write("a.txt", "");
        write("b.jsonl", "");
        write("c.jsonl", "\n  \n\n");
        write("d.txt", " \n\t\n");
        List<Input> in = read(dir.toString());
        assertEquals(4, in.size());
        assertTrue(failed(in.get(0), "empty").message().contains("a.txt"));
        assertTrue(failed(in.get(1), "empty").message().contains("no JSON lines"));
        failed(in.get(2), "empty");
        failed(in.get(3), "empty");
    }

    @Test
    void binaryFilesGiveOneRecordEach() throws IOException {
        byte[] bin = new byte[100_000];
        new java.util.Random(7).nextBytes(bin);
        for (int i = 0; i < bin.length; i += 97) bin[i] = '\n'; // many "lines": still one record
        write("a.txt", bin);
        write("b.jsonl", bin);
        write("c.dat", bin); // named on the command line, without a kind that is read: unsupported
        List<Input> in = read(dir.resolve("a.txt").toString(), dir.resolve("b.jsonl").toString(),
                dir.resolve("c.dat").toString());
        assertEquals(3, in.size(), in::toString);
        failed(in.get(0), "binary");
        failed(in.get(1), "binary");
        failed(in.get(2), "unsupported");
    }

    @Test
    void invalidUtf8IsDecodedWithReplacementAndAWarning() throws IOException {
        byte[] txt = "Pyongyang, May 3 (KCNA) -- Kim Jong Un visited a factory \u00ff in the city.\n"
                .getBytes(StandardCharsets.ISO_8859_1); // a Latin-1 byte where UTF-8 was expected
        write("a.txt", txt);
        byte[] line = ("{\"id\": \"u1\", \"story_text\": \"Talks were held in Pyongyang \u00e9 today.\"}\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        write("b.jsonl", line);
        List<Input> in = read(dir.toString());
        assertEquals(2, in.size());
        Input.Ok a = ok(in.get(0));
        assertTrue(a.article().text().contains("factory \uFFFD in"), a.article().text());
        assertTrue(a.warnings().stream().anyMatch(w -> w.startsWith("invalid UTF-8") && w.contains("a.txt")), a.warnings()::toString);
        Input.Ok b = ok(in.get(1));
        assertEquals("u1", b.id());
        assertTrue(b.article().text().contains("Pyongyang \uFFFD today"));
        assertTrue(b.warnings().stream().anyMatch(w -> w.startsWith("invalid UTF-8") && w.contains("line 1")), b.warnings()::toString);
    }

    @Test
    void validUtf8AndReplacementCharactersInTheSourceGiveNoWarning() throws IOException {
        write("a.jsonl", "{\"id\": \"v\", \"story_text\": \"Ch\u00f6e said \uFFFD is a character, \\ufffd too.\"}\n");
        Input.Ok v = ok(read(dir.toString()).get(0));
        assertEquals(List.of(), v.warnings());
    }

    @Test
    void malformedAndTextlessLinesBetweenGoodOnes() throws IOException {
        String lines = corpus.get(0) + "\n"
                + "{\"id\": \"cut\", \"story_text\": \"the scraper stopped here\n"
                + corpus.get(1) + "\n"
                + "[1, 2, 3]\n"
                + "{\"id\": \"no-text\", \"headline\": \"A headline only\"}\n"
                + "{\"id\": \"blank\", \"story_text\": \"   \"}\n"
                + "{\"headline\": \"neither id nor text\"}\n"
                + corpus.get(2) + "\n";
        write("mixed.jsonl", lines);
        List<Input> in = read(dir.resolve("mixed.jsonl").toString());
        assertEquals(8, in.size(), in::toString);
        ok(in.get(0));
        Input.Failed cut = failed(in.get(1), "malformed");
        assertEquals("mixed.jsonl#2", cut.id(), "a line without a readable id is named by file and line");
        assertTrue(cut.message().contains("not a JSON object"), cut.message());
        ok(in.get(2));
        assertEquals("mixed.jsonl#4", failed(in.get(3), "malformed").id());
        Input.Failed noText = failed(in.get(4), "no_text");
        assertEquals("no-text", noText.id());
        assertTrue(noText.message().contains("story_text"));
        assertEquals("blank", failed(in.get(5), "empty").id());
        assertEquals("mixed.jsonl#7", failed(in.get(6), "no_text").id());
        ok(in.get(7));
    }

    @Test
    void fiveMegabyteArticleIsRefusedAsTooLarge() throws IOException {
        String body = "Pyongyang, May 3 (KCNA) -- " + "The delegation visited the factory and the farm. ".repeat(105_000);
        assertTrue(body.length() > 5_000_000);
        write("big.txt", body);
        ObjectMapperLine big = new ObjectMapperLine("big-json", body);
        write("lines.jsonl", corpus.get(0) + "\n" + big.json + "\n" + corpus.get(1) + "\n");
        List<Input> in = read(dir.toString());
        assertEquals(4, in.size(), in::toString);
        Input.Failed txt = failed(in.get(0), "too_large");
        assertEquals("big", txt.id());
        assertTrue(txt.message().contains("--max-chars"), txt.message());
        ok(in.get(1));
        Input.Failed json = failed(in.get(2), "too_large");
        assertEquals("big-json", json.id());
        assertTrue(json.message().contains(body.length() + " characters"), json.message());
        ok(in.get(3));
        // a higher limit lets it through
        assertTrue(ok(read(6_000_000, dir.resolve("big.txt").toString()).get(0)).article().text().length() > 5_000_000);
    }

    @Test
    void aHugeLineIsRefusedWithoutHoldingIt() throws IOException {
        // limit 1,000 characters: a line of a megabyte is refused by its byte count, the next one read
        write("a.jsonl", "{\"id\": \"x\", \"story_text\": \"" + "a".repeat(1_000_000) + "\"}\n" + corpus.get(0) + "\n");
        List<Input> in = read(1_000, dir.toString());
        assertEquals(2, in.size());
        assertTrue(failed(in.get(0), "too_large").message().contains("bytes"));
        Input second = in.get(1);
        // the corpus article itself is longer than 1,000 characters: refused by its character count
        assertTrue(second instanceof Input.Ok || ((Input.Failed) second).kind().equals("too_large"));
    }

    @Test
    void fifoInADirectoryIsRefusedNotWaitedFor() throws Exception {
        write("a.txt", "Pyongyang, May 3 (KCNA) -- Talks were held.");
        Path fifo = dir.resolve("b.txt");
        assumeTrue(run("mkfifo", fifo.toString()) == 0, "mkfifo is needed");
        write("c.txt", "Pyongyang, May 4 (KCNA) -- More talks were held.");
        List<Input> in = read(dir.toString()); // would block forever if the FIFO were opened
        assertEquals(3, in.size());
        ok(in.get(0));
        Input.Failed f = failed(in.get(1), "unreadable");
        assertTrue(f.message().contains("not a regular file"), f.message());
        ok(in.get(2));
    }

    @Test
    void fifoNamedOnTheCommandLineIsReadAsAStream() throws Exception {
        Path fifo = dir.resolve("pipe");
        assumeTrue(run("mkfifo", fifo.toString()) == 0, "mkfifo is needed");
        Thread writer = new Thread(() -> {
            try {
                Files.writeString(fifo, corpus.get(0) + "\n" + corpus.get(1) + "\n");
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
        writer.start();
        List<Input> in = read(fifo.toString());
        writer.join();
        assertEquals(2, in.size(), in::toString);
        in.forEach(BadInputTest::ok);
    }

    /**
     * An unreadable file. The tests run as root, for whom chmod 000 changes nothing, so the honest
     * case is a file the kernel refuses to read even to root: /proc/sys/vm/compact_memory is
     * write-only (EACCES for everyone). The chmod 000 case runs too when the tests are not root.
     */
    @Test
    void unreadableFileEvenForRoot() throws IOException {
        Path locked = Path.of("/proc/sys/vm/compact_memory");
        assumeTrue(Files.exists(locked), "needs Linux /proc/sys");
        boolean refused;
        try (InputStream s = Files.newInputStream(locked)) {
            s.read();
            refused = false;
        } catch (IOException e) {
            refused = true;
        }
        assumeTrue(refused, locked + " is readable here");
        write("a.txt", "Pyongyang, May 3 (KCNA) -- Talks were held.");
        Files.createSymbolicLink(dir.resolve("b.txt"), locked);
        write("c.txt", "Pyongyang, May 4 (KCNA) -- More talks were held.");
        List<Input> in = read(dir.toString());
        assertEquals(3, in.size());
        ok(in.get(0));
        assertTrue(failed(in.get(1), "unreadable").message().contains("permission denied"), in.get(1)::toString);
        ok(in.get(2));
        // named directly, too
        failed(read(locked.toString()).get(0), "unreadable");
    }

    @Test
    void chmod000FileWhenNotRoot() throws IOException {
        Path p = write("a.txt", "Pyongyang, May 3 (KCNA) -- Talks were held.");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(p), "running as root: chmod 000 does not stop reads (see unreadableFileEvenForRoot)");
        failed(read(dir.toString()).get(0), "unreadable");
    }

    @Test
    void directorySymlinkLoopIsReportedAndTheRestRead() throws IOException {
        write("a/one.txt", "Pyongyang, May 3 (KCNA) -- Talks were held.");
        Files.createSymbolicLink(dir.resolve("a/back"), dir);     // a/back -> the root: a loop
        Files.createSymbolicLink(dir.resolve("a/self.txt"), dir.resolve("a/self.txt")); // a file link to itself
        write("b/two.txt", "Pyongyang, May 4 (KCNA) -- More talks were held.");
        List<Input> in = read(dir.toString());
        assertEquals(4, in.size(), in::toString);
        Input.Failed loop = failed(in.get(0), "loop");
        assertTrue(loop.message().contains("a/back"), loop.message());
        assertEquals("a/one", ok(in.get(1)).id(), "a file below a walked directory is named by its relative path");
        failed(in.get(2), "loop");
        assertEquals("b/two", ok(in.get(3)).id());
    }

    /** Issue 11, case 13: equal file names in two folders give two ids, their paths below the walked directory. */
    @Test
    void equalNamesInTwoFoldersGiveTwoIds() throws IOException {
        write("2024/10/report.txt", "Pyongyang, May 3 (KCNA) -- Talks were held.");
        write("2024/11/report.txt", "Pyongyang, May 4 (KCNA) -- More talks were held.");
        write("2024/11/lines.jsonl", "{\"story_text\": \"Talks were held.\"}\n");
        List<String> ids = read(dir.toString()).stream().map(Input::id).toList();
        assertEquals(List.of("2024/10/report", "2024/11/lines.jsonl#1", "2024/11/report"), ids);
        assertEquals("report", read(dir.resolve("2024/10/report.txt").toString()).get(0).id(), "a named file: its name");
    }

    @Test
    void brokenSymlinkIsUnreadable() throws IOException {
        Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));
        assertTrue(failed(read(dir.toString()).get(0), "unreadable").message().contains("broken symbolic link"));
    }

    @Test
    void fileThatDisappearsDuringTheRun() throws IOException {
        write("a.txt", "Pyongyang, May 3 (KCNA) -- Talks were held.");
        Path b = write("b.txt", "Pyongyang, May 4 (KCNA) -- More talks were held.");
        Path c = write("c.jsonl", corpus.get(0) + "\n");
        write("d.txt", "Pyongyang, May 5 (KCNA) -- Even more talks were held.");
        Iterator<Input> it = new InputReader(List.of(dir.toString()), MAX, InputStream::nullInputStream).iterator();
        assertEquals("a", ok(it.next()).id()); // the directory has been listed now
        Files.delete(b);
        Files.delete(c);
        Input.Failed vb = failed(it.next(), "vanished");
        assertEquals("b", vb.id());
        assertTrue(vb.message().contains("disappeared"), vb.message());
        assertEquals("c", failed(it.next(), "vanished").id());
        assertEquals("d", ok(it.next()).id());
        assertFalse(it.hasNext());
    }

    @Test
    void walkIsSortedSkipsOtherFilesAndTheOutput() throws IOException {
        write("b/2.txt", "Pyongyang, May 4 (KCNA) -- More talks were held.");
        write("a.jsonl", corpus.get(0) + "\n" + corpus.get(1) + "\n");
        write("notes.md", "# not an input");
        Path out = write("out.jsonl", "{\"id\":\"x\",\"error\":{\"kind\":\"empty\",\"message\":\"m\"}}\n");
        InputReader r = new InputReader(List.of(dir.toString()), MAX, InputStream::nullInputStream, List.of(out));
        List<String> ids = new ArrayList<>();
        r.forEach(i -> ids.add(i.id()));
        assertEquals(List.of(ok(read(dir.resolve("a.jsonl").toString()).get(0)).id(),
                ok(read(dir.resolve("a.jsonl").toString()).get(1)).id(), "b/2"), ids);
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("notes.md")), r.notes()::toString);
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("out.jsonl") && n.contains("output")), r.notes()::toString);
    }

    @Test
    void standardInput() {
        String two = corpus.get(0) + "\n" + corpus.get(1) + "\n";
        List<Input> jl = new ArrayList<>();
        new InputReader(List.of("-"), MAX, () -> new ByteArrayInputStream(two.getBytes(StandardCharsets.UTF_8)))
                .forEach(jl::add);
        assertEquals(2, jl.size());
        jl.forEach(BadInputTest::ok);
        List<Input> empty = new ArrayList<>();
        new InputReader(List.of("-"), MAX, () -> new ByteArrayInputStream(new byte[0])).forEach(empty::add);
        failed(empty.get(0), "empty");
        List<Input> text = new ArrayList<>();
        new InputReader(List.of("-"), MAX, () -> new ByteArrayInputStream(
                "Pyongyang, May 3 (KCNA) -- Talks were held.".getBytes(StandardCharsets.UTF_8))).forEach(text::add);
        assertEquals("stdin", ok(text.get(0)).id());
    }

    private static int run(String... cmd) throws Exception {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    /** A JSON line holding {@code text} under story_text. */
    private record ObjectMapperLine(String id, String text, String json) {
        ObjectMapperLine(String id, String text) {
            this(id, text, line(id, text));
        }

        private static String line(String id, String text) {
            try {
                return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                        java.util.Map.of("id", id, "story_text", text));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
