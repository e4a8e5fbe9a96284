package org.communique.lexicon;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.communique.api.LocationSubtype;

/**
 * The word lists and gazetteers of {@code models/lexicon}, loaded once from the classpath.
 * Immutable and shared by all threads. Each file documents its own columns in its header.
 */
public final class Lexicon {
    /** A country name or nationality adjective. */
    public record Country(String iso3, boolean adjective) {}

    /** A city, region or site. */
    public record Place(LocationSubtype subtype, String iso3) {}

    /** A known organization: its canonical name, country and the other names it goes by. */
    public record Organization(String name, String iso3, List<String> aliases) {}

    /** A known person with the state they serve. */
    public record Person(String name, String iso3, List<String> aliases) {}

    public final PhraseTable<Country> countries;
    public final PhraseTable<Place> places;
    public final PhraseTable<Organization> organizations;
    public final PhraseTable<Person> persons;
    /** Full names of the known persons and their aliases of two words or more. */
    public final ImmutableSet<String> personNames;
    public final PhraseTable<String> titles;
    public final PhraseTable<String> honorifics;
    public final ImmutableSet<String> orgHeads;
    public final ImmutableMap<String, LocationSubtype> placeHeads;
    /** Endings of one-word Korean place names ("Sinam-ri", "Pulgun-dong") and their subtypes. */
    public final ImmutableMap<String, LocationSubtype> placeSuffixes;
    public final ImmutableSet<String> countryOrgHeads;
    public final ImmutableSet<String> koreanSurnames;
    /** Family names written first and used alone for the person: Korean and Chinese ones. */
    public final ImmutableSet<String> surnamesFirst;
    public final ImmutableSet<String> nonNames;
    /** First words of epithets, which are no titles ("great leader of ..."). */
    public final ImmutableSet<String> epithets;
    /** Honorary titles that are no entity and hold none ("Hero of Labour"). */
    public final PhraseTable<String> honours;
    /** Words after which "as" gives an office: "upon his appointment as ...". */
    public final ImmutableSet<String> appointmentWords;
    public final ImmutableSet<String> eventNameHeads;
    public final ImmutableSet<String> notOrganizations;
    /** Words naming a numbered gathering of a body ("8th Congress of the WPK"). */
    public final ImmutableSet<String> gatheringWords;
    /** Lemmas of words for groups of people ("delegation", "officials"): events land them on the names around them. */
    public final ImmutableSet<String> groupNouns;

    private Lexicon() {
        Map<String, Country> c = new LinkedHashMap<>();
        for (String[] r : rows("countries.tsv")) {
            c.putIfAbsent(r[0], new Country(r[1], r.length > 2 && r[2].equalsIgnoreCase("ADJ")));
        }
        countries = new PhraseTable<>(c, false);

        Map<String, Place> p = new LinkedHashMap<>();
        for (String[] r : rows("places.tsv")) {
            p.putIfAbsent(r[0], new Place(LocationSubtype.valueOf(r[1].trim().toUpperCase(Locale.ROOT)),
                    r.length > 2 && !r[2].isBlank() ? r[2].trim() : null));
        }
        places = new PhraseTable<>(p, false);

        Map<String, Organization> o = new LinkedHashMap<>();
        for (String[] r : rows("organizations.tsv")) {
            List<String> aliases = r.length > 2 && !r[2].isBlank()
                    ? Arrays.stream(r[2].split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList()
                    : List.of();
            Organization org = new Organization(r[0], r.length > 1 && !r[1].isBlank() ? r[1].trim() : null, aliases);
            o.putIfAbsent(r[0], org);
            aliases.forEach(a -> o.putIfAbsent(a, org));
        }
        organizations = new PhraseTable<>(o, false);

        Map<String, Person> pe = new LinkedHashMap<>();
        for (String[] r : rows("persons.tsv")) {
            List<String> aliases = r.length > 2 && !r[2].isBlank() ? List.of(r[2].split("\\|")) : List.of();
            Person person = new Person(r[0], r[1].isBlank() ? null : r[1], aliases);
            pe.putIfAbsent(r[0], person);
            aliases.forEach(a -> pe.putIfAbsent(a, person));
        }
        persons = new PhraseTable<>(pe, false);
        personNames = pe.keySet().stream().filter(n -> n.indexOf(' ') > 0).collect(ImmutableSet.toImmutableSet());

        titles = words("titles.txt");
        honorifics = words("honorifics.txt");
        orgHeads = set("org-heads.txt", false);
        countryOrgHeads = set("country-org-heads.txt", true);
        koreanSurnames = set("korean-surnames.txt", false);
        surnamesFirst = ImmutableSet.<String>builder().addAll(koreanSurnames).addAll(set("chinese-surnames.txt", false)).build();
        nonNames = set("non-names.txt", false);
        epithets = set("epithets.txt", true);
        honours = words("honours.txt");
        appointmentWords = set("appointment-words.txt", true);
        eventNameHeads = set("event-name-heads.txt", false);
        notOrganizations = set("not-organizations.txt", false);
        gatheringWords = set("gathering-words.txt", false);
        groupNouns = set("group-nouns.txt", true);
        placeHeads = subtypes("place-heads.tsv");
        placeSuffixes = subtypes("place-suffixes.tsv");
    }

    /** A word list with a place subtype per word (the first row of a word wins). */
    private ImmutableMap<String, LocationSubtype> subtypes(String file) {
        Map<String, LocationSubtype> seen = new LinkedHashMap<>();
        for (String[] r : rows(file)) seen.putIfAbsent(r[0], LocationSubtype.valueOf(r[1].trim().toUpperCase(Locale.ROOT)));
        return ImmutableMap.copyOf(seen);
    }

    private static final class Holder {
        static final Lexicon INSTANCE = new Lexicon();
    }

    /** The lexicon of the models on the classpath (loaded on first use). */
    public static Lexicon get() { return Holder.INSTANCE; }

    private PhraseTable<String> words(String file) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String[] r : rows(file)) m.putIfAbsent(r[0], r[0]);
        return new PhraseTable<>(m, true);
    }

    private ImmutableSet<String> set(String file, boolean lower) {
        ImmutableSet.Builder<String> b = ImmutableSet.builder();
        for (String[] r : rows(file)) b.add(lower ? r[0].toLowerCase(Locale.ROOT) : r[0]);
        return b.build();
    }

    /** True when the phrase is a title word or phrase ("vice-minister", "ambassadors", "vice-chairmen"). */
    public boolean isTitle(String phrase) {
        return titles.get(phrase).isPresent() || titles.get(singular(phrase)).isPresent();
    }

    /** The singular of an English plural office word: "vice-chairmen", "secretaries", "officials". */
    public static String singular(String word) {
        if (word.endsWith("men")) return word.substring(0, word.length() - 3) + "man";
        if (word.endsWith("ies")) return word.substring(0, word.length() - 3) + "y";
        // "complexes", "churches", "businesses"
        if (word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes") || word.endsWith("sses")) return word.substring(0, word.length() - 2);
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.substring(0, word.length() - 1);
        return word;
    }

    static List<String[]> rows(String file) {
        String path = "/models/lexicon/" + file;
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing lexicon file on the classpath: " + path);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", -1);
                cols[0] = cols[0].trim();
                if (!cols[0].isEmpty()) out.add(cols);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return out;
    }
}
