package org.communique.read;

/** How an input's bytes are read ({@code extract --format}). */
public enum InputFormat {
    /** By the file name (.jsonl and .ndjson: JSON lines; .txt: text), else by what the input holds. */
    AUTO,
    /** One article per line, whatever the name. */
    JSONL,
    /** The whole input is one article (a page or a bare text), whatever the name. */
    TEXT
}
