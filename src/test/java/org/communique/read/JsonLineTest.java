package org.communique.read;

import static org.communique.read.InputFormatTest.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each JSON line is judged by itself (issue 11, cases 4, 8 and 13): a NUL byte spoils only its
 * line, a line holds exactly one object, and a text of no-break spaces is empty.
 */
class JsonLineTest {
    @TempDir
    Path dir;

    private List<Input> read(String name, byte[] bytes) throws IOException {
        Path p = Files.write(dir.resolve(name), bytes);
        List<Input> out = new ArrayList<>();
        new InputReader(List.of(p.toString()), 2_000_000, InputStream::nullInputStream).forEach(out::add);
        return out;
    }

    private List<Input> read(String name, String s) throws IOException { return read(name, s.getBytes(StandardCharsets.UTF_8)); }

    private static String kind(Input in) { return in instanceof Input.Failed f ? f.kind() : "ok"; }

    /** Sixty articles, a NUL byte in the first line (near the start of the file) and one in line 30. */
    @Test
    void aNulByteSpoilsOnlyItsLine() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int i = 1; i <= 60; i++) {
            byte[] l = line("a" + i).getBytes(StandardCharsets.UTF_8);
            if (i == 1) l[3] = 0;
            if (i == 30) l[l.length - 5] = 0;
            b.writeBytes(l);
            b.write('\n');
        }
        List<Input> in = read("sixty.jsonl", b.toByteArray());
        assertEquals(60, in.size(), "one record per article");
        for (int i = 0; i < 60; i++) assertEquals(i == 0 || i == 29 ? "binary" : "ok", kind(in.get(i)), "line " + (i + 1));
        assertEquals("sixty.jsonl#1", in.get(0).id());
        assertEquals("a2", in.get(1).id());
    }

    @Test
    void twoObjectsOnOneLineOrTrailingGarbageAreMalformed() throws IOException {
        List<Input> in = read("two.jsonl", line("a") + line("b") + "\n"
                + line("c") + " trailing words\n"
                + line("d") + "}\n"
                + line("e") + "  \t\r\n");
        assertEquals(List.of("malformed", "malformed", "malformed", "ok"), in.stream().map(JsonLineTest::kind).toList());
        assertEquals("two.jsonl#1", in.get(0).id(), "the second object is not silently dropped");
        assertTrue(((Input.Failed) in.get(1)).message().contains("not a JSON object"), in.get(1)::toString);
        assertEquals("e", in.get(3).id());
    }

    @Test
    void textOfNoBreakSpacesIsEmpty() throws IOException {
        assertEquals("empty", kind(read("nbsp.txt", "\u00a0\u00a0\n\u2007\u202f \u200b\n").get(0)));
        Input j = read("nbsp.jsonl", "{\"id\": \"n\", \"story_text\": \"\\u00a0 \\u00a0\\ufeff\"}\n").get(0);
        assertEquals("empty", kind(j), j::toString);
        assertEquals("n", j.id());
        // a text with a word among the no-break spaces is an article
        assertInstanceOf(Input.Ok.class, read("word.txt", "\u00a0Talks were held.\u00a0").get(0));
    }
}
