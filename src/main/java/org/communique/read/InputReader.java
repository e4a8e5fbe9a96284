package org.communique.read;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.function.Supplier;
import com.google.common.collect.Iterators;
import org.communique.api.Article;

/**
 * Reads the inputs of a batch, lazily and in a fixed order: files and directories (walked
 * recursively, sorted by path, symlinks followed with loop detection) and {@code -} for standard
 * input. {@code .jsonl} files give one article per line, {@code .json} files one article object or an
 * array of them; {@code .txt} files are pages or bare articles, {@code .html} files web pages. Files of
 * other kinds are skipped, with a note, in a directory, and get a record of kind {@code unsupported}
 * when named. Every input article comes out as {@link Input.Ok} or {@link Input.Failed}: nothing is
 * dropped without a record.
 *
 * <p>Bad input, and what it becomes ({@link Input.Failed#kind()}):
 * <ul>
 *   <li>{@code empty}: an empty file, a .jsonl file without a JSON line, a JSON line with blank text;
 *   <li>{@code binary}: NUL or many control bytes (a .jsonl file that starts so gives one record, not
 *       one per "line");
 *   <li>{@code malformed}: a JSON line that is not a JSON object (the lines around it are read), a .json file
 *       that is not valid JSON or holds neither an object nor an array of objects;
 *   <li>{@code unsupported}: a file named on the command line whose extension is of no kind that is read;
 *   <li>{@code no_text}: a JSON object without text, story_text, body or content;
 *   <li>{@code too_large}: an article of more than {@code maxArticleChars} characters; it is refused,
 *       not extracted, and its bytes are not held in memory beyond a bound;
 *   <li>{@code unreadable}: a file the system refuses to read (permission, I/O error), a broken
 *       symbolic link, or a FIFO, socket or device met while walking a directory (reading it could
 *       block forever; a FIFO named on the command line, such as {@code <(zcat x.gz)}, is read);
 *   <li>{@code loop}: a directory symbolic link that leads back to a directory above it;
 *   <li>{@code vanished}: a file listed while walking a directory that was gone when its turn came;
 *       {@code missing}: a named path that does not exist.
 * </ul>
 * Invalid UTF-8 is not refused: it is decoded with U+FFFD replacement characters and the record
 * carries a warning ("invalid UTF-8 ..."), so that one stray byte does not lose an article.
 */
public final class InputReader implements Iterable<Input> {
    private static final int SNIFF = 8192;

    /** Characters of one article above which the article is refused. */
    private final long maxArticleChars;
    private final List<String> paths;
    private final Supplier<InputStream> stdin;
    private final List<Path> excluded;
    private final PageParser pages = new PageParser();
    private final HtmlPageParser html = new HtmlPageParser();
    private final java.util.concurrent.atomic.AtomicLong skippedFiles = new java.util.concurrent.atomic.AtomicLong();
    private final List<String> notes = Collections.synchronizedList(new ArrayList<>());

    public InputReader(List<String> paths, long maxArticleChars, Supplier<InputStream> stdin) {
        this(paths, maxArticleChars, stdin, List.of());
    }

    /**
     * @param excluded files never read as input even when a walked directory holds them (the output
     *                 file of the batch)
     */
    public InputReader(List<String> paths, long maxArticleChars, Supplier<InputStream> stdin, List<Path> excluded) {
        if (maxArticleChars < 1) throw new IllegalArgumentException("maxArticleChars must be positive");
        this.paths = List.copyOf(paths);
        this.maxArticleChars = maxArticleChars;
        this.stdin = stdin;
        this.excluded = List.copyOf(excluded);
    }

    /** Notes about files skipped on purpose while walking directories (unknown extensions, the output). */
    public List<String> notes() { return notes; }

    /** Files met while walking directories and skipped because they are of a kind that is not read. */
    public long skippedFiles() { return skippedFiles.get(); }

    /** Bytes of a .txt file (or one JSON line) above which it cannot hold an article within the limit. */
    private long maxTextBytes() { return saturatedMul(maxArticleChars, 4); }

    /** A JSON line may escape each character as six bytes ({@code \u00e9}), plus its other fields. */
    private long maxLineBytes() { return saturatedMul(maxArticleChars, 6) + (1 << 16); }

    private static long saturatedMul(long a, long b) {
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }

    @Override
    public Iterator<Input> iterator() {
        return Iterators.concat(Iterators.transform(paths.iterator(), this::open));
    }

    private Iterator<Input> open(String path) {
        if (path.equals("-")) return readStream("stdin", stdin.get());
        Path p = Path.of(path);
        if (Files.isDirectory(p)) return walk(p);
        return readFile(p, true);
    }

    /**
     * The files below a directory in path order, each read only when the batch reaches it. Entries
     * the walk could not enter (loops, unreadable directories) take their place in that order.
     */
    private Iterator<Input> walk(Path dir) {
        Map<Path, Input> entries = new TreeMap<>(); // value null: a file to read when its turn comes
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                            if (isExcluded(f)) {
                                notes.add("skipped " + f + ": it is the output file");
                            } else {
                                entries.put(f, null);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path f, IOException e) {
                            entries.put(f, walkFailure(f, e));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            entries.put(dir, new Input.Failed(dir.toString(), "unreadable", "cannot walk " + dir + ": " + e));
        }
        return Iterators.concat(Iterators.transform(entries.entrySet().iterator(),
                en -> en.getValue() != null ? one(en.getValue()) : readFile(en.getKey(), false)));
    }

    private static Input walkFailure(Path f, IOException e) {
        if (e instanceof FileSystemLoopException) {
            return new Input.Failed(f.toString(), "loop",
                    "directory symlink loop: " + f + " leads back to a directory above it; not followed");
        }
        if (isSymlinkLoop(e)) {
            return new Input.Failed(f.toString(), "loop", "symbolic link loop: " + f + " never reaches a file");
        }
        if (e instanceof AccessDeniedException) {
            return new Input.Failed(f.toString(), "unreadable", "permission denied: cannot enter " + f);
        }
        return new Input.Failed(f.toString(), "unreadable", "cannot read " + f + ": " + describe(e));
    }

    private static boolean isSymlinkLoop(IOException e) {
        return e instanceof FileSystemException fse && fse.getReason() != null
                && fse.getReason().toLowerCase(Locale.ROOT).contains("symbolic links");
    }

    private boolean isExcluded(Path f) {
        for (Path x : excluded) {
            try {
                if (f.toAbsolutePath().normalize().equals(x.toAbsolutePath().normalize())
                        || (Files.exists(x) && Files.isSameFile(f, x))) {
                    return true;
                }
            } catch (IOException e) {
                // not comparable: not the same file as far as we can tell
            }
        }
        return false;
    }

    private static String baseName(Path p) {
        String n = p.getFileName() == null ? p.toString() : p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot <= 0 ? n : n.substring(0, dot);
    }

    /** @param named true when the path was given by the user (read whatever its extension or type) */
    private Iterator<Input> readFile(Path p, boolean named) {
        FileKind kind = FileKind.of(p, named);
        boolean jsonl = kind == FileKind.JSON_LINES;
        if (!named && kind == FileKind.OTHER) {
            skippedFiles.incrementAndGet();
            notes.add("skipped " + p + ": not a kind of file that is read (" + FileKind.READ + ")");
            return Collections.emptyIterator();
        }
        String id = baseName(p);
        try {
            BasicFileAttributes attrs;
            try {
                attrs = Files.readAttributes(p, BasicFileAttributes.class);
            } catch (NoSuchFileException e) {
                if (Files.isSymbolicLink(p)) {
                    return one(new Input.Failed(id, "unreadable", "broken symbolic link: " + p + " -> "
                            + linkTarget(p)));
                }
                return one(new Input.Failed(id, named ? "missing" : "vanished", named
                        ? "file not found: " + p
                        : "file disappeared during the run, before it could be read: " + p));
            }
            if (!attrs.isRegularFile()) {
                if (attrs.isDirectory()) return walk(p);
                if (!named) {
                    return one(new Input.Failed(id, "unreadable", "not a regular file (a FIFO, socket or device), "
                            + "not read because reading it could block the batch: " + p
                            + "; name it on the command line to read it as a stream"));
                }
                // a FIFO or device named by the user, e.g. <(zcat corpus.jsonl.gz): read as a stream
                // (FileInputStream: the channel stream of Files.newInputStream fails on pipes with "Illegal seek")
                InputStream in = new java.io.FileInputStream(p.toFile());
                return jsonl ? jsonLines(p.toString(), id, in) : readStream(p.toString(), in);
            }
            if (kind == FileKind.OTHER) {
                return one(new Input.Failed(id, "unsupported", "not a kind of file that is read: " + p + " (read are "
                        + FileKind.READ + ")"));
            }
            InputStream in = Files.newInputStream(p);
            if (jsonl) return jsonLines(p.toString(), id, in);
            if (kind == FileKind.JSON) {
                return JsonFileArticles.read(in, id, p.getFileName().toString(), p.toString(), maxArticleChars);
            }
            try (in) {
                return one(kind == FileKind.HTML ? htmlArticle(id, in, p.toString()) : textArticle(id, in, p.toString()));
            }
        } catch (NoSuchFileException e) {
            return one(new Input.Failed(id, named ? "missing" : "vanished",
                    "file disappeared during the run, before it could be read: " + p));
        } catch (AccessDeniedException e) {
            return one(new Input.Failed(id, "unreadable", "permission denied: cannot read " + p));
        } catch (IOException e) {
            if (isSymlinkLoop(e)) return one(new Input.Failed(id, "loop", "symbolic link loop: " + p + " never reaches a file"));
            return one(new Input.Failed(id, "unreadable", "cannot read " + p + ": " + describe(e)));
        }
    }

    private static String linkTarget(Path p) {
        try {
            return Files.readSymbolicLink(p).toString();
        } catch (IOException e) {
            return "?";
        }
    }

    private static String describe(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) return fse.getReason();
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    private static Iterator<Input> one(Input i) { return List.of(i).iterator(); }

    /** Reads at most {@code limit + 1} bytes: more than {@code limit} means the input is too large. */
    private static byte[] readUpTo(InputStream in, long limit) throws IOException {
        int cap = (int) Math.min(limit + 1, Integer.MAX_VALUE - 16);
        return in.readNBytes(cap);
    }

    private Input textArticle(String id, InputStream in, String where) throws IOException {
        byte[] bytes = readUpTo(in, maxTextBytes());
        if (bytes.length > maxTextBytes()) {
            return new Input.Failed(id, "too_large", "file of more than " + maxTextBytes() + " bytes cannot hold an "
                    + "article within the limit of " + maxArticleChars + " characters (--max-chars); refused: " + where);
        }
        return textArticle(id, bytes, where);
    }

    private Input textArticle(String id, byte[] bytes, String where) {
        if (bytes.length == 0) return new Input.Failed(id, "empty", "empty file: " + where);
        if (looksBinary(bytes)) {
            return new Input.Failed(id, "binary", "binary content (NUL or control bytes), not text: " + where);
        }
        List<String> warnings = new ArrayList<>();
        String text = decode(bytes, warnings, where);
        if (text.isBlank()) return new Input.Failed(id, "empty", "no text in " + where);
        if (text.length() > maxArticleChars) {
            return new Input.Failed(id, "too_large", "article of " + text.length() + " characters exceeds the limit of "
                    + maxArticleChars + " (--max-chars); refused: " + where);
        }
        return pageInput(id, pages.parse(id, text), warnings, where);
    }

    private Input htmlArticle(String id, InputStream in, String where) throws IOException {
        byte[] bytes = readUpTo(in, maxTextBytes());
        if (bytes.length > maxTextBytes()) {
            return new Input.Failed(id, "too_large", "file of more than " + maxTextBytes() + " bytes; refused: " + where);
        }
        if (bytes.length == 0) return new Input.Failed(id, "empty", "empty file: " + where);
        if (looksBinary(bytes)) {
            return new Input.Failed(id, "binary", "binary content (NUL or control bytes), not HTML: " + where);
        }
        return pageInput(id, html.parse(id, bytes), List.of(), where);
    }

    private Input pageInput(String id, PageParser.Page page, List<String> warnings, String where) {
        if (page.article().text().isBlank()) {
            return new Input.Failed(id, "empty", "the page holds no article text: " + where);
        }
        if (page.article().text().length() > maxArticleChars) {
            return new Input.Failed(id, "too_large", "article of " + page.article().text().length()
                    + " characters exceeds the limit of " + maxArticleChars + " (--max-chars); refused: " + where);
        }
        List<String> w = new ArrayList<>(warnings);
        w.addAll(page.warnings());
        return new Input.Ok(page.article(), page.related(), w);
    }

    /** Standard input or a named pipe: JSON lines if it starts with '{', else one text article. */
    private Iterator<Input> readStream(String name, InputStream raw) {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        String id = name.equals("stdin") ? name : baseName(Path.of(name));
        try {
            in.mark(SNIFF + 1);
            byte[] head = in.readNBytes(SNIFF);
            in.reset();
            int c = -1;
            for (byte b : head) {
                if (b != ' ' && b != '\n' && b != '\r' && b != '\t') { c = b & 0xff; break; }
            }
            if (c == -1 && head.length < SNIFF) {
                in.close();
                return one(new Input.Failed(id, "empty", (name.equals("stdin") ? "standard input" : name) + " is empty"));
            }
            if (c == '{') return jsonLines(name, id, in);
            try (in) {
                return one(textArticle(id, in, name));
            }
        } catch (IOException e) {
            return one(new Input.Failed(id, "unreadable", "cannot read " + name + ": " + describe(e)));
        }
    }

    /**
     * One article per non-blank line, read as bytes so that a huge line is refused without being
     * held in memory and invalid UTF-8 is found exactly.
     */
    private Iterator<Input> jsonLines(String where, String fileId, InputStream raw) throws IOException {
        BufferedInputStream in = raw instanceof BufferedInputStream b ? b : new BufferedInputStream(raw, 1 << 16);
        String file = Path.of(where).getFileName() == null ? where : Path.of(where).getFileName().toString();
        in.mark(SNIFF + 1);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        if (head.length > 0 && looksBinary(head)) {
            in.close();
            return one(new Input.Failed(fileId, "binary", "binary content (NUL or control bytes), not JSON lines: "
                    + where));
        }
        long maxLine = maxLineBytes();
        return new Iterator<>() {
            private final ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 12);
            private Input next;
            private int line;
            private boolean done;
            private boolean any;

            @Override
            public boolean hasNext() {
                if (next != null) return true;
                if (done) return false;
                try {
                    while (true) {
                        long size = readLine();
                        if (size < 0) break;
                        line++;
                        String lineId = file + "#" + line;
                        if (size > maxLine) {
                            any = true;
                            next = new Input.Failed(lineId, "too_large", "line " + line + " of " + where + " has more than "
                                    + maxLine + " bytes, more than an article within the limit of " + maxArticleChars
                                    + " characters (--max-chars) can take; refused");
                            return true;
                        }
                        byte[] bytes = buf.toByteArray();
                        int len = bytes.length;
                        if (len > 0 && bytes[len - 1] == '\r') len--;
                        int from = line == 1 && len >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
                        if (isBlank(bytes, from, len)) continue;
                        any = true;
                        next = lineInput(bytes, from, len, lineId, where);
                        return true;
                    }
                    done = true;
                    in.close();
                    if (!any) {
                        next = new Input.Failed(fileId, "empty", "no JSON lines in " + where);
                        return true;
                    }
                    return false;
                } catch (IOException e) {
                    done = true;
                    try {
                        in.close();
                    } catch (IOException ignored) {
                        // already failing
                    }
                    next = new Input.Failed(file + "#" + (line + 1), "unreadable",
                            "reading " + where + " failed after line " + line + ": " + describe(e));
                    return true;
                }
            }

            /** Reads the next line into buf (bytes beyond maxLine are counted, not kept); -1 at the end. */
            private long readLine() throws IOException {
                buf.reset();
                long size = 0;
                int b;
                boolean seen = false;
                while ((b = in.read()) != -1) {
                    seen = true;
                    if (b == '\n') return size;
                    size++;
                    if (size <= maxLine) buf.write(b);
                }
                return seen ? size : -1;
            }

            @Override
            public Input next() {
                if (!hasNext()) throw new NoSuchElementException();
                Input i = next;
                next = null;
                return i;
            }
        };
    }

    private static boolean isBlank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r' && b[i] != '\f') return false;
        }
        return true;
    }

    private Input lineInput(byte[] bytes, int from, int to, String lineId, String where) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == 0) return new Input.Failed(lineId, "binary", "NUL bytes in JSON line " + lineId);
        }
        String warning = null;
        String l;
        try {
            l = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, from, to - from))
                    .toString();
        } catch (CharacterCodingException e) {
            l = new String(bytes, from, to - from, StandardCharsets.UTF_8);
            warning = "invalid UTF-8 in " + where + " line " + lineId.substring(lineId.lastIndexOf('#') + 1)
                    + ": bad bytes were replaced by U+FFFD";
        }
        Input in = JsonArticles.parse(l, lineId);
        if (in instanceof Input.Ok ok) {
            Article a = ok.article();
            if (a.text().length() > maxArticleChars) {
                return new Input.Failed(a.id(), "too_large", "article of " + a.text().length()
                        + " characters exceeds the limit of " + maxArticleChars + " (--max-chars); refused ("
                        + lineId + ")");
            }
            if (warning != null) {
                List<String> w = new ArrayList<>(ok.warnings());
                w.add(warning);
                return new Input.Ok(a, ok.related(), w);
            }
        }
        return in;
    }

    static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) return true;
            if (c < 9 || (c > 13 && c < 32)) control++;
        }
        return control > n / 20;
    }

    private static String decode(byte[] bytes, List<String> warnings, String where) {
        String s;
        try {
            CharBuffer cb = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            s = cb.toString();
        } catch (CharacterCodingException e) {
            warnings.add("invalid UTF-8 in " + where + ": bad bytes were replaced by U+FFFD");
            s = new String(bytes, StandardCharsets.UTF_8);
        }
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

}
