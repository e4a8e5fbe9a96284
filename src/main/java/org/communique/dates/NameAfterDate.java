package org.communique.dates;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communique.lexicon.Lexicon;

/**
 * Whether the words after a date make it part of a name: "the March 26 Movement", "the February 8
 * Vinalon Complex", "June 9 Street" (capitalised words ending in a body's, place's or event's head
 * word). Such a date names, it does not date (guideline), and an event must not take it.
 */
public final class NameAfterDate {
    private static final Pattern CAPITALISED = Pattern.compile("^\\s+((?:\\p{Lu}[\\p{L}'-]*\\s*){1,4})");

    private final Lexicon lex;

    public NameAfterDate(Lexicon lex) {
        this.lex = lex;
    }

    private static final Pattern OF_BEFORE = Pattern.compile("(?i)(?s).*\\bof\\s+$");

    /**
     * Whether the date at [start, end) of {@code s} is part of a name: by the capitalised words after
     * it, or "of" before it and a name after ("the National Exhibition of August 3 Consumer Goods").
     */
    public boolean test(String s, int start, int end) {
        Matcher m = CAPITALISED.matcher(s).region(end, s.length());
        if (!m.find()) return false;
        if (OF_BEFORE.matcher(s).region(Math.max(0, start - 8), start).matches()) return true;
        for (String w : m.group(1).trim().split("\\s+")) {
            String l = w.toLowerCase(Locale.ROOT);
            if (lex.orgHeads.contains(w) || lex.orgHeads.contains(l) || lex.placeHeads.containsKey(l)
                    || lex.eventNameHeads.contains(w) || lex.eventNameHeads.contains(l)) return true;
        }
        return false;
    }
}
