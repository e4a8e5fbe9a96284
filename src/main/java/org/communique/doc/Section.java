package org.communique.doc;

/** A part of the analysed text: the headline or the body, with its place in the analysed text. */
public record Section(String name, int start, int end) {
    public boolean contains(int offset) { return offset >= start && offset < end; }
}
