package org.communique.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.communique.api.EntityType;
import org.communique.api.LocationSubtype;
import org.communique.doc.Doc;
import org.communique.doc.Tok;
import org.communique.lexicon.Lexicon;
import org.communique.lexicon.PhraseTable;

/**
 * Finds candidate mentions of persons, organizations and places: word-list hits, name patterns
 * built around head words ("... Committee", "... County", "Surname Given Given") and the CRF
 * tagger's spans. Candidates overlap; {@link MentionResolver} picks among them.
 */
final class MentionFinder {
    private final Lexicon lex;

    MentionFinder(Lexicon lex) {
        this.lex = lex;
    }

    List<Candidate> find(Doc doc) {
        List<Tok> toks = doc.tokens();
        String s = doc.string();
        Set<Integer> ends = new HashSet<>();
        int[] byEnd = new int[s.length() + 1];
        java.util.Arrays.fill(byEnd, -1);
        for (Tok t : toks) {
            ends.add(t.end());
            byEnd[t.end()] = t.i();
        }
        List<Candidate> out = new ArrayList<>();
        for (Tok t : toks) {
            if (!doc.inContent(t.begin())) continue;
            lexicon(doc, t, ends, byEnd, out);
        }
        for (int k = 0; k < doc.sentenceCount(); k++) {
            int from = doc.sentenceStart(k), to = doc.sentenceStart(k + 1);
            headPatterns(toks, from, to, out);
            koreanNames(toks, from, to, out);
            eventNames(toks, from, to, out);
            countryOrgs(toks, s, from, to, ends, byEnd, out);
            crf(toks, from, to, out);
        }
        out.removeIf(c -> !doc.inContent(toks.get(c.from()).begin()));
        // "the Sopho area of Pyongyang", "Hwasong area": KCNA names districts with a lower-case "area"
        out.replaceAll(c -> c.type() == EntityType.LOCATION && c.subtype() != LocationSubtype.COUNTRY && c.to() < toks.size()
                && toks.get(c.to()).word().equals("area") && toks.get(c.to()).sentence() == toks.get(c.from()).sentence()
                && toks.get(c.to() - 1).word().indexOf('-') < 0
                ? new Candidate(c.from(), c.to() + 1, c.type(), LocationSubtype.REGION, c.country(), c.priority(), c.canonical())
                : c);
        // "heroic Korea", "socialist Korea": Korea with a praising adjective is the state (like "Juche Korea"),
        // bare "the liberation of Korea" the land
        out.replaceAll(c -> c.type() == EntityType.LOCATION && c.to() - c.from() == 1 && c.from() > 0
                && toks.get(c.from()).word().equals("Korea") && toks.get(c.from() - 1).isLower()
                && toks.get(c.from() - 1).pos().equals("JJ")
                ? new Candidate(c.from(), c.to(), EntityType.LOCATION, LocationSubtype.COUNTRY, "PRK", c.priority(), null) : c);
        // "the building of the National Assembly": the body's building is a place
        out.replaceAll(c -> {
            if (c.type() != EntityType.ORGANIZATION) return c;
            int of = c.from() >= 1 && toks.get(c.from() - 1).is("the") ? c.from() - 2 : c.from() - 1;
            return of >= 1 && toks.get(of).is("of") && toks.get(of - 1).word().equals("building")
                    ? new Candidate(of - 1, c.to(), EntityType.LOCATION, LocationSubtype.SITE, null, c.priority(), null) : c;
        });
        // "the Supreme People's Assembly building": a body's building is a place (the guideline's sites)
        out.replaceAll(c -> c.type() == EntityType.ORGANIZATION && c.to() < toks.size() && toks.get(c.to()).word().equals("building")
                && toks.get(c.to()).sentence() == toks.get(c.from()).sentence()
                ? new Candidate(c.from(), c.to() + 1, EntityType.LOCATION, LocationSubtype.SITE, null, c.priority(), null)
                : c);
        // "V. Putin", "G. Zhuganov": an initial belongs to the name
        out.replaceAll(c -> {
            int f = c.from();
            while (c.type() == EntityType.PERSON && f > 0 && INITIAL.matcher(toks.get(f - 1).word()).matches()
                    && toks.get(f - 1).sentence() == toks.get(c.from()).sentence()) f--;
            return f == c.from() ? c : new Candidate(f, c.to(), c.type(), c.subtype(), c.country(), c.priority(), c.canonical());
        });
        // "Ambassador to North Korea Aleksandr Matsegora": the tagger found only the surname
        out.replaceAll(c -> c.type() == EntityType.PERSON && c.to() - c.from() == 1 && givenNameBefore(toks, c.from())
                ? new Candidate(c.from() - 1, c.to(), c.type(), c.subtype(), c.country(), c.priority(), c.canonical()) : c);
        // "the anti-U.S. struggle": a prefixed word is an adjective, not a name
        out.removeIf(c -> c.type() != null && (toks.get(c.from()).word().startsWith("anti-")
                || toks.get(c.from()).word().startsWith("pro-")));
        return trimBodyParts(toks, out);
    }

    /**
     * What a title names past the parts of a body the guideline does not list: "Presidium of the
     * Political Bureau of the Central Committee of the WPK" is read as "Central Committee of the
     * WPK", "Workers' Party Politburo" as "Workers' Party"; a part alone, or a remainder with no
     * organisation's head word ("State Affairs of the DPRK"), is dropped.
     */
    private List<Candidate> trimBodyParts(List<Tok> toks, List<Candidate> in) {
        List<Candidate> out = new ArrayList<>(in.size());
        for (Candidate c : in) {
            if (c.type() != EntityType.ORGANIZATION) { out.add(c); continue; }
            int f = c.from(), t = c.to();
            boolean trimmed = false;
            // "the 8th Congress of the WPK": the numbered gathering is of the WPK
            int g = f > 0 && ORDINAL.matcher(toks.get(f - 1).word()).matches() ? gatheringAt(toks, f, t) : 0;
            if (g > 0 && f + g < t && toks.get(f + g).is("of")) {
                f += g + 1;
                if (f < t && toks.get(f).is("the")) f++;
                trimmed = true;
            }
            while (f < t) {
                int at = toks.get(f).is("the") ? f + 1 : f;
                int n = bodyPartAt(toks, at, t);
                if (n == 0) break;
                f = at + n;
                trimmed = true;
                if (f < t && toks.get(f).is("of")) f++;
                if (f < t && toks.get(f).is("the")) f++;
                if (f < t && toks.get(f).is(",")) f++;
            }
            if (t - f >= 2 && lex.notOrganizations.contains(toks.get(t - 1).word())) { t--; trimmed = true; }
            if (!trimmed) { out.add(c); continue; }
            boolean named = false;
            for (int q = f; q < t; q++) named |= orgHead(toks.get(q)) || toks.get(q).word().equals("C.C.")
                    || lex.organizations.get(toks.get(q).word()).isPresent();
            if (f < t && named) out.add(new Candidate(f, t, c.type(), c.subtype(), c.country(), c.priority(), null));
        }
        return out;
    }

    private static final java.util.regex.Pattern ORDINAL = java.util.regex.Pattern.compile(
            "\\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth"
                    + "|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth");

    /** The number of words of a listed gathering ("Plenary Meeting") starting at k, or 0. */
    private int gatheringAt(List<Tok> toks, int k, int to) {
        return longestListedAt(toks, k, to, lex.gatheringWords, false);
    }

    /** The number of words of a listed body part ("Political Bureau") starting at k and followed by "of", or 0. */
    private int bodyPartAt(List<Tok> toks, int k, int to) {
        // a part, not the start of a longer name ("State Affairs Commission")
        return longestListedAt(toks, k, to, lex.notOrganizations, true);
    }

    /** The length in words of the longest phrase of {@code phrases} at token k (then "of" or the end, if asked), or 0. */
    private static int longestListedAt(List<Tok> toks, int k, int to, Set<String> phrases, boolean thenOf) {
        int best = 0;
        for (String phrase : phrases) {
            String[] w = phrase.split(" ");
            if (k + w.length > to || w.length <= best) continue;
            boolean all = true;
            for (int i = 0; i < w.length && all; i++) all = toks.get(k + i).word().equals(w[i]);
            if (all && (!thenOf || k + w.length == to || toks.get(k + w.length).is("of"))) best = w.length;
        }
        return best;
    }

    /**
     * True when the word before a lone surname is a given name: a capitalised proper noun that is no
     * title, honorific, country, place or head word, after a word that cannot start a longer name
     * with it (lower case, a title, or the end of a country's or place's name).
     */
    private boolean givenNameBefore(List<Tok> toks, int k) {
        if (k < 1) return false;
        Tok g = toks.get(k - 1);
        if (g.sentence() != toks.get(k).sentence() || !g.isCapitalized() || !g.isProperNoun() || g.isAcronym()
                || g.word().length() < 3 || g.word().indexOf('.') >= 0 || isTitleWord(g)
                || lex.honorifics.get(g.word()).isPresent() || lex.countries.get(g.word()).isPresent()
                || lex.places.get(g.word()).isPresent() || orgHead(g) || placeHead(g) != null
                || lex.nonNames.contains(g.word()) || lex.surnamesFirst.contains(g.word())) return false;
        if (k < 2) return true;
        Tok p = toks.get(k - 2);
        return p.sentence() != g.sentence() || !Tokens.namePart(p) || isTitleWord(p)
                || lex.countries.get(p.word()).isPresent() || lex.places.get(p.word()).isPresent();
    }

    private void lexicon(Doc doc, Tok t, Set<Integer> ends, int[] byEnd, List<Candidate> out) {
        String s = doc.string();
        int b = t.begin();
        lex.countries.longestAt(s, b, ends::contains).filter(m -> !m.value().adjective())
                .ifPresent(m -> out.add(new Candidate(t.i(), byEnd[m.end()] + 1, EntityType.LOCATION,
                        LocationSubtype.COUNTRY, m.value().iso3(), 3, null)));
        lex.places.longestAt(s, b, ends::contains).ifPresent(m -> out.add(new Candidate(t.i(), byEnd[m.end()] + 1,
                EntityType.LOCATION, m.value().subtype(), null, 3, null)));
        lex.organizations.longestAt(s, b, ends::contains).ifPresent(m -> out.add(new Candidate(t.i(),
                byEnd[m.end()] + 1, EntityType.ORGANIZATION, null, m.value().iso3(), 3, m.value().name())));
        lex.persons.longestAt(s, b, ends::contains).ifPresent(m -> out.add(new Candidate(t.i(), byEnd[m.end()] + 1,
                EntityType.PERSON, null, m.value().iso3(), 3, m.value().name())));
        // "Hero of Labour", "Order of Kim Il Sung": an honour, which blocks the names inside it
        lex.honours.longestAt(s, b, ends::contains).ifPresent(m -> out.add(new Candidate(t.i(), byEnd[m.end()] + 1,
                null, null, null, 3, null)));
    }

    private boolean orgHead(Tok t) { return t.isCapitalized() && lex.orgHeads.contains(t.word()); }

    private LocationSubtype placeHead(Tok t) { return t.isCapitalized() ? lex.placeHeads.get(t.word()) : null; }

    private static final java.util.regex.Pattern SYLLABLE = java.util.regex.Pattern.compile("[A-Z][a-z]{0,5}");
    private static final java.util.regex.Pattern INITIAL = java.util.regex.Pattern.compile("[A-Z]\\.");

    private boolean isTitleWord(Tok t) { return lex.isTitle(t.word()); }

    /** A title word as listed, not its plural: "Council of Ministers" keeps its "Ministers". */
    private boolean isListedTitle(Tok t) { return lex.titles.get(t.word()).isPresent(); }

    /**
     * Names grown around a head word: left over capitalised words, right over "of/for/with ..."
     * chains of capitalised words. The type is that of the last head before the first connector
     * ("Drone Institute of the Academy ..." is an organization, "Kumsusan Palace of the Sun" a site).
     */
    private void headPatterns(List<Tok> toks, int from, int to, List<Candidate> out) {
        // a name grown leftwards stops at a person ("... Kim Jong Un Inspects Defence Industrial Enterprise")
        boolean[] person = new boolean[to - from];
        for (int k = from; k < to; k++) {
            int n = koreanNameAt(toks, k, to);
            for (int q = k; q < k + n; q++) person[q - from] = true;
            if (toks.get(k).ner().equals("PERSON")) person[k - from] = true;
        }
        for (int h = from; h < to; h++) {
            Tok head = toks.get(h);
            if (!orgHead(head) && placeHead(head) == null) continue;
            int l = h;
            while (l - 1 >= from && !person[l - 1 - from] && leftPart(toks, l - 1, from)) l--;
            // "Sericulture and Silk Industrial Bureau": a pair of portfolio words before the head
            if (l - 2 >= from && l < h && toks.get(l - 1).is("and") && !person[l - 2 - from] && leftPart(toks, l - 2, from)
                    && !Tokens.POSSESSIVE.contains(toks.get(l - 2).word()) && lex.countries.get(toks.get(l - 2).word()).isEmpty()
                    && lex.places.get(toks.get(l - 2).word()).isEmpty() && lex.countries.get(toks.get(l).word()).isEmpty()
                    && !toks.get(l - 2).isAcronym() && (l - 3 < from || !Tokens.namePart(toks.get(l - 3)))) {
                l -= 2;
            }
            // "the Kim Il Sung Socialist Youth League": a body named after a person, after "the"
            int p = l;
            while (p - 1 >= from && person[p - 1 - from]) p--;
            if (p < l && p - 1 >= from && toks.get(p - 1).is("the")) {
                l = p;
                while (l - 1 >= from && !person[l - 1 - from] && leftPart(toks, l - 1, from)) l--;
            } else if (p < l && p - 1 >= from && lex.places.get(toks.get(p - 1).word()).isPresent()
                    && lex.countries.get(toks.get(p - 1).word()).isEmpty()) {
                // "Sinuiju Cha Kwang Su University of Education": a city's body named after a person
                l = p - 1;
            }
            while (l < h && (toks.get(l).is("the") || Tokens.POSSESSIVE.contains(toks.get(l).word()))) l++;
            int r = growRight(toks, h + 1, to, placeHead(head) != null && !orgHead(head));
            while (r - 1 > h && (Tokens.CONNECTORS.contains(toks.get(r - 1).lower()) || toks.get(r - 1).is(",")
                    || toks.get(r - 1).is("the"))) r--;
            if (r - l < 2 && !head.isAcronym()) continue;
            // type from the main head: the last head word before the first connector
            int main = h;
            for (int k = l; k < r; k++) {
                Tok t = toks.get(k);
                if (Tokens.CONNECTORS.contains(t.lower()) || t.is(",")) break;
                if (orgHead(t) || placeHead(t) != null) main = k;
            }
            LocationSubtype ps = placeHead(toks.get(main));
            if (orgHead(toks.get(main)) && (ps == null || !toks.get(main).word().equals("Complex"))) ps = null;
            if (ps != null && !orgHead(toks.get(main))) {
                out.add(new Candidate(l, r, EntityType.LOCATION, ps, null, 2, null));
            } else {
                out.add(new Candidate(l, r, EntityType.ORGANIZATION, null, null, 2, null));
            }
        }
        // "Sinam-ri", "Pulgun-dong": a village or ward by its ending
        for (int h = from; h < to; h++) {
            String w = toks.get(h).word();
            int dash = w.lastIndexOf('-');
            if (dash < 2 || !Character.isUpperCase(w.charAt(0)) || !Character.isLowerCase(w.charAt(1))) continue;
            LocationSubtype sub = lex.placeSuffixes.get(w.substring(dash));
            if (sub != null) out.add(new Candidate(h, h + 1, EntityType.LOCATION, sub, null, 2, null));
        }
        // "Mt. Paektu", "Mount Kumgang"
        for (int h = from; h + 1 < to; h++) {
            Tok t = toks.get(h);
            if (Tokens.mount(t) && toks.get(h + 1).isCapitalized()) {
                out.add(new Candidate(h, h + 2, EntityType.LOCATION, LocationSubtype.SITE, null, 2, null));
            }
            // "in the Hwasong area": a name before a lower-case "area" is a region's
            if (toks.get(h + 1).word().equals("area") && Tokens.namePart(t) && t.isProperNoun() && !t.isAcronym()
                    && lex.countries.get(t.word()).isEmpty() && !Tokens.COMPASS.contains(t.word())
                    && (h == from || !Tokens.namePart(toks.get(h - 1)))) {
                out.add(new Candidate(h, h + 1, EntityType.LOCATION, LocationSubtype.REGION, null, 1, null));
            }
        }
    }

    /** Competition and festival names ("2024 FIFA U-17 Women's World Cup") block the names inside them. */
    private void eventNames(List<Tok> toks, int from, int to, List<Candidate> out) {
        for (int h = from; h < to; h++) {
            if (!toks.get(h).isCapitalized() || !lex.eventNameHeads.contains(toks.get(h).word())) continue;
            int l = h;
            while (l - 1 >= from && (Tokens.namePart(toks.get(l - 1)) || toks.get(l - 1).word().matches("\\d{4}|\\d+(st|nd|rd|th)")
                    || Tokens.POSSESSIVE.contains(toks.get(l - 1).word()))) l--;
            int r = h + 1;
            // ... and stop before a place's or body's head ("May Day Stadium" is a place)
            while (r < to && (toks.get(r).word().matches("\\d{4}|-\\d{4}") || (Tokens.namePart(toks.get(r))
                    && !lex.countries.get(toks.get(r).word()).isPresent() && toks.get(r).isProperNoun()
                    && !orgHead(toks.get(r)) && placeHead(toks.get(r)) == null))) r++;
            if (r - l >= 2) out.add(new Candidate(l, r, null, null, null, 2, null));
        }
    }

    private boolean leftPart(List<Tok> toks, int k, int sentenceFrom) {
        Tok t = toks.get(k);
        // "Pyongyang's Moranbong Park", "Russia's Foreign Ministry": a place's possessive is no part of the name
        if (Tokens.POSSESSIVE.contains(t.word())) return k - 1 >= sentenceFrom && Tokens.namePart(toks.get(k - 1))
                && lex.places.get(toks.get(k - 1).word()).isEmpty() && lex.countries.get(toks.get(k - 1).word()).isEmpty();
        // "Paekunsan General Foodstuff Factory": an office word between two name words is part of the name
        boolean inside = isTitleWord(t) && k - 1 >= sentenceFrom && Tokens.namePart(toks.get(k - 1)) && !isTitleWord(toks.get(k - 1))
                && k + 1 < toks.size() && Tokens.namePart(toks.get(k + 1)) && !isTitleWord(toks.get(k + 1));
        if (Tokens.dateInName(toks, k, toks.size())) return true;
        if (Tokens.particleInName(toks, k, sentenceFrom, toks.size())) return true;
        if (!Tokens.namePart(t) || isTitleWord(t) && !inside || lex.honorifics.get(t.word()).isPresent()) return false;
        if (k == sentenceFrom && !t.isProperNoun() && !t.isAcronym()) return false;
        return !t.is("The");
    }

    /**
     * Extends a name to the right over capitalised words and connector chains; returns the end.
     * A place stops before "of"/"and" that lead to another place ("Taean District of Nampho
     * Municipality", "North Hamgyong Province of the DPRK" are two places each).
     */
    int growRight(List<Tok> toks, int r, int to, boolean place) {
        while (r < to) {
            Tok t = toks.get(r);
            // a name ends where a person's name begins ("... Committee Chairman Kim Jong Un" aside, titles
            // are part of names: "General Association of Korean Residents in Japan")
            if (koreanNameAt(toks, r, to) > 0 || t.ner().equals("PERSON")) return r;
            if ((Tokens.namePart(t) || Tokens.ordinalInName(toks, r, to) || Tokens.dateInName(toks, r, to)) && !isListedTitle(t) || Tokens.namePart(t)
                    && isListedTitle(t) && r + 1 < to && (Tokens.namePart(toks.get(r + 1)) || toks.get(r + 1).is("of"))) {
                r++;
                continue;
            }
            if (Tokens.POSSESSIVE.contains(t.word()) && r + 1 < to && Tokens.namePart(toks.get(r + 1))) { r++; continue; }
            // "Al Ahd al Watani Party", "Frente Farabundo Marti para la Liberacion": particles of other languages
            if (Tokens.particleInName(toks, r, 0, to)) { r++; continue; }
            if (t.is("(") && r + 2 < to && toks.get(r + 2).is(")") && Tokens.namePart(toks.get(r + 1))
                    && !toks.get(r + 1).isAcronym()) {
                r += 3; // "Nepal Communist Party (Marxist-Leninist)"
                continue;
            }
            String w = t.lower();
            if (w.equals("of") || w.equals("for") || w.equals("with") || w.equals("on")) {
                int k = r + 1;
                if (k < to && toks.get(k).is("the")) k++;
                if (k < to && (Tokens.namePart(toks.get(k)) || Tokens.ordinalInName(toks, k, to) || Tokens.dateInName(toks, k, to))
                        && koreanNameAt(toks, k, to) == 0 && !((place || FACILITIES.contains(toks.get(r - 1).word()))
                        && placeRun(toks, k, to))) { r = k; continue; }
                return r;
            }
            // "General Association of Korean Residents in Japan": a country closes an organization's name
            if (w.equals("in") && !place && r + 1 < to && lex.countries.get(toks.get(r + 1).word())
                    .filter(c -> !c.adjective()).isPresent()) {
                return r + 2;
            }
            // "International Department of the C.C., Workers' Party of Korea": the party after its C.C.
            if (!place && t.is(",") && toks.get(r - 1).word().equals("C.C.")) {
                int k = r + 1 < to && toks.get(r + 1).is("the") ? r + 2 : r + 1;
                if (k < to && Tokens.namePart(toks.get(k))) { r = k; continue; }
            }
            if (place && (w.equals("and") || t.is(","))) return r;
            if (w.equals("and") || w.equals("&") || t.is(",")) {
                int k = r + 1;
                if (t.is(",") && k < to && toks.get(k).is("and")) return r;
                // "the Pyongyang Children's Knitwear Factory and Sunchon ...": a name that has its head is whole
                if (w.equals("and") && orgHead(toks.get(r - 1))) return r;
                // "... of Korea and Chairman of the State Affairs Commission": a title starts a new phrase
                if (k >= to || !Tokens.namePart(toks.get(k)) || lex.countries.get(toks.get(k).word()).isPresent()
                        || isListedTitle(toks.get(k))) return r;
                int run = k;
                while (run < to && Tokens.namePart(toks.get(run))) run++;
                boolean headInside = false;
                for (int q = k; q < run; q++) headInside |= orgHead(toks.get(q)) || placeHead(toks.get(q)) != null;
                if (headInside || koreanNameAt(toks, k, to) > 0 || toks.get(k).ner().equals("PERSON")) return r;
                if (w.equals(",")) {
                    // "Digital Development, Post and Telecommunications and ...": a comma list inside a name
                    if (run < to && toks.get(run).is("and") && run + 1 < to && Tokens.namePart(toks.get(run + 1))) {
                        r = run;
                        continue;
                    }
                    return r;
                }
                r = k;
                continue;
            }
            return r;
        }
        return r;
    }

    /** True when a run starting at k is a country or ends in a place head: a second place. */
    private boolean placeRun(List<Tok> toks, int k, int to) {
        if (lex.countries.get(toks.get(k).word()).isPresent()) return true;
        // "Isonnam Falls of Mt Myohyang"
        if (Tokens.mount(toks.get(k))) return true;
        int e = k;
        while (e < to && Tokens.namePart(toks.get(e))) e++;
        for (int q = k; q < e; q++) {
            if (placeHead(toks.get(q)) != null) return true;
        }
        return e > k && lex.places.get(toks.get(k).word()).isPresent();
    }

    /** Length of a Korean name ("Jang Yong Gil", "Pak Sin A") starting at k, or 0. */
    int koreanNameAt(List<Tok> toks, int k, int to) {
        Tok s = toks.get(k);
        if (!lex.koreanSurnames.contains(s.word()) || k + 2 >= to) return 0;
        int n = 1;
        while (n < 3 && k + n < to && syllable(toks.get(k + n))) n++;
        if (n < 3) return 0;
        return n;
    }

    private boolean syllable(Tok t) {
        String w = t.word();
        return SYLLABLE.matcher(w).matches() && !lex.orgHeads.contains(w) && !lex.placeHeads.containsKey(w)
                && !isTitleWord(t) && lex.countries.get(w).isEmpty() && !lex.nonNames.contains(w);
    }

    private void koreanNames(List<Tok> toks, int from, int to, List<Candidate> out) {
        for (int k = from; k < to; k++) {
            int n = koreanNameAt(toks, k, to);
            if (n > 0) out.add(new Candidate(k, k + n, EntityType.PERSON, null, null, 2, null));
        }
    }

    /** Heads of enterprises that are named apart from the place they are in ("the Kangan Farm of Unpha County"). */
    private static final Set<String> FACILITIES = Set.of("Farm", "Factory", "Mine", "Plant", "Works", "Mill", "Station",
            "Company", "Enterprise", "Manufactory", "Smeltery");

    private static final Set<String> MISSIONS = Set.of("embassy", "consulate", "consulate-general", "mission", "office",
            "representation", "legation");

    /** "the ROK military", "Vietnamese embassy", "DPRK embassy in Moscow". */
    private void countryOrgs(List<Tok> toks, String s, int from, int to, Set<Integer> ends, int[] byEnd,
                             List<Candidate> out) {
        for (int k = from; k < to; k++) {
            Optional<PhraseTable.Match<Lexicon.Country>> c = lex.countries.longestAt(s, toks.get(k).begin(), ends::contains);
            if (c.isEmpty()) continue;
            int after = byEnd[c.get().end()] + 1;
            for (int len = 2; len >= 1; len--) {
                if (after + len > to) continue;
                String phrase = Tokens.text(s, toks, after, after + len).toLowerCase(Locale.ROOT);
                if (!lex.countryOrgHeads.contains(phrase)) continue;
                int end = after + len;
                // ... only a mission is named by its city: "the Soviet Army in Sadong District" is the army
                if (MISSIONS.contains(toks.get(end - 1).lower()) && end + 1 < to && toks.get(end).is("in") && toks.get(end + 1).isCapitalized()
                        && lex.countries.get(toks.get(end + 1).word()).isEmpty()) {
                    // "DPRK embassy in Phnom Penh": the whole city name
                    int city = end + 1;
                    while (city < to && Tokens.namePart(toks.get(city)) && lex.countries.get(toks.get(city).word()).isEmpty()) city++;
                    end = city;
                }
                out.add(new Candidate(k, end, EntityType.ORGANIZATION, null, c.get().value().iso3(), 2, null));
                break;
            }
        }
        // "C.C., WPK": the Central Committee named after its party
        for (int k = from; k + 2 < to; k++) {
            // "C.C., the Communist Party of China" too
            int p = k + 2 < to && toks.get(k + 2).is("the") ? k + 3 : k + 2;
            if (toks.get(k).word().equals("C.C.") && toks.get(k + 1).is(",") && p < to && Tokens.namePart(toks.get(p))) {
                int r = toks.get(p).isAcronym() ? p + 1 : growRight(toks, p + 1, to, false);
                out.add(new Candidate(k, r, EntityType.ORGANIZATION, null, null, 2, null));
            }
        }
    }

    private void crf(List<Tok> toks, int from, int to, List<Candidate> out) {
        int k = from;
        while (k < to) {
            String tag = toks.get(k).ner();
            if (!(tag.equals("PERSON") || tag.equals("ORGANIZATION") || tag.equals("LOCATION"))) {
                k++;
                continue;
            }
            int e = k;
            while (e < to && toks.get(e).ner().equals(tag)) e++;
            int b = k;
            while (b < e && (isTitleWord(toks.get(b)) || lex.honorifics.get(toks.get(b).word()).isPresent()
                    || toks.get(b).is("the"))) b++;
            // "vice-minister of Digital Development": a ministerial portfolio, not an organization
            boolean portfolio = tag.equals("ORGANIZATION") && b >= from + 2
                    && (toks.get(b - 1).is("of") || toks.get(b - 1).is("for"))
                    && toks.get(b - 2).lower().contains("minister");
            if (b < e && !portfolio) {
                EntityType type = EntityType.valueOf(tag);
                boolean nonName = false;
                for (int q = b; q < e; q++) nonName |= lex.nonNames.contains(toks.get(q).word());
                // "president of the State Affairs of ...": a title's portfolio, not an organization
                nonName |= tag.equals("ORGANIZATION") && e - b > 1 && b - 1 >= from && toks.get(b - 1).is("the")
                        && b - 2 >= from && toks.get(b - 2).is("of") && b - 3 >= from && isTitleWord(toks.get(b - 3));
                // "visit to the South": a direction alone is no place
                nonName |= tag.equals("LOCATION") && e - b == 1 && Tokens.COMPASS.contains(toks.get(b).word());
                if (!nonName) {
                    out.add(new Candidate(b, e, type, type == EntityType.LOCATION ? LocationSubtype.CITY : null,
                            null, 1, null));
                }
            }
            k = e;
        }
    }
}
