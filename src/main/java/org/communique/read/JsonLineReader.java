package org.communique.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.communique.api.Article;

/**
 * The articles of a JSON lines stream, one per non-blank line, read as bytes so that a huge line is
 * refused without being held in memory and invalid UTF-8 is found exactly. Each line is judged on
 * its own: a NUL byte or a cut object spoils only its line, never the lines around it.
 */
final class JsonLineReader implements Iterator<Input> {
    private final InputStream in;
    private final String where;
    private final String fileId;
    private final String linePrefix;
    private final long maxArticleChars;
    private final long maxLine;
    private ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 12);
    private Input next;
    private int line;
    private boolean done;
    private boolean any;

    /**
     * @param where      the input as messages name it
     * @param fileId     the id of the record of an input without any line ({@code empty})
     * @param linePrefix what the ids of lines without an id start with ("file.jsonl" of "file.jsonl#3")
     */
    JsonLineReader(InputStream in, String where, String fileId, String linePrefix, long maxArticleChars) {
        this.in = in;
        this.where = where;
        this.fileId = fileId;
        this.linePrefix = linePrefix;
        this.maxArticleChars = maxArticleChars;
        // a JSON line may escape each character as six bytes (\u00e9), plus its other fields
        this.maxLine = (maxArticleChars > Long.MAX_VALUE / 6 ? Long.MAX_VALUE : maxArticleChars * 6) + (1 << 16);
    }

    @Override
    public boolean hasNext() {
        if (next != null) return true;
        if (done) return false;
        try {
            next = read();
        } catch (IOException e) {
            end();
            next = new Input.Failed(linePrefix + "#" + (line + 1), "unreadable",
                    "reading " + where + " failed after line " + line + ": " + DirectoryWalk.describe(e));
        }
        return next != null;
    }

    @Override
    public Input next() {
        if (!hasNext()) throw new NoSuchElementException();
        Input i = next;
        next = null;
        return i;
    }

    /** The input of the next non-blank line, or null at the end. */
    private Input read() throws IOException {
        while (true) {
            long size = readLine();
            if (size < 0) break;
            line++;
            String lineId = linePrefix + "#" + line;
            if (size > maxLine || size > buf.size()) {
                any = true;
                return new Input.Failed(lineId, "too_large", "line " + line + " of " + where + " has " + size
                        + " bytes, more than an article within the limit of " + maxArticleChars
                        + " characters (--max-chars) can take" + (size > maxLine ? "" : " in this much memory")
                        + "; refused");
            }
            byte[] bytes = buf.toByteArray();
            int len = bytes.length;
            if (len > 0 && bytes[len - 1] == '\r') len--;
            if (isBlank(bytes, len)) continue;
            any = true;
            return lineInput(bytes, len, lineId);
        }
        end();
        return any ? null : new Input.Failed(fileId, "empty", "no JSON lines in " + where);
    }

    private void end() {
        done = true;
        try {
            in.close();
        } catch (IOException ignored) {
            // the input is read to its end or already failing
        }
    }

    /**
     * Reads the next line into buf, without its line break; -1 at the end. Bytes beyond maxLine, or
     * beyond what memory holds, are counted and not kept (the caller sees size > buf.size()).
     */
    private long readLine() throws IOException {
        buf.reset();
        long size = 0;
        boolean keep = true;
        int b;
        boolean seen = false;
        while ((b = in.read()) != -1) {
            seen = true;
            if (b == '\n') return size;
            size++;
            if (keep && size <= maxLine) {
                try {
                    buf.write(b);
                } catch (OutOfMemoryError e) { // the buffer's next growth did not fit: drop it, count the rest
                    buf = new ByteArrayOutputStream(1 << 12);
                    keep = false;
                }
            }
        }
        return seen ? size : -1;
    }

    private static boolean isBlank(byte[] b, int to) {
        for (int i = 0; i < to; i++) if (!Decoding.isBlank(b[i])) return false;
        return true;
    }

    private Input lineInput(byte[] bytes, int len, String lineId) {
        if (Decoding.looksBinary(bytes, 0, len)) {
            return new Input.Failed(lineId, "binary", "NUL or control bytes in JSON line " + lineId + ": not text");
        }
        try {
            Decoding.Text l = Decoding.utf8(bytes, 0, len);
            Input in = JsonArticles.parse(l.text(), lineId);
            if (!(in instanceof Input.Ok ok)) return in;
            Article a = ok.article();
            if (a.text().length() > maxArticleChars) {
                return Input.Failed.tooLong(a.id(), a.text().length(), maxArticleChars, lineId);
            }
            if (!l.replaced()) return in;
            List<String> w = new ArrayList<>(ok.warnings());
            w.add("invalid UTF-8 in " + where + " line " + line + ": bad bytes were replaced by U+FFFD");
            return new Input.Ok(a, ok.related(), w);
        } catch (OutOfMemoryError e) { // the line's text and tree did not fit beside the others in flight
            return new Input.Failed(lineId, "too_large", "out of memory while reading line " + line + " of " + where
                    + " (" + len + " bytes); refused");
        }
    }
}
