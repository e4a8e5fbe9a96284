package org.communique.entities;

import java.util.List;
import java.util.Set;
import org.communique.doc.Tok;

/** Small predicates over token runs shared by the finders. */
final class Tokens {
    private Tokens() {}

    /** Words that may join the capitalised parts of a name ("Committee for Cultural Relations with ..."). */
    static final Set<String> CONNECTORS = Set.of("of", "for", "on", "with", "and", "&", "in", "at", "to");

    /** Compass words: alone no place ("visit to the South"), paired they share a place's name ("North and South Hwanghae"). */
    static final Set<String> COMPASS = Set.of("North", "South", "East", "West");

    static final Set<String> POSSESSIVE = Set.of("'s", "'", "\u2019s", "\u2019");

    /** Month and weekday names: they follow names ("Friendship Tower on July 26") but are never part of one. */
    static final Set<String> CALENDAR = Set.of("January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December", "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.",
            "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    /** A token that can be part of a name: capitalised or an acronym, and no month or weekday. */
    static boolean namePart(Tok t) {
        if (t.word().isEmpty() || CALENDAR.contains(t.word())) return false;
        return Character.isUpperCase(t.word().charAt(0));
    }

    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile("\\d+(st|nd|rd|th)");

    /** An ordinal inside a name ("Orchestra of the 21st Century"): only when a capitalised word follows. */
    static boolean ordinalInName(List<Tok> toks, int k, int to) {
        return ORDINAL.matcher(toks.get(k).word()).matches() && k + 1 < to && namePart(toks.get(k + 1));
    }

    /** Lower-case particles inside names of other languages (Arabic al, Spanish de, Dutch van), never English words. */
    private static final Set<String> PARTICLES = Set.of("al", "el", "bin", "ibn", "de", "del", "della", "di", "da", "dos", "das",
            "du", "van", "von", "der", "den", "y", "para", "la");

    /** A particle between two name words ("Al Ahd al Watani Party"), which belongs to the name. */
    static boolean particleInName(List<Tok> toks, int k, int from, int to) {
        return PARTICLES.contains(toks.get(k).word()) && k - 1 >= from && namePart(toks.get(k - 1)) && k + 1 < to
                && namePart(toks.get(k + 1));
    }

    /** "Mt", "Mt." or "Mount", which begin a mountain's name. */
    static boolean mount(Tok t) {
        return t.is("Mt.") || t.is("Mt") || t.is("Mount");
    }

    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{1,2}");

    /**
     * A month and day inside a name ("March 26 Movement", "April 25 House of Culture"): the month or the
     * day of such a pair when a capitalised word that is no calendar word follows it.
     */
    static boolean dateInName(List<Tok> toks, int k, int to) {
        if (k > 0 && DAY.matcher(toks.get(k).word()).matches() && CALENDAR.contains(toks.get(k - 1).word())) k--;
        // namePart refuses calendar words: "March 26 April" is no name
        return k + 2 < to && CALENDAR.contains(toks.get(k).word()) && DAY.matcher(toks.get(k + 1).word()).matches()
                && namePart(toks.get(k + 2));
    }

    static String text(String s, List<Tok> toks, int from, int to) {
        return s.substring(toks.get(from).begin(), toks.get(to - 1).end());
    }
}
