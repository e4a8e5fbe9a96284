package org.communique.registry;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form under which names of persons are compared: romanisations differ in case, hyphens,
 * apostrophes and accents only ("Choe Son-hui", "Choe Son Hui", "CHOE SON HUI" are one key,
 * "choe son hui").
 */
public final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DROPPED = Pattern.compile("[’'`ʼ‘]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑–—.,_]+");

    private NameKey() {}

    /** The key of a name. */
    public static String of(String name) {
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        s = DROPPED.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
        return SEPARATORS.matcher(s).replaceAll(" ").strip();
    }

    /** The words of a key. */
    static List<String> words(String key) {
        return key.isEmpty() ? List.of() : List.of(key.split(" "));
    }

    /** A key as an id part: words joined by hyphens, only letters and digits kept. */
    static String slug(String key) {
        return key.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }
}
