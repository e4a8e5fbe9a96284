package org.communique.doc;

/**
 * A resolved date expression: its span, its ISO value (YYYY-MM-DD, YYYY-MM or YYYY) and whether it
 * refers back to an earlier date ("the same day") rather than naming a new one.
 */
public record DateMention(int start, int end, String text, String value, boolean anaphoric) {
    public boolean isDay() { return value.length() == 10; }
}
