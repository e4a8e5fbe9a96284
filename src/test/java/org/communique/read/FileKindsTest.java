package org.communique.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kinds of file read besides .txt and .jsonl (.json, .html), and those that are not read; the new kinds
 * go through the reader's common path (gzip, byte order marks, binary, relative ids) like the old ones.
 */
class FileKindsTest {
    @TempDir
    Path dir;

    private static List<Input> read(String... paths) {
        List<Input> out = new ArrayList<>();
        new InputReader(List.of(paths), 2_000_000, InputStream::nullInputStream).forEach(out::add);
        return out;
    }

    private Path write(String name, String s) throws IOException {
        return Files.writeString(dir.resolve(name), s);
    }

    private static Input.Ok ok(Input in) { return assertInstanceOf(Input.Ok.class, in, in::toString); }

    private static Input.Failed failed(Input in, String kind) {
        Input.Failed f = assertInstanceOf(Input.Failed.class, in, in::toString);
        assertEquals(kind, f.kind(), f::toString);
        return f;
    }

    @Test
    void jsonFileWithOneArticle() throws IOException {
        Path p = write("one.json", "{\"headline\": \"Talks held\", \"story_text\": \"Pyongyang, May 4 (KCNA) -- Talks were held.\","
                + " \"date_str\": \"2024-05-04\"}");
        Input.Ok a = ok(read(p.toString()).get(0));
        assertEquals("one", a.id(), "no id field: the file's name");
        assertEquals("Talks held", a.article().title());
        assertEquals(LocalDate.of(2024, 5, 4), a.article().published());
    }

    @Test
    void jsonFileWithAnArrayOfArticles() throws IOException {
        Path p = write("many.json", "[{\"id\": \"a1\", \"text\": \"First article.\"}, {\"text\": \"Second article.\"}, 7,"
                + " {\"title\": \"no text\"}]");
        List<Input> in = read(p.toString());
        assertEquals(4, in.size(), in::toString);
        assertEquals("a1", ok(in.get(0)).id());
        assertEquals("many.json#2", ok(in.get(1)).id());
        failed(in.get(2), "malformed");
        failed(in.get(3), "no_text");
    }

    @Test
    void brokenAndEmptyJsonFiles() throws IOException {
        failed(read(write("bad.json", "[{\"text\": \"ok\"}, {\"text\": ").toString()).get(1), "malformed");
        failed(read(write("empty.json", "[]").toString()).get(0), "empty");
        failed(read(write("scalar.json", "\"just a string\"").toString()).get(0), "malformed");
        failed(read(write("nothing.json", "  ").toString()).get(0), "empty");
    }

    @Test
    void htmlFilesAreReadAsPages() throws IOException {
        Path p = write("page.htm", "<html><head><title>Talks Held | News</title>"
                + "<meta property=\"article:published_time\" content=\"2024-05-04T10:00:00+09:00\"></head><body>"
                + "<nav><a href=\"/\">Home</a> <a href=\"/w\">World</a></nav><article><h1>Talks Held</h1>"
                + "<p>Pyongyang, May 4 (KCNA) -- Talks were held between the foreign ministers of the two countries.</p>"
                + "</article><aside><p>Most read: Xi Jinping meets Vladimir Putin in Moscow for talks on trade.</p></aside>"
                + "</body></html>");
        Input.Ok a = ok(read(p.toString()).get(0));
        assertEquals("page", a.id());
        assertEquals("Talks Held", a.article().title());
        assertEquals(LocalDate.of(2024, 5, 4), a.article().published());
        assertEquals("Pyongyang, May 4 (KCNA) -- Talks were held between the foreign ministers of the two countries.",
                a.article().text());
        failed(read(write("blank.html", "<html><body><nav><a href=\"/\">Home</a></nav></body></html>").toString()).get(0),
                "empty");
    }

    @Test
    void otherKindsAreSkippedInADirectoryAndUnsupportedWhenNamed() throws IOException {
        write("a.txt", "Pyongyang, May 3 (KCNA) -- Talks were held.");
        Path md = write("notes.md", "# notes");
        write("photo.jpg", "not an image really");
        InputReader r = new InputReader(List.of(dir.toString()), 2_000_000, InputStream::nullInputStream);
        List<Input> in = new ArrayList<>();
        r.forEach(in::add);
        assertEquals(1, in.size(), in::toString);
        assertEquals(2, r.skippedFiles());
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("notes.md") && n.contains("not a kind of file that is read")));
        Input.Failed f = failed(read(md.toString()).get(0), "unsupported");
        assertTrue(f.message().contains(".html"), f.message());
        ok(read(write("README", "Pyongyang, May 3 (KCNA) -- Talks were held.").toString()).get(0));
    }

    private static List<Input> read(long maxChars, InputFormat format, String... paths) {
        List<Input> out = new ArrayList<>();
        new InputReader(List.of(paths), maxChars, format, InputStream::nullInputStream, List.of()).forEach(out::add);
        return out;
    }

    private static List<String> summary(List<Input> in) {
        return in.stream().map(i -> i instanceof Input.Failed f ? f.kind() + ":" + f.id() : i.id()).toList();
    }

    private static final String PAGE = "<html><head><title>Talks Held</title></head><body><article><h1>Talks Held</h1>"
            + "<p>Pyongyang, May 4 (KCNA) -- Talks were held between the foreign ministers of the two countries.</p>"
            + "</article></body></html>";

    @Test
    void jsonAndHtmlInADirectoryAlsoGzippedWithIdsByRelativePath() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        write("sub/many.json", "[{\"text\": \"First article.\"}, {\"text\": \"Second article.\"}]");
        Files.write(dir.resolve("sub/page.html.gz"), InputFormatTest.gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
        Files.write(dir.resolve("one.json.gz"), InputFormatTest.gzip("{\"text\": \"Talks.\"}".getBytes(StandardCharsets.UTF_8)));
        write("notes.md", "# notes");
        InputReader r = new InputReader(List.of(dir.toString()), 2_000_000, InputStream::nullInputStream);
        List<Input> in = new ArrayList<>();
        r.forEach(in::add);
        assertEquals(List.of("one", "sub/many.json#1", "sub/many.json#2", "sub/page"), summary(in));
        assertEquals("Talks Held", ok(in.get(3)).article().title());
        assertEquals(1, r.skippedFiles());
        assertEquals(4, new InputListing(List.of(dir.toString()), List.of()).countArticles(InputFormat.AUTO),
                "the progress estimate counts an array's elements");
    }

    @Test
    void jsonFilesAreJudgedAsJsonLinesAre() throws IOException {
        byte[] utf16 = "{\"text\": \"Talks were held.\"}".getBytes(StandardCharsets.UTF_16LE);
        Path u = Files.write(dir.resolve("u16.json"), concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, utf16));
        Path bin = Files.write(dir.resolve("bin.json"), new byte[200]);
        Path two = write("two.json", "{\"text\": \"One.\"} {\"text\": \"Two.\"}");
        Path after = write("after.json", "[{\"text\": \"One.\"}] trailing");
        byte[] bad = "{\"text\": \"Talks in Pyongyang \u00ff.\"}".getBytes(StandardCharsets.ISO_8859_1);
        Path latin = Files.write(dir.resolve("latin.json"), bad);
        Path big = write("big.json", "[{\"text\": \"" + "a".repeat(500) + "\"}, {\"text\": \"Short.\"}]");
        List<Input> in = read(100, InputFormat.AUTO, u.toString(), bin.toString(), two.toString(), after.toString(),
                latin.toString(), big.toString());
        assertEquals(List.of("u16", "binary:bin", "malformed:two", "after.json#1", "malformed:after.json#2", "latin",
                "too_large:big.json#1"), summary(in));
        assertTrue(ok(in.get(5)).warnings().stream().anyMatch(w -> w.startsWith("invalid UTF-8")), in.get(5)::toString);
        assertEquals(List.of(), ok(in.get(0)).warnings());
    }

    @Test
    void htmlIsDecodedByItsByteOrderMarkElseItsDeclaredCharset() throws IOException {
        String text = "Pyongyang, May 4 (KCNA) -- Talks were held with the caf\u00e9 owners of the two countries.";
        String page = "<html><head><meta charset=\"%s\"><title>Talks</title></head><body><article><h1>Talks Held</h1><p>"
                + text + "</p></article></body></html>";
        Path u16 = Files.write(dir.resolve("u16.html"), concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                String.format(page, "utf-16").getBytes(StandardCharsets.UTF_16BE)));
        Path latin = Files.write(dir.resolve("latin.htm"), String.format(page, "windows-1252").getBytes(Charset.forName("windows-1252")));
        for (Input i : read(2_000_000, InputFormat.AUTO, u16.toString(), latin.toString())) {
            assertEquals(text, ok(i).article().text(), i::toString);
        }
    }

    @Test
    void formatForcesHowAFileOfAnotherKindIsRead() throws IOException {
        Path md = write("notes.md", "Pyongyang, May 3 (KCNA) -- Talks were held between the two foreign ministers on Friday.");
        failed(read(2_000_000, InputFormat.AUTO, md.toString()).get(0), "unsupported");
        assertEquals("notes", ok(read(2_000_000, InputFormat.TEXT, md.toString()).get(0)).id());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
