package org.communique.entities;

/**
 * A resolved mention: its candidate, analysed-text offsets, the words written there, and the name
 * it gives (the same words, except for "here", which names the dateline's place).
 */
record ResolvedMention(Candidate c, int begin, int end, String written, String text, boolean inTitle) {
    ResolvedMention(Candidate c, int begin, int end, String text, boolean inTitle) {
        this(c, begin, end, text, text, inTitle);
    }
}
