package org.communique.registry;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The forms under which titles and organisation names are compared. The basic form is lower case,
 * with typographic apostrophes made plain (and no space before them), hyphens made spaces, "the" dropped and country names made
 * codes ({@link CountryNames}); then the rules of {@code models/registry/organizations.tsv} (both) and
 * {@code offices.tsv} (titles) apply. Not thread-safe: it remembers the keys it made.
 */
public final class PhraseForm {
    private static final Pattern THE = Pattern.compile("(?<![\\p{L}\\p{N}])the(?![\\p{L}\\p{N}])");

    private final CountryNames countries = new CountryNames();
    private final PhraseRules organizations = PhraseRules.load("/models/registry/organizations.tsv");
    private final PhraseRules offices = PhraseRules.load("/models/registry/offices.tsv");
    // names repeat across articles: each is keyed once per rebuild (the country pattern is the cost)
    private final Map<String, String> organizationKeys = new HashMap<>();
    private final Map<String, String> officeKeys = new HashMap<>();

    /** The key of an organisation's name: "DPRK Foreign Ministry" and "Foreign Ministry of the DPRK" are one. */
    public String organization(String name) {
        return organizationKeys.computeIfAbsent(name, n -> organizations.apply(basic(n)));
    }

    /** The key of an office: "DPRK Foreign Minister" and "Minister of Foreign Affairs of the DPRK" are one. */
    public String office(String title) {
        return officeKeys.computeIfAbsent(title, t -> offices.apply(organizations.apply(basic(t))));
    }

    /**
     * The key of an office held by a person of {@code country} (ISO alpha-3, or null): a title that
     * names no country is taken as an office of the person's country, so that Choe Son Hui's "Foreign
     * Minister" is her "foreign minister of the DPRK", and Kim Jong Un's "President of the State Affairs"
     * his "president of the State Affairs of the DPRK".
     */
    public String office(String title, String country) {
        String key = office(title);
        if (country == null || key.contains("#")) return key;
        return key + " of #" + country.toLowerCase(Locale.ROOT);
    }

    PhraseRules organizationRules() { return organizations; }

    PhraseRules officeRules() { return offices; }

    private String basic(String s) {
        String t = s.replace('’', '\'').replace('‘', '\'').replace('`', '\'').toLowerCase(Locale.ROOT);
        t = t.replaceAll("[\\-‐‑–—]", " ");
        t = t.replaceAll("\\s+'", "'"); // "Workers ' Party", a scraper's spacing
        t = THE.matcher(countries.replace(t)).replaceAll(" ");
        return t.replaceAll("\\s+", " ").strip();
    }
}
