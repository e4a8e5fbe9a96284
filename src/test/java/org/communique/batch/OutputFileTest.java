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
import java.util.Map;
import org.communique.read.Input;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resuming an output file: torn last lines are cut, foreign files are refused untouched. */
class OutputFileTest {
    @TempDir
    Path dir;

    private static final String A = "{\"id\":\"a\",\"title\":\"Ch\u00f6e Ryong H\u00e6 \u2014 \u5e73\u58e4\"}\n";
    private static final String B = "{\"id\":\"b\",\"error\":{\"kind\":\"empty\",\"message\":\"empty file\"}}\n";

    @Test
    void tornLastLineIsCutAndCompleteRecordsCounted() throws IOException {
        Path out = dir.resolve("out.jsonl");
        byte[] torn = "{\"id\":\"c\",\"title\":\"Kim Jo".getBytes(StandardCharsets.UTF_8);
        Files.write(out, concat((A + B + A).getBytes(StandardCharsets.UTF_8), torn));
        OutputFile.Resumed r = OutputFile.repairAndIndex(out);
        assertEquals(Map.of("a", 2, "b", 1), r.ids());
        assertEquals(3, r.records());
        assertEquals(torn.length, r.cutBytes());
        assertEquals(A + B + A, Files.readString(out), "multi-byte characters are counted as bytes");
    }

    @Test
    void lastLineCutInsideAMultiByteCharacter() throws IOException {
        Path out = dir.resolve("out.jsonl");
        byte[] a = A.getBytes(StandardCharsets.UTF_8);
        byte[] torn = Arrays.copyOf(a, A.indexOf('\u5e73') + 1 + 1); // the first byte of a three-byte character
        Files.write(out, concat(a, torn));
        assertEquals(1, OutputFile.repairAndIndex(out).records());
        assertArrayEquals(a, Files.readAllBytes(out));
    }

    @Test
    void completeRecordWithoutItsLineBreakIsRedone() throws IOException {
        Path out = dir.resolve("out.jsonl");
        Files.writeString(out, A + B.strip());
        OutputFile.Resumed r = OutputFile.repairAndIndex(out);
        assertEquals(Map.of("a", 1), r.ids());
        assertEquals(A, Files.readString(out));
    }

    @Test
    void aFileThatIsNotOutputIsRefusedAndLeftAsItWas() throws IOException {
        Path out = dir.resolve("notes.jsonl");
        String content = A + "this is not a record\n" + B;
        Files.writeString(out, content);
        OutputFile.NotResumableException e = assertThrows(OutputFile.NotResumableException.class,
                () -> OutputFile.repairAndIndex(out));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertEquals(content, Files.readString(out));
        // and through the runner, as the command sees it
        assertThrows(BatchRunner.NotResumableException.class, () -> new BatchRunner(
                BatchMachineryTest::fake, 1, Duration.ofSeconds(5), null).run(List.of(), out, null, true, -1));
        assertEquals(content, Files.readString(out));
    }

    @Test
    void missingOrEmptyFileResumesFromNothing() throws IOException {
        assertEquals(0, OutputFile.repairAndIndex(dir.resolve("none.jsonl")).records());
        Path empty = Files.createFile(dir.resolve("empty.jsonl"));
        assertEquals(0, OutputFile.repairAndIndex(empty).records());
    }

    /** Resuming from every possible cut of an output gives back that output byte for byte. */
    @Test
    void resumeFromAnyCutEqualsTheUninterruptedRun() throws IOException {
        List<Input> in = BatchMachineryTest.articles(12);
        in = new java.util.ArrayList<>(in);
        in.add(5, new Input.Failed("bad.jsonl#3", "malformed", "not a JSON object"));
        in.add(in.get(2)); // the same article twice: resuming counts ids, it does not just look them up
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
