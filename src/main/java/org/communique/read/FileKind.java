package org.communique.read;

import java.nio.file.Path;
import java.util.Locale;

/** The kinds of file the reader reads, by extension. */
enum FileKind {
    /** .txt: a saved page or a bare article */
    TEXT,
    /** .jsonl, .ndjson: one article object per line */
    JSON_LINES,
    /** .json: one article object, or an array of them */
    JSON,
    /** .html, .htm: a web page */
    HTML,
    /** any other extension: not read */
    OTHER;

    /** @param named a file named by the user without an extension is read as text; one met in a directory is not */
    static FileKind of(Path p, boolean named) {
        String ext = extension(p);
        return switch (ext) {
            case "txt" -> TEXT;
            case "jsonl", "ndjson" -> JSON_LINES;
            case "json" -> JSON;
            case "html", "htm" -> HTML;
            case "" -> named ? TEXT : OTHER;
            default -> OTHER;
        };
    }

    static String extension(Path p) {
        String n = p.getFileName() == null ? "" : p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot <= 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** What the reader reads, for messages. */
    static final String READ = ".txt, .jsonl (.ndjson), .json, .html (.htm)";
}
