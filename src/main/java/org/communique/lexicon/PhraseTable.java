package org.communique.lexicon;

import com.google.common.collect.ImmutableListMultimap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Multi-word phrases looked up by longest match directly in the text, so that a phrase such as
 * "Democratic People's Republic of Korea" matches however the tokenizer splits it.
 *
 * @param <V> what a phrase stands for
 */
public final class PhraseTable<V> {
    /** A phrase found in a text: [start, end) and its value. */
    public record Match<V>(int start, int end, String surface, V value) {}

    private final ImmutableListMultimap<String, Map.Entry<String, V>> byKey;
    private final boolean ignoreCase;

    PhraseTable(Map<String, V> phrases, boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
        ImmutableListMultimap.Builder<String, Map.Entry<String, V>> b = ImmutableListMultimap.builder();
        phrases.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, V> e) -> -e.getKey().length()))
                .forEach(e -> b.put(key(e.getKey(), 0), Map.entry(e.getKey(), e.getValue())));
        byKey = b.build();
    }

    private String key(CharSequence s, int from) {
        int i = from;
        while (i < s.length() && Character.isLetterOrDigit(s.charAt(i))) i++;
        String k = s.subSequence(from, i).toString();
        return ignoreCase ? k.toLowerCase(java.util.Locale.ROOT) : k;
    }

    /**
     * The longest phrase starting at {@code start} whose end is accepted by {@code endsToken}
     * (the end must fall on a token boundary, so "Korea" never matches inside "Korean").
     */
    public Optional<Match<V>> longestAt(String text, int start, IntPredicate endsToken) {
        List<Map.Entry<String, V>> candidates = byKey.get(key(text, start));
        for (Map.Entry<String, V> c : candidates) {
            String s = c.getKey();
            if (regionMatches(text, start, s) && endsToken.test(start + s.length())) {
                return Optional.of(new Match<>(start, start + s.length(), text.substring(start, start + s.length()),
                        c.getValue()));
            }
        }
        return Optional.empty();
    }

    /** Compares allowing the typographic apostrophe for the straight one ("Workers’ Party"). */
    private boolean regionMatches(String text, int start, String phrase) {
        if (start + phrase.length() > text.length()) return false;
        for (int i = 0; i < phrase.length(); i++) {
            char a = fold(text.charAt(start + i)), b = fold(phrase.charAt(i));
            if (a != b && !(ignoreCase && Character.toLowerCase(a) == Character.toLowerCase(b))) return false;
        }
        return true;
    }

    private static char fold(char c) { return c == '\u2019' || c == '\u2018' ? '\'' : c; }

    /** Exact lookup of a whole phrase. */
    public Optional<V> get(String phrase) {
        for (Map.Entry<String, V> c : byKey.get(key(phrase, 0))) {
            if (c.getKey().length() == phrase.length() && regionMatches(phrase, 0, c.getKey())) {
                return Optional.of(c.getValue());
            }
        }
        return Optional.empty();
    }

}
