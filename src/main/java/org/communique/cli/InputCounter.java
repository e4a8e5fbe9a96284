package org.communique.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Counts input articles ahead of a run, cheaply, for the progress line's ETA. */
final class InputCounter {
    private InputCounter() {}

    static long count(List<String> paths) {
        long n = 0;
        for (String p : paths) {
            if (p.equals("-")) return -1;
            Path path = Path.of(p);
            try (Stream<Path> s = Files.isDirectory(path) ? Files.walk(path) : Stream.of(path)) {
                for (Path f : (Iterable<Path>) s.filter(Files::isRegularFile)::iterator) n += articles(f);
            } catch (IOException | java.io.UncheckedIOException e) {
                return -1;
            }
        }
        return n;
    }

    private static long articles(Path f) throws IOException {
        String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".jsonl") && !name.endsWith(".ndjson")) return 1;
        long lines = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(f)) {
            for (int r; (r = in.read(buf)) > 0; ) {
                for (int i = 0; i < r; i++) if (buf[i] == '\n') lines++;
            }
        }
        return lines;
    }
}
