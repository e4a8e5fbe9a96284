package org.communique.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import com.google.common.collect.Iterators;
import org.communique.api.Article;

/**
 * Reads the inputs of a batch, lazily and in a fixed order: files and directories (walked
 * recursively, sorted by path, symlinks followed with loop detection) and {@code -} for standard
 * input. {@code .jsonl} files give one article per line; {@code .txt} files are pages or bare
 * articles. Every input article comes out as {@link Input.Ok} or {@link Input.Failed}: nothing is
 * dropped without a record. Invalid UTF-8 is decoded with replacement characters and a warning.
 */
public final class InputReader implements Iterable<Input> {
    /** Bytes of a .txt page, or chars of one article, above which the article is refused. */
    private final long maxArticleChars;
    private final List<String> paths;
    private final Supplier<InputStream> stdin;
    private final PageParser pages = new PageParser();
    private final List<String> notes = new ArrayList<>();

    public InputReader(List<String> paths, long maxArticleChars, Supplier<InputStream> stdin) {
        this.paths = List.copyOf(paths);
        this.maxArticleChars = maxArticleChars;
        this.stdin = stdin;
    }

    /** Notes about files skipped on purpose while walking directories (unknown extensions). */
    public List<String> notes() { return notes; }

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

    /** The files below a directory in path order, each read only when the batch reaches it. */
    private Iterator<Input> walk(Path dir) {
        List<Input> failures = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                            files.add(f);
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path f, IOException e) {
                            failures.add(e instanceof FileSystemLoopException
                                    ? new Input.Failed(f.toString(), "loop",
                                            "directory symlink loop: " + f + " leads back to a directory above it")
                                    : new Input.Failed(f.toString(), "unreadable", "cannot read " + f + ": " + e));
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            failures.add(new Input.Failed(dir.toString(), "unreadable", "cannot walk " + dir + ": " + e));
        }
        files.sort(null);
        return Iterators.concat(failures.iterator(),
                Iterators.concat(Iterators.transform(files.iterator(), f -> readFile(f, false))));
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String baseName(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot <= 0 ? n : n.substring(0, dot);
    }

    /** @param named true when the path was given by the user (read whatever its extension) */
    private Iterator<Input> readFile(Path p, boolean named) {
        String ext = extension(p);
        boolean jsonl = ext.equals("jsonl") || ext.equals("ndjson");
        if (!named && !jsonl && !ext.equals("txt")) {
            notes.add("skipped " + p + ": not a .txt or .jsonl file");
            return java.util.Collections.emptyIterator();
        }
        String id = baseName(p);
        try {
            if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.exists(p)) {
                return one(new Input.Failed(id, named ? "missing" : "vanished",
                        "file not found: " + p + (named ? "" : " (it disappeared during the run)")));
            }
            if (!Files.isReadable(p)) {
                return one(new Input.Failed(id, "unreadable", "permission denied: " + p));
            }
            if (jsonl) return jsonLines(p, Files.newInputStream(p));
            long size = Files.size(p);
            if (size == 0) return one(new Input.Failed(id, "empty", "empty file: " + p));
            if (size > maxArticleChars * 4) {
                return one(new Input.Failed(id, "too_large", "file of " + size + " bytes is larger than the "
                        + maxArticleChars + "-character article limit: " + p));
            }
            byte[] bytes = Files.readAllBytes(p);
            return one(textArticle(id, bytes, p.toString()));
        } catch (NoSuchFileException e) {
            return one(new Input.Failed(id, "vanished", "file disappeared before it could be read: " + p));
        } catch (AccessDeniedException e) {
            return one(new Input.Failed(id, "unreadable", "permission denied: " + p));
        } catch (IOException e) {
            return one(new Input.Failed(id, "unreadable", "cannot read " + p + ": " + e.getMessage()));
        }
    }

    private static Iterator<Input> one(Input i) { return List.of(i).iterator(); }

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
                    + maxArticleChars + " (--max-chars): " + where);
        }
        PageParser.Page page = pages.parse(id, text);
        if (page.article().text().isBlank()) {
            return new Input.Failed(id, "empty", "the page holds no article text: " + where);
        }
        warnings.addAll(page.warnings());
        return new Input.Ok(page.article(), page.related(), warnings);
    }

    private Iterator<Input> readStream(String name, InputStream in) {
        java.io.PushbackInputStream pin = new java.io.PushbackInputStream(in, 1);
        try {
            int c;
            do { c = pin.read(); } while (c == ' ' || c == '\n' || c == '\r' || c == '\t');
            if (c == -1) return one(new Input.Failed(name, "empty", "standard input is empty"));
            pin.unread(c);
            if (c == '{') return jsonLines(Path.of(name), pin);
            byte[] bytes = pin.readAllBytes();
            return one(textArticle(name, bytes, name));
        } catch (IOException e) {
            return one(new Input.Failed(name, "unreadable", "cannot read standard input: " + e.getMessage()));
        }
    }

    private Iterator<Input> jsonLines(Path p, InputStream in) {
        String file = p.getFileName().toString();
        BufferedReader r = new BufferedReader(new InputStreamReader(in,
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
        return new Iterator<>() {
            private Input next;
            private int line;
            private boolean done;
            private boolean any;

            @Override
            public boolean hasNext() {
                if (next != null) return true;
                if (done) return false;
                try {
                    String l;
                    while ((l = r.readLine()) != null) {
                        line++;
                        if (l.isBlank()) continue;
                        any = true;
                        next = lineInput(l, file + "#" + line);
                        return true;
                    }
                    done = true;
                    r.close();
                    if (!any) {
                        next = new Input.Failed(baseName(p), "empty", "no JSON lines in " + p);
                        return true;
                    }
                    return false;
                } catch (IOException e) {
                    done = true;
                    next = new Input.Failed(file + "#" + (line + 1), "unreadable",
                            "reading " + p + " failed after line " + line + ": " + e.getMessage());
                    return true;
                }
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

    private Input lineInput(String l, String fallbackId) {
        if (l.indexOf('\0') >= 0) return new Input.Failed(fallbackId, "binary", "NUL bytes in JSON line " + fallbackId);
        Input in = JsonArticles.parse(l, fallbackId);
        if (in instanceof Input.Ok ok) {
            Article a = ok.article();
            if (a.text().length() > maxArticleChars) {
                return new Input.Failed(a.id(), "too_large", "article of " + a.text().length()
                        + " characters exceeds the limit of " + maxArticleChars + " (--max-chars)");
            }
            if (l.indexOf('\uFFFD') >= 0) {
                List<String> w = new ArrayList<>(ok.warnings());
                w.add("invalid UTF-8 bytes were replaced by U+FFFD");
                return new Input.Ok(a, ok.related(), w);
            }
        }
        return in;
    }

    static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) return true;
            if (c < 9 || (c > 13 && c < 32)) control++;
        }
        return control > n / 20;
    }

    private static String decode(byte[] bytes, List<String> warnings, String where) {
        try {
            CharBuffer cb = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            String s = cb.toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            warnings.add("invalid UTF-8 in " + where + ": bad bytes were replaced by U+FFFD");
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Reads a whole stream as UTF-8, for callers outside batches. */
    public static String readAll(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
