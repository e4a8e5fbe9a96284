package org.communique.read;

/** The kinds of file the reader tells apart by the extension of their name (gzipped or not). */
enum FileKind {
    /** .txt: a saved page or a bare article */
    TEXT,
    /** .jsonl, .ndjson: one article object per line */
    JSON_LINES,
    /** .json: one article object, or an array of them */
    JSON,
    /** .html, .htm: a web page */
    HTML,
    /** no extension: a file met in a directory is not read; one named (a FIFO, say) is read by what it holds */
    NO_EXTENSION,
    /** any other extension: skipped in a directory, {@code unsupported} when named */
    OTHER;

    /** What a directory walk reads, for messages. */
    static final String READ = ".txt, .jsonl (.ndjson), .json and .html (.htm) files, each also gzipped (.gz)";

    /** @param extension lower case, without the dot; empty for none */
    static FileKind of(String extension) {
        return switch (extension) {
            case "txt" -> TEXT;
            case "jsonl", "ndjson" -> JSON_LINES;
            case "json" -> JSON;
            case "html", "htm" -> HTML;
            case "" -> NO_EXTENSION;
            default -> OTHER;
        };
    }

    /** Whether a directory walk reads files of this kind. */
    boolean read() { return this != NO_EXTENSION && this != OTHER; }

    /** The format of a kind read line by line or whole (AUTO for the others, which have their own readers). */
    InputFormat format() {
        return this == JSON_LINES ? InputFormat.JSONL : this == TEXT ? InputFormat.TEXT : InputFormat.AUTO;
    }
}
