package org.communique.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.communique.read.Input;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resuming an output file: torn last lines are cut, foreign files are refused untouched. */
class OutputFileTest {
    @TempDir
    Path dir;

    private static final String A = "{\"id\":\"a\",\"title\":\"Ch\u00f6e Ryong H\u00e6 \u2014 \u5e73\u58e4\"}\n";
    private static final String B = "{\"id\":\"b\",\"error\":{\"kind\":\"empty\",\"message\":\"empty file\"}}\n";

    private OutputFile.Scan scan(Path out) throws IOException {
        try (OutputFile f = OutputFile.open(out, true)) {
            return f.scan();
        }
    }

    private static Summary resume(List<Input> in, Path out) throws IOException {
        return new BatchRunner(BatchMachineryTest::fake, 2, Duration.ofSeconds(60), null).run(in, out, null, true, -1);
    }

    @Test
    void tornLastLineIsCountedByTheScanAndCutByTheResume() throws IOException {
        Path out = dir.resolve("out.jsonl");
        byte[] torn = "{\"id\":\"c\",\"title\":\"Kim Jo".getBytes(StandardCharsets.UTF_8);
        byte[] whole = (A + B + A).getBytes(StandardCharsets.UTF_8);
        Files.write(out, concat(whole, torn));
        OutputFile.Scan s = scan(out);
        assertEquals(new OutputFile.Scan(3, 1, whole.length, torn.length), s, "multi-byte characters are counted as bytes");
        assertArrayEquals(concat(whole, torn), Files.readAllBytes(out), "a scan changes nothing");
        List<Input> in = List.of(new Input.Failed("a", "empty", "m"), new Input.Failed("b", "empty", "empty file"),
                new Input.Failed("a", "empty", "m"));
        Summary r = resume(in, out);
        assertEquals(A + B + A, Files.readString(out), "a resume with nothing new still cuts the torn line");
        assertEquals(3, r.skipped());
        assertEquals(1, r.skippedFailed());
        assertTrue(r.anyFailed(), "the error record kept counts for the exit status");
    }

    @Test
    void lastLineCutInsideAMultiByteCharacter() throws IOException {
        Path out = dir.resolve("out.jsonl");
        byte[] a = A.getBytes(StandardCharsets.UTF_8);
        byte[] torn = Arrays.copyOf(a, A.indexOf('\u5e73') + 1 + 1); // the first byte of a three-byte character
        Files.write(out, concat(a, torn));
        assertEquals(new OutputFile.Scan(1, 0, a.length, torn.length), scan(out));
    }

    @Test
    void completeRecordWithoutItsLineBreakIsRedone() throws IOException {
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, A + B.strip());
        assertEquals(1, scan(out).records());
        assertEquals(B.strip().length(), scan(out).cut());
    }

    /** Issue 11, case 13: blank lines after the last record (an editor's, an echo's) are cut, not a refusal. */
    @Test
    void trailingBlankLinesAreCutAndBlankLinesBetweenRecordsRefused() throws IOException {
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, A + B + "\n \n\r\n");
        OutputFile.Scan s = scan(out);
        assertEquals(2, s.records());
        assertEquals(5, s.cut());
        Files.writeString(out, A + "\n" + B);
        BatchRunner.NotResumableException e = assertThrows(BatchRunner.NotResumableException.class, () -> scan(out));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("blank"), e.getMessage());
    }

    @Test
    void twoRecordsOnOneLineAreNotARecord() throws IOException {
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, A + A.strip() + B);
        assertThrows(BatchRunner.NotResumableException.class, () -> scan(out));
    }

    @Test
    void aFileThatIsNotOutputIsRefusedAndLeftAsItWas() throws IOException {
        Path out = dir.resolve("notes.jsonl");
        String content = A + "this is not a record\n" + B;
        Files.writeString(out, content);
        BatchRunner.NotResumableException e = assertThrows(BatchRunner.NotResumableException.class, () -> scan(out));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertEquals(content, Files.readString(out));
        // and through the runner, as the command sees it
        assertThrows(BatchRunner.NotResumableException.class, () -> resume(List.of(), out));
        assertEquals(content, Files.readString(out));
    }

    @Test
    void missingOrEmptyFileResumesFromNothing() throws IOException {
        assertEquals(0, scan(dir.resolve("none.jsonl")).records());
        Path empty = Files.createFile(dir.resolve("empty.jsonl"));
        assertEquals(0, scan(empty).records());
    }

    /** Issue 11, case 5: resuming with inputs other than those of the records kept is refused, the file untouched. */
    @Test
    void resumeOverOtherInputsIsRefusedUntouched() throws IOException {
        List<Input> in = Articles.of(6);
        Path out = dir.resolve("out.jsonl");
        new BatchRunner(BatchMachineryTest::fake, 2, Duration.ofSeconds(60), null).run(in.subList(0, 4), out, null, false, -1);
        byte[] four = Files.readAllBytes(out);
        List<List<Input>> others = List.of(
                Articles.of("other", 6),                                          // another input set
                List.of(in.get(1), in.get(0), in.get(2), in.get(3), in.get(4)),   // reordered
                in.subList(0, 3),                                                 // shortened
                List.of(new Input.Failed("new-first", "empty", "m"), in.get(0), in.get(1), in.get(2), in.get(3))); // grown at the front
        for (List<Input> other : others) {
            BatchRunner.NotResumableException e = assertThrows(BatchRunner.NotResumableException.class, () -> resume(other, out));
            assertTrue(e.getMessage().contains("inputs changed"), e.getMessage());
            assertArrayEquals(four, Files.readAllBytes(out), "nothing was written");
        }
        Summary s = resume(in, out); // the same inputs, grown at the end: goes on
        assertEquals(new Summary(6, 2, 0, 4, 0, 0, 0, 0, 0, s.elapsed()), s);
    }

    /** Resuming from every possible cut of an output gives back that output byte for byte. */
    @Test
    void resumeFromAnyCutEqualsTheUninterruptedRun() throws IOException {
        List<Input> in = new java.util.ArrayList<>(Articles.of(12));
        in.add(5, new Input.Failed("bad.jsonl#3", "malformed", "not a JSON object"));
        in.add(in.get(2)); // the same article twice: each record kept stands for its own place
        Path full = dir.resolve("full.jsonl");
        new BatchRunner(BatchMachineryTest::fake, 2, Duration.ofSeconds(60), null).run(in, full, null, false, -1);
        byte[] expected = Files.readAllBytes(full);
        assertEquals(14, Files.readAllLines(full).size());
        Path out = dir.resolve("out.jsonl");
        for (int cut = 0; cut <= expected.length; cut += 97) {
            Files.write(out, Arrays.copyOf(expected, cut));
            Summary s = new BatchRunner(BatchMachineryTest::fake, 2, Duration.ofSeconds(60), null)
                    .run(in, out, null, true, -1);
            assertArrayEquals(expected, Files.readAllBytes(out), "resumed from a cut at byte " + cut);
            assertEquals(in.size(), s.read());
            assertEquals(s.read(), s.written() + s.skipped());
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
