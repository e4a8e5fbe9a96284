package org.communique.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * What a batch is over, found without reading the articles: for each path named, the files the
 * reader will read (walked exactly as it walks them), each with its size and modification time.
 * That is the inputs' identity a resumed run must match; it also estimates the number of articles
 * for the progress line.
 */
public final class InputListing {
    /**
     * One input: a file with its size and modification time, or a stream ({@code size} -1, read
     * anew on every run) or a place the walk cannot enter ({@code size} -1, {@code modified} its error kind).
     */
    public record Item(String path, long size, String modified) {
        public String describe() {
            return size < 0 ? path + " (" + modified + ")" : path + " (" + size + " bytes, modified " + modified + ")";
        }
    }

    private final List<String> paths;
    private final DirectoryWalk walk;

    /** @param excluded the batch's output files, left out of walked directories as the reader leaves them out */
    public InputListing(List<String> paths, List<Path> excluded) {
        this.paths = List.copyOf(paths);
        this.walk = new DirectoryWalk(excluded);
    }

    /** The inputs in reading order. */
    public List<Item> items() {
        List<Item> items = new ArrayList<>();
        for (String p : paths) {
            if (p.equals("-")) {
                items.add(new Item("-", -1, "standard input"));
                continue;
            }
            for (Path f : files(Path.of(p), items)) items.add(item(f));
        }
        return items;
    }

    /** The files to read for one named path; walk failures go straight to {@code failures}. */
    private List<Path> files(Path p, List<Item> failures) {
        if (!Files.isDirectory(p)) return List.of(p);
        List<Path> files = new ArrayList<>();
        for (DirectoryWalk.Entry e : walk.entries(p)) {
            if (e instanceof DirectoryWalk.Readable) files.add(e.path());
            if (e instanceof DirectoryWalk.Failure f) failures.add(new Item(absolute(e.path()), -1, f.failed().kind()));
        }
        return files;
    }

    private static Item item(Path f) {
        try {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            if (!a.isRegularFile()) return new Item(absolute(f), -1, "stream");
            return new Item(absolute(f), a.size(), a.lastModifiedTime().toString());
        } catch (IOException e) {
            return new Item(absolute(f), -1, "unreadable");
        }
    }

    private static String absolute(Path p) { return p.toAbsolutePath().normalize().toString(); }

    /**
     * About how many articles the inputs hold (a JSON lines file counts its lines, a .json array its
     * elements), or -1 when a stream makes it unknowable in advance.
     */
    public long countArticles(InputFormat format) {
        long n = 0;
        for (String p : paths) {
            if (p.equals("-")) return -1;
            List<Item> failures = new ArrayList<>();
            for (Path f : files(Path.of(p), failures)) {
                long k = articles(f, format);
                if (k < 0) return -1;
                n += k;
            }
            n += failures.size();
        }
        return n;
    }

    private static long articles(Path f, InputFormat format) {
        if (!Files.isRegularFile(f)) return Files.exists(f) ? -1 : 1;
        try (BufferedInputStream in = Decoding.open(Files.newInputStream(f))) {
            byte[] head = Decoding.peek(in, Decoding.HEAD);
            FileKind kind = InputReader.readAs(format, InputNames.kind(f), head);
            if (kind == FileKind.JSON) return JsonFileArticles.count(in);
            return kind == FileKind.JSON_LINES ? lines(in) : 1;
        } catch (IOException e) {
            return 1; // its error record
        }
    }

    private static long lines(InputStream in) throws IOException {
        long lines = 0;
        int last = '\n';
        byte[] buf = new byte[1 << 16];
        for (int r; (r = in.read(buf)) > 0; ) {
            for (int i = 0; i < r; i++) if (buf[i] == '\n') lines++;
            last = buf[r - 1];
        }
        return last == '\n' ? lines : lines + 1;
    }
}
