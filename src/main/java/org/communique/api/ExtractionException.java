package org.communique.api;

/** An article could not be extracted; {@link #kind()} says why in one word. */
public class ExtractionException extends RuntimeException {
    private final String kind;

    public ExtractionException(String kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ExtractionException(String kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public String kind() { return kind; }
}
