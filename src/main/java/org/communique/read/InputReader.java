package org.communique.read;

import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import com.google.common.collect.Iterators;

/**
 * Reads the inputs of a batch, lazily and in a fixed order: files and directories (walked
 * recursively, sorted by path, symlinks followed with loop detection) and {@code -} for standard
 * input. JSON lines give one article per line; a text (a page or a bare article) is one article.
 * The format comes from {@link InputFormat} when it is forced, else from the name (.jsonl, .ndjson,
 * .txt), else from what the input holds: JSON lines when one of the lines of its first 64 KiB
 * begins like a JSON object ({@code {"}), so a BOM, a comment or a malformed first line do not turn
 * a stream of articles into one text. Gzip (told by its magic bytes) is read through; UTF-16 with a byte order mark is
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
 *       trailing garbage on the line included); the lines around it are read;
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

    /** Characters of one article above which the article is refused. */
    private final long maxArticleChars;
    private final List<String> paths;
    private final InputFormat format;
    private final Supplier<InputStream> stdin;
    private final DirectoryWalk walk;
    private final PageParser pages = new PageParser();
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
    }

    /** Notes about files skipped on purpose while walking directories (unknown extensions, the output). */
    public List<String> notes() { return notes; }

    /** Bytes of a text above which it cannot hold an article within the limit. */
    private long maxTextBytes() { return maxArticleChars > Long.MAX_VALUE / 4 ? Long.MAX_VALUE : maxArticleChars * 4; }

    @Override
    public Iterator<Input> iterator() {
        return Iterators.concat(Iterators.transform(paths.iterator(), this::open));
    }

    private Iterator<Input> open(String path) {
        if (path.equals("-")) {
            try {
                return read(stdin.get(), "standard input", "stdin", "stdin", InputFormat.AUTO);
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
            notes.add("skipped " + e.path() + ": " + ((DirectoryWalk.Skipped) e).why());
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
            if (!attrs.isRegularFile() && !named) {
                return one(new Input.Failed(id, "unreadable", "not a regular file (a FIFO, socket or device), "
                        + "not read because reading it could block the batch: " + p
                        + "; name it on the command line to read it as a stream"));
            }
            // a FIFO or device named by the user, e.g. <(zcat corpus.jsonl.gz), is read as a stream
            // (FileInputStream: the channel stream of Files.newInputStream fails on pipes with "Illegal seek")
            InputStream in = attrs.isRegularFile() ? Files.newInputStream(p) : new FileInputStream(p.toFile());
            return read(in, p.toString(), id, InputNames.lineIdPrefix(root, p), InputNames.format(p));
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
     * Reads one input in the format forced, named or held.
     *
     * @param byName the format the input's name gives (AUTO for none)
     */
    private Iterator<Input> read(InputStream raw, String where, String id, String linePrefix, InputFormat byName)
            throws IOException {
        BufferedInputStream in;
        try {
            in = Decoding.open(raw);
        } catch (IOException e) {
            raw.close();
            throw e;
        }
        byte[] head = Decoding.peek(in, Decoding.HEAD);
        if (formatOf(format, byName, head) == InputFormat.JSONL) {
            if (Decoding.notText(head)) {
                in.close();
                return one(new Input.Failed(id, "binary", "binary content (NUL or control bytes), not JSON lines: "
                        + where));
            }
            return new JsonLineReader(in, where, id, linePrefix, maxArticleChars);
        }
        try (in) {
            if (Decoding.looksBinary(head, 0, Math.min(head.length, SNIFF))) { // judged before reading on: /dev/zero never ends
                return one(new Input.Failed(id, "binary", "binary content (NUL or control bytes), not text: " + where));
            }
            return one(textArticle(id, in, where));
        }
    }

    /** The format an input is read in: forced, else by name, else JSON lines if a line of its head begins like an object. */
    static InputFormat formatOf(InputFormat forced, InputFormat byName, byte[] head) {
        if (forced != InputFormat.AUTO) return forced;
        if (byName != InputFormat.AUTO) return byName;
        return Decoding.holdsJsonLines(head) ? InputFormat.JSONL : InputFormat.TEXT;
    }

    private static String linkTarget(Path p) {
        try {
            return Files.readSymbolicLink(p).toString();
        } catch (IOException e) {
            return "?";
        }
    }

    private static Iterator<Input> one(Input i) { return List.of(i).iterator(); }

    private Input textArticle(String id, InputStream in, String where) throws IOException {
        long limit = maxTextBytes();
        try {
            // at most limit + 1 bytes: more than limit means the input is too large
            byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 16));
            if (bytes.length > limit) {
                return new Input.Failed(id, "too_large", "file of more than " + limit + " bytes cannot hold an "
                        + "article within the limit of " + maxArticleChars + " characters (--max-chars); refused: "
                        + where);
            }
            return textArticle(id, bytes, where);
        } catch (OutOfMemoryError e) { // the text (or its parse) did not fit beside the articles in flight
            return new Input.Failed(id, "too_large", "out of memory while reading " + where + " (at most " + limit
                    + " bytes allowed by --max-chars " + maxArticleChars + "); refused");
        }
    }

    private Input textArticle(String id, byte[] bytes, String where) {
        if (bytes.length == 0) return new Input.Failed(id, "empty", "empty file: " + where);
        List<String> warnings = new ArrayList<>();
        Decoding.Text decoded = Decoding.utf8(bytes, 0, bytes.length);
        if (decoded.replaced()) warnings.add("invalid UTF-8 in " + where + ": bad bytes were replaced by U+FFFD");
        String text = decoded.text();
        if (Decoding.isBlank(text)) return new Input.Failed(id, "empty", "no text in " + where);
        if (text.length() > maxArticleChars) {
            return new Input.Failed(id, "too_large", "article of " + text.length() + " characters exceeds the limit of "
                    + maxArticleChars + " (--max-chars); refused: " + where);
        }
        PageParser.Page page = pages.parse(id, text);
        if (Decoding.isBlank(page.article().text())) {
            return new Input.Failed(id, "empty", "the page holds no article text: " + where);
        }
        warnings.addAll(page.warnings());
        return new Input.Ok(page.article(), page.related(), warnings);
    }
}
