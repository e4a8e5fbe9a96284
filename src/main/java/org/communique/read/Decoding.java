package org.communique.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * The bytes of an input as UTF-8 text, and what they look like: gzip is undone (by its magic bytes,
 * whatever the file is called), a byte order mark is dropped and UTF-16 (told by its byte order mark)
 * is transcoded, so that the readers only ever see UTF-8.
 */
final class Decoding {
    /** Bytes looked at to judge an input: binary or text, JSON lines or one article. */
    static final int HEAD = 1 << 16;

    private Decoding() {}

    /** The input as UTF-8 bytes, buffered so that its head can be looked at with {@link #peek}. */
    static BufferedInputStream open(InputStream raw) throws IOException {
        return utf8(unzipped(raw));
    }

    /** The input with gzip undone (told by its magic bytes), buffered. */
    static BufferedInputStream unzipped(InputStream raw) throws IOException {
        BufferedInputStream in = buffered(raw);
        return startsWith(peek(in, 2), 0x1f, 0x8b) ? buffered(new GZIPInputStream(in, 1 << 16)) : in;
    }

    /** Whether the input starts with a UTF-8 or UTF-16 byte order mark, which then fixes its charset. */
    static boolean hasBom(BufferedInputStream in) throws IOException {
        byte[] bom = peek(in, 3);
        return startsWith(bom, 0xEF, 0xBB, 0xBF) || startsWith(bom, 0xFF, 0xFE) || startsWith(bom, 0xFE, 0xFF);
    }

    /** The (unzipped) input as UTF-8 bytes: a byte order mark dropped, UTF-16 (told by it) transcoded. */
    static BufferedInputStream utf8(BufferedInputStream in) throws IOException {
        byte[] bom = peek(in, 3);
        if (startsWith(bom, 0xEF, 0xBB, 0xBF)) {
            in.skipNBytes(3);
        } else if (startsWith(bom, 0xFF, 0xFE)) {
            in.skipNBytes(2);
            return buffered(new Utf8Of(in, StandardCharsets.UTF_16LE));
        } else if (startsWith(bom, 0xFE, 0xFF)) {
            in.skipNBytes(2);
            return buffered(new Utf8Of(in, StandardCharsets.UTF_16BE));
        }
        return in;
    }

    private static BufferedInputStream buffered(InputStream in) {
        return in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, 1 << 16);
    }

    /** The next {@code n} bytes (fewer at the end), left in the stream. */
    static byte[] peek(BufferedInputStream in, int n) throws IOException {
        in.mark(n);
        byte[] b = in.readNBytes(n);
        in.reset();
        return b;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xff) != prefix[i]) return false;
        return true;
    }

    /** An article's bytes are binary when they hold a NUL, or control bytes make more than 5% of them. */
    static boolean looksBinary(byte[] b, int from, int to) {
        return controls(b, from, to, true) > (to - from) / 20;
    }

    /**
     * A stream of lines is not text at all when control bytes, NUL included, make more than 5% of its
     * head: one stray NUL only spoils its own line.
     */
    static boolean notText(byte[] head) {
        return controls(head, 0, head.length, false) > head.length / 20;
    }

    /** Control bytes other than tab, line breaks and form feed; with {@code nulIsFatal} a NUL counts as all of them. */
    private static int controls(byte[] b, int from, int to, boolean nulIsFatal) {
        int n = 0;
        for (int i = from; i < to; i++) {
            int c = b[i] & 0xff;
            if (c == 0 && nulIsFatal) return Integer.MAX_VALUE;
            if (c < 9 || (c > 13 && c < 32) || c == 0x7f) n++;
        }
        return n;
    }

    /**
     * Whether some line of the head begins as a JSON object does, after blanks: {@code {"} or
     * {@code {}} (a text line such as "{braces} ..." does not). Then the stream holds JSON lines.
     */
    static boolean holdsJsonLines(byte[] head) {
        boolean lineStart = true;
        for (int i = 0; i < head.length; i++) {
            byte b = head[i];
            if (b == '\n') {
                lineStart = true;
            } else if (lineStart && b == '{' && opensObject(head, i + 1)) {
                return true;
            } else if (!isBlank(b)) {
                lineStart = false;
            }
        }
        return false;
    }

    /** After a '{': blanks, then a quote (the first key) or '}', or the end of the head. */
    private static boolean opensObject(byte[] b, int from) {
        int i = from;
        while (i < b.length && isBlank(b[i])) i++;
        return i == b.length || b[i] == '"' || b[i] == '}';
    }

    static boolean isBlank(byte b) { return b == ' ' || b == '\t' || b == '\r' || b == '\f'; }

    /** UTF-8 bytes as text; invalid bytes become U+FFFD and {@code replaced} says so. */
    record Text(String text, boolean replaced) {}

    static Text utf8(byte[] bytes, int from, int len) {
        try {
            return new Text(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, len))
                    .toString(), false);
        } catch (CharacterCodingException e) {
            return new Text(new String(bytes, from, len, StandardCharsets.UTF_8), true);
        }
    }

    /**
     * A UTF-8 decoder for streams decoded as they are read (a parser's reader): bad bytes become U+FFFD,
     * as in {@link #utf8}, and {@link #replaced()} says whether any did.
     */
    static final class ReplacingUtf8 extends CharsetDecoder {
        private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder();
        private boolean replaced;

        ReplacingUtf8() {
            super(StandardCharsets.UTF_8, 1f, 1f);
            onMalformedInput(CodingErrorAction.REPLACE);
            onUnmappableCharacter(CodingErrorAction.REPLACE);
        }

        boolean replaced() { return replaced; }

        /** The strict decoder reports a bad byte; the replacing one around it (this) puts U+FFFD in its place. */
        @Override
        protected CoderResult decodeLoop(ByteBuffer in, CharBuffer out) {
            CoderResult r = strict.reset().decode(in, out, false);
            if (r.isError()) replaced = true;
            return r;
        }
    }

    /**
     * Blank in the Unicode sense: nothing but white space, space separators (no-break spaces, which
     * Java's {@link String#isBlank} keeps) and invisible format characters (zero-width spaces, BOMs).
     */
    static boolean isBlank(String s) {
        return s.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT);
    }

    /** Text of another charset read through a decoder and handed on as UTF-8 bytes. */
    private static final class Utf8Of extends InputStream {
        private final InputStreamReader reader;
        private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        private final CharBuffer chars = CharBuffer.allocate(1 << 13);
        // three bytes per char at most: one encode of a full char buffer always fits
        private final ByteBuffer bytes = ByteBuffer.allocate(3 * (1 << 13) + 8).flip();
        private boolean eof;

        Utf8Of(InputStream in, Charset charset) { this.reader = new InputStreamReader(in, charset); }

        @Override
        public int read() throws IOException {
            return fill() ? bytes.get() & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) return 0;
            if (!fill()) return -1;
            int n = Math.min(len, bytes.remaining());
            bytes.get(b, off, n);
            return n;
        }

        /** Encodes more chars when the bytes are used up; false at the end. */
        private boolean fill() throws IOException {
            while (!bytes.hasRemaining()) {
                if (eof && chars.position() == 0) return false;
                if (!eof && reader.read(chars) < 0) eof = true;
                chars.flip();
                bytes.clear();
                encoder.encode(chars, bytes, eof); // a high surrogate at the buffer's end waits for its pair
                bytes.flip();
                chars.compact();
                if (eof && !bytes.hasRemaining()) chars.clear(); // nothing more can come of what is left
            }
            return true;
        }

        @Override
        public void close() throws IOException { reader.close(); }
    }
}
