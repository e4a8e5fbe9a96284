package org.communique.registry;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.communique.lexicon.ModelJson;

/**
 * Country names and nationality adjectives (the gazetteer {@code models/lexicon/countries.tsv})
 * replaced by {@code #} and the lower-case ISO 3166-1 alpha-3 code, so that "of the DPRK", "of the
 * Democratic People's Republic of Korea" and "Korean" read alike: {@code #prk}.
 */
final class CountryNames {
    private final Pattern names;
    private final Map<String, String> codes = new LinkedHashMap<>();

    CountryNames() {
        for (String line : ModelJson.lines("/models/lexicon/countries.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length >= 2) codes.putIfAbsent(cols[0].toLowerCase(Locale.ROOT), cols[1].toLowerCase(Locale.ROOT));
        }
        // longest first: "Democratic People's Republic of Korea" before "Republic of Korea" before "Korea"
        String alternatives = codes.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder())).map(Pattern::quote).collect(Collectors.joining("|"));
        names = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** {@code text} (lower case) with each country name replaced by its code. */
    String replace(String text) {
        Matcher m = names.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, "#" + codes.get(m.group().toLowerCase(Locale.ROOT)));
        return m.appendTail(sb).toString();
    }
}
