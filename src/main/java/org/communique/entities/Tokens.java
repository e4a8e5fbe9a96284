package org.communique.entities;

import java.util.List;
import java.util.Set;
import org.communique.doc.Tok;

/** Small predicates over token runs shared by the finders. */
final class Tokens {
    private Tokens() {}

    /** Words that may join the capitalised parts of a name ("Committee for Cultural Relations with ..."). */
    static final Set<String> CONNECTORS = Set.of("of", "for", "on", "with", "and", "&", "in", "at", "to");

    static final Set<String> POSSESSIVE = Set.of("'s", "'", "\u2019s", "\u2019");

    /** A token that can be part of a name: capitalised, an acronym, or an ordinal/number ("21st"). */
    static boolean namePart(Tok t) {
        if (t.word().isEmpty()) return false;
        char c = t.word().charAt(0);
        return Character.isUpperCase(c) || (Character.isDigit(c) && t.word().matches("\\d+(st|nd|rd|th)?"));
    }

    static String text(String s, List<Tok> toks, int from, int to) {
        return s.substring(toks.get(from).begin(), toks.get(to - 1).end());
    }
}
