package org.communique.read;

import java.nio.file.Path;
import java.util.Locale;

/** What a file name says: whether a directory walk reads the file, in which format, and the id it gives. */
final class InputNames {
    private InputNames() {}

    /** Read when met in a directory: .txt, .jsonl and .ndjson files, each also gzipped (.gz). */
    static boolean isInput(Path p) {
        return !format(name(p)).equals(InputFormat.AUTO);
    }

    /** The format the name gives, or AUTO when it gives none. */
    static InputFormat format(Path p) {
        return format(name(p));
    }

    private static InputFormat format(String name) {
        String ext = extension(withoutGz(name));
        if (ext.equals("jsonl") || ext.equals("ndjson")) return InputFormat.JSONL;
        if (ext.equals("txt")) return InputFormat.TEXT;
        return InputFormat.AUTO;
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
