package org.communique.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The record written for an article that could not be extracted; the batch goes on. */
@JsonPropertyOrder({"id", "error"})
public record ErrorRecord(String id, Failure error) implements OutputRecord {
    /**
     * @param kind    short machine-readable cause: empty, binary, malformed, no_text, unreadable,
     *                missing, too_large, timeout, vanished, loop, internal
     * @param message what happened, for a person
     */
    public record Failure(String kind, String message) {}

    public static ErrorRecord of(String id, String kind, String message) {
        return new ErrorRecord(id, new Failure(kind, message));
    }
}
