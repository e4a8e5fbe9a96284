package org.communique.read;

import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import com.google.common.collect.Iterators;

/**
 * Reads the inputs of a batch, lazily and in a fixed order: files and directories (walked
 * recursively, sorted by path, symlinks followed with loop detection) and {@code -} for standard
 * input. JSON lines give one article per line; a text (a page or a bare article) is one article;
 * a {@code .json} file one article object or an array of them ({@link JsonFileArticles}); an
 * {@code .html} or {@code .htm} file is a web page ({@link HtmlPageParser}). How an input is read
 * comes from {@link InputFormat} when it is forced, else from the name ({@link FileKind}), else from
 * what the input holds: JSON lines when one of the lines of its first 64 KiB begins like a JSON object
 * ({@code {"}), so a BOM, a comment or a malformed first line do not turn a stream of articles into one
 * text. A directory walk reads the kinds of {@link FileKind#READ} and skips other files, counting them
 * ({@link #skippedFiles()}); a file of another kind named on the command line gets a record of kind
 * {@code unsupported}. Gzip (told by its magic bytes) is read through; UTF-16 with a byte order mark is
 * decoded. Every input article comes out as {@link Input.Ok} or {@link Input.Failed}: nothing is
 * dropped without a record.
 *
 * <p>Bad input, and what it becomes ({@link Input.Failed#kind()}):
 * <ul>
 *   <li>{@code empty}: an empty file, a JSON lines input without a line, an article whose text is
 *       blank (no-break spaces and zero-width characters count as blank);
 *   <li>{@code binary}: a text holding NUL or many control bytes; a JSON line holding them (only
 *       that line); a JSON lines input that is not text at all (one record for it);
 *   <li>{@code malformed}: a JSON line that is not exactly one JSON object (a second object or
 *       trailing garbage on the line included); the lines around it are read. A .json file that is
 *       not valid JSON, holds neither an object nor an array of objects, or holds more than one value
 *       (an array's elements before the error are read);
 *   <li>{@code unsupported}: a file named on the command line whose name is of no kind that is read
 *       (unless {@code --format} forces how to read it);
 *   <li>{@code no_text}: a JSON object without text, story_text, body or content;
 *   <li>{@code too_large}: an article of more than {@code maxArticleChars} characters, or one that
 *       does not fit in memory; it is refused, not extracted, and its bytes are not held in memory
 *       beyond a bound;
 *   <li>{@code unreadable}: a file the system refuses to read (permission, I/O error, a broken gzip),
 *       a broken symbolic link, or a FIFO, socket or device met while walking a directory (reading it
 *       could block forever; a FIFO named on the command line, such as {@code <(zcat x.gz)}, is read);
 *   <li>{@code loop}: a directory symbolic link that leads back to a directory above it;
 *   <li>{@code vanished}: a file listed while walking a directory that was gone when its turn came;
 *       {@code missing}: a named path that does not exist.
 * </ul>
 * Invalid UTF-8 is not refused: it is decoded with U+FFFD replacement characters and the record
 * carries a warning ("invalid UTF-8 ..."), so that one stray byte does not lose an article.
 */
public final class InputReader implements Iterable<Input> {
    /** Bytes of a text judged binary or not. */
    private static final int SNIFF = 8192;
    /** What a directory walk reads, for messages. */
    public static final String KINDS_READ = FileKind.READ;

    /** Characters of one article above which the article is refused. */
    private final long maxArticleChars;
    private final List<String> paths;
    private final InputFormat format;
    private final Supplier<InputStream> stdin;
    private final DirectoryWalk walk;
    private final PageParser pages = new PageParser();
    private final HtmlPageParser html = new HtmlPageParser();
    private final JsonFileArticles jsonFiles;
    private final AtomicLong skippedFiles = new AtomicLong();
    private final List<String> notes = Collections.synchronizedList(new ArrayList<>());

    public InputReader(List<String> paths, long maxArticleChars, Supplier<InputStream> stdin) {
        this(paths, maxArticleChars, stdin, List.of());
    }

    public InputReader(List<String> paths, long maxArticleChars, Supplier<InputStream> stdin, List<Path> excluded) {
        this(paths, maxArticleChars, InputFormat.AUTO, stdin, excluded);
    }

    /**
     * @param format   how inputs are read (AUTO: by name, else by content)
     * @param excluded files never read as input even when a walked directory holds them (the output
     *                 files of the batch)
     */
    public InputReader(List<String> paths, long maxArticleChars, InputFormat format, Supplier<InputStream> stdin,
                       List<Path> excluded) {
        if (maxArticleChars < 1) throw new IllegalArgumentException("maxArticleChars must be positive");
        this.paths = List.copyOf(paths);
        this.maxArticleChars = maxArticleChars;
        this.format = format;
        this.stdin = stdin;
        this.walk = new DirectoryWalk(excluded);
        this.jsonFiles = new JsonFileArticles(maxArticleChars);
    }

    /** Notes about files skipped on purpose while walking directories (kinds not read, the output). */
    public List<String> notes() { return notes; }

    /** Files met while walking directories and skipped because they are of a kind that is not read. */
    public long skippedFiles() { return skippedFiles.get(); }

    /** Bytes of a text above which it cannot hold an article within the limit. */
    private long maxTextBytes() { return maxArticleChars > Long.MAX_VALUE / 4 ? Long.MAX_VALUE : maxArticleChars * 4; }

    @Override
    public Iterator<Input> iterator() {
        return Iterators.concat(Iterators.transform(paths.iterator(), this::open));
    }

    private Iterator<Input> open(String path) {
        if (path.equals("-")) {
            try {
                return read(stdin.get(), "standard input", "stdin", "stdin", FileKind.NO_EXTENSION);
            } catch (IOException e) {
                return one(new Input.Failed("stdin", "unreadable", "cannot read standard input: "
                        + DirectoryWalk.describe(e)));
            }
        }
        Path p = Path.of(path);
        if (Files.isDirectory(p)) return walk(p);
        return readFile(p, null);
    }

    /** The files below a directory in path order, each read only when the batch reaches it. */
    private Iterator<Input> walk(Path dir) {
        return Iterators.concat(Iterators.transform(walk.entries(dir).iterator(), e -> {
            if (e instanceof DirectoryWalk.Readable) return readFile(e.path(), dir);
            if (e instanceof DirectoryWalk.Failure f) return one(f.failed());
            if (e instanceof DirectoryWalk.Skipped s) {
                skippedFiles.incrementAndGet();
                notes.add("skipped " + s.path() + ": " + s.why());
            } else if (e instanceof DirectoryWalk.Excluded x) {
                notes.add("skipped " + x.path() + ": " + x.why());
            }
            return Collections.emptyIterator();
        }));
    }

    /** @param root the walked directory the file was found in, or null for a path named by the user */
    private Iterator<Input> readFile(Path p, Path root) {
        boolean named = root == null;
        String id = InputNames.id(root, p);
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
            if (attrs.isDirectory()) return walk(p);
            FileKind kind = InputNames.kind(p);
            if (kind == FileKind.OTHER && format == InputFormat.AUTO) { // only named: a walk reads only kinds read
                return one(new Input.Failed(id, "unsupported", "not a kind of file that is read: " + p + " (read are "
                        + FileKind.READ + "; with --format text or jsonl any file is read so)"));
            }
            if (!attrs.isRegularFile() && !named) {
                return one(new Input.Failed(id, "unreadable", "not a regular file (a FIFO, socket or device), "
                        + "not read because reading it could block the batch: " + p
                        + "; name it on the command line to read it as a stream"));
            }
            // a FIFO or device named by the user, e.g. <(zcat corpus.jsonl.gz), is read as a stream
            // (FileInputStream: the channel stream of Files.newInputStream fails on pipes with "Illegal seek")
            InputStream in = attrs.isRegularFile() ? Files.newInputStream(p) : new FileInputStream(p.toFile());
            return read(in, p.toString(), id, InputNames.lineIdPrefix(root, p), kind);
        } catch (NoSuchFileException e) {
            return one(new Input.Failed(id, named ? "missing" : "vanished",
                    "file disappeared during the run, before it could be read: " + p));
        } catch (AccessDeniedException e) {
            return one(new Input.Failed(id, "unreadable", "permission denied: cannot read " + p));
        } catch (IOException e) {
            if (DirectoryWalk.isSymlinkLoop(e)) {
                return one(new Input.Failed(id, "loop", "symbolic link loop: " + p + " never reaches a file"));
            }
            return one(new Input.Failed(id, "unreadable", "cannot read " + p + ": " + DirectoryWalk.describe(e)));
        }
    }

    /**
     * Reads one input as forced, named or held.
     *
     * @param byName the kind the input's name gives (NO_EXTENSION for none)
     */
    private Iterator<Input> read(InputStream raw, String where, String id, String linePrefix, FileKind byName)
            throws IOException {
        BufferedInputStream in;
        boolean bom;
        try {
            BufferedInputStream unzipped = Decoding.unzipped(raw);
            bom = Decoding.hasBom(unzipped);
            in = Decoding.utf8(unzipped);
        } catch (IOException e) {
            raw.close();
            throw e;
        }
        byte[] head = Decoding.peek(in, Decoding.HEAD);
        FileKind kind = readAs(format, byName, head);
        if (kind == FileKind.JSON_LINES || kind == FileKind.JSON) {
            if (Decoding.notText(head)) {
                in.close();
                return one(new Input.Failed(id, "binary", "binary content (NUL or control bytes), not "
                        + (kind == FileKind.JSON ? "JSON" : "JSON lines") + ": " + where));
            }
            return kind == FileKind.JSON ? jsonFiles.read(in, where, id, linePrefix)
                    : new JsonLineReader(in, where, id, linePrefix, maxArticleChars);
        }
        try (in) {
            if (Decoding.looksBinary(head, 0, Math.min(head.length, SNIFF))) { // judged before reading on: /dev/zero never ends
                return one(new Input.Failed(id, "binary", "binary content (NUL or control bytes), not "
                        + (kind == FileKind.HTML ? "HTML" : "text") + ": " + where));
            }
            // a page with a byte order mark is now UTF-8; without one its own meta charset tells
            return one(kind == FileKind.HTML
                    ? whole(id, in, where, bytes -> htmlArticle(id, bytes, bom ? StandardCharsets.UTF_8 : null, where))
                    : whole(id, in, where, bytes -> textArticle(id, bytes, where)));
        }
    }

    /**
     * How an input is read: as {@code --format} forces (whatever its name), else by the kind its name
     * gives (OTHER: not at all), else as JSON lines when a line of its head begins like an object, else
     * as one text.
     */
    static FileKind readAs(InputFormat forced, FileKind byName, byte[] head) {
        InputFormat f = forced != InputFormat.AUTO ? forced : byName.format();
        if (f == InputFormat.AUTO && byName != FileKind.NO_EXTENSION) return byName;
        if (f == InputFormat.AUTO) f = Decoding.holdsJsonLines(head) ? InputFormat.JSONL : InputFormat.TEXT;
        return f == InputFormat.JSONL ? FileKind.JSON_LINES : FileKind.TEXT;
    }

    private static String linkTarget(Path p) {
        try {
            return Files.readSymbolicLink(p).toString();
        } catch (IOException e) {
            return "?";
        }
    }

    private static Iterator<Input> one(Input i) { return List.of(i).iterator(); }

    /** The input's bytes, at most as many as an article within the limit can take, made into its record. */
    private Input whole(String id, InputStream in, String where, Function<byte[], Input> record) throws IOException {
        long limit = maxTextBytes();
        try {
            // at most limit + 1 bytes: more than limit means the input is too large
            byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 16));
            if (bytes.length > limit) {
                return new Input.Failed(id, "too_large", "file of more than " + limit + " bytes cannot hold an "
                        + "article within the limit of " + maxArticleChars + " characters (--max-chars); refused: "
                        + where);
            }
            if (bytes.length == 0) return new Input.Failed(id, "empty", "empty file: " + where);
            return record.apply(bytes);
        } catch (OutOfMemoryError e) { // the text (or its parse) did not fit beside the articles in flight
            return new Input.Failed(id, "too_large", "out of memory while reading " + where + " (at most " + limit
                    + " bytes allowed by --max-chars " + maxArticleChars + "); refused");
        } catch (RuntimeException | StackOverflowError e) { // a page the parsers fail on costs its record, not the batch
            return new Input.Failed(id, "internal", "reading the page " + where + " failed: " + e);
        }
    }

    private Input textArticle(String id, byte[] bytes, String where) {
        List<String> warnings = new ArrayList<>();
        Decoding.Text decoded = Decoding.utf8(bytes, 0, bytes.length);
        if (decoded.replaced()) warnings.add("invalid UTF-8 in " + where + ": bad bytes were replaced by U+FFFD");
        String text = decoded.text();
        if (Decoding.isBlank(text)) return new Input.Failed(id, "empty", "no text in " + where);
        if (text.length() > maxArticleChars) {
            return Input.Failed.tooLong(id, text.length(), maxArticleChars, where);
        }
        return pageInput(id, pages.parse(id, text), warnings, where);
    }

    /** @param charset the page's charset when a byte order mark fixed it, else null (its meta charset tells) */
    private Input htmlArticle(String id, byte[] bytes, Charset charset, String where) {
        return pageInput(id, html.parse(id, bytes, charset), List.of(), where);
    }

    private Input pageInput(String id, PageParser.Page page, List<String> warnings, String where) {
        if (Decoding.isBlank(page.article().text())) {
            return new Input.Failed(id, "empty", "the page holds no article text: " + where);
        }
        if (page.article().text().length() > maxArticleChars) { // an HTML page's text may pass it within the byte bound
            return Input.Failed.tooLong(id, page.article().text().length(), maxArticleChars, where);
        }
        List<String> w = new ArrayList<>(warnings);
        w.addAll(page.warnings());
        return new Input.Ok(page.article(), page.related(), w);
    }
}
