package org.communique.read;

import java.nio.file.Path;
import java.util.Locale;

/** What a file name says: its kind (whether a directory walk reads it, and how), and the id it gives. */
final class InputNames {
    private InputNames() {}

    /** Read when met in a directory: files of the kinds read ({@link FileKind#READ}), each also gzipped. */
    static boolean isInput(Path p) {
        return kind(p).read();
    }

    /** The kind the name gives, by its extension under a .gz. */
    static FileKind kind(Path p) {
        return FileKind.of(extension(withoutGz(name(p))));
    }

    /**
     * The id of a file's article: below a walked directory its path relative to that directory (so that
     * equal names in two folders differ), else its name; without the extension (and a .gz).
     */
    static String id(Path root, Path file) {
        String stem = stem(name(file));
        Path parent = root == null ? null : root.relativize(file).getParent();
        return parent == null ? stem : parent + "/" + stem;
    }

    /** The file as JSON line ids name it ("dir/file.jsonl" of "dir/file.jsonl#3"). */
    static String lineIdPrefix(Path root, Path file) {
        return root == null ? name(file) : root.relativize(file).toString();
    }

    private static String name(Path p) {
        return p.getFileName() == null ? p.toString() : p.getFileName().toString();
    }

    private static String withoutGz(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".gz") && name.length() > 3 ? name.substring(0, name.length() - 3) : name;
    }

    private static String extension(String n) {
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static String stem(String name) {
        String n = withoutGz(name);
        int dot = n.lastIndexOf('.');
        return dot <= 0 ? n : n.substring(0, dot);
    }
}
