package org.communique.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.communique.api.EntityType;
import org.communique.api.LocationSubtype;
import org.communique.doc.AnalysedText;
import org.communique.doc.Component;
import org.communique.doc.Doc;
import org.communique.doc.EntityDraft;
import org.communique.doc.Tok;
import org.communique.lexicon.Lexicon;

/**
 * Finds the persons, organizations and places of an article and merges their mentions into
 * entities ("Zarenin" after "Andrei Zarenin", "DPRK" and "Democratic People's Republic of Korea",
 * "WPK" and "Workers' Party of Korea"), with titles, affiliations and countries.
 */
public final class EntityRecognizer implements Component {
    private final Lexicon lex;
    private final MentionFinder finder;
    private final MentionResolver resolver = new MentionResolver();
    private final EntityMerger merger;
    private final PersonAttributes attributes;

    public EntityRecognizer(Lexicon lex) {
        this.lex = lex;
        this.finder = new MentionFinder(lex);
        this.merger = new EntityMerger(lex);
        this.attributes = new PersonAttributes(lex);
    }

    @Override
    public void process(Doc doc) {
        List<Tok> toks = doc.tokens();
        List<Candidate> found = new ArrayList<>(finder.find(doc));
        // the headline is in title case, where name patterns misfire: keep only what the body confirms,
        // before choosing among overlaps, so that a misfire ("Vice Department Director of C.C.") does
        // not hide the word-list name under it ("C.C., WPK")
        Set<String> bodyTexts = new HashSet<>();
        Set<String> bodyOrgKeys = new HashSet<>();
        for (Candidate c : resolver.resolve(found.stream().filter(c -> !doc.inTitle(toks.get(c.from()).begin())).toList())) {
            if (!c.blocker()) bodyTexts.add(analysed(doc, c).toLowerCase(Locale.ROOT));
            if (c.type() == EntityType.ORGANIZATION) bodyOrgKeys.addAll(orgKeys(doc, c));
        }
        // ... the body confirms a name as written or, for a body, under another form of it
        // ("C.C., Communist Party of Russia" over "Central Committee of the Communist Party of the Russian Federation")
        found.removeIf(c -> !c.blocker() && c.priority() < 3 && doc.inTitle(toks.get(c.from()).begin())
                && !bodyTexts.contains(analysed(doc, c).toLowerCase(Locale.ROOT))
                && !(c.type() == EntityType.ORGANIZATION && orgKeys(doc, c).stream().anyMatch(bodyOrgKeys::contains)));
        List<ResolvedMention> mentions = new ArrayList<>();
        for (Candidate c : resolver.resolve(found)) {
            if (c.blocker()) continue;
            int b = toks.get(c.from()).begin(), e = toks.get(c.to() - 1).end();
            mentions.add(new ResolvedMention(c, b, e, AnalysedText.squash(doc.text().originalText(b, e)), analysed(doc, c),
                    doc.inTitle(b)));
        }
        mentions.addAll(placesInside(doc, mentions));
        mentions.addAll(pairedPlaces(doc, mentions));
        headedByPlural(doc, mentions);
        here(doc).ifPresent(mentions::add);
        mentions.removeIf(m -> m.c().type() == EntityType.PERSON && !plausiblePerson(m.text()));
        mentions.removeIf(m -> m.c().type() == EntityType.ORGANIZATION && notOrganization(m.text()));

        Map<String, String> acronyms = merger.acronyms(doc, mentions);
        Map<ResolvedMention, EntityDraft> of = new LinkedHashMap<>();
        List<EntityDraft> drafts = new ArrayList<>();
        merger.mergePersons(mentions, of, drafts);
        merger.mergeOrganizations(mentions, acronyms, of, drafts);
        merger.mergeLocations(mentions, of, drafts);
        for (Map.Entry<ResolvedMention, EntityDraft> e : of.entrySet()) {
            ResolvedMention m = e.getKey();
            e.getValue().mentions.add(new EntityDraft.Span(m.begin(), m.end(), m.written()));
        }
        for (EntityDraft d : drafts) d.mentions.sort(java.util.Comparator.comparingInt(EntityDraft.Span::start));
        drafts.sort(java.util.Comparator.comparingInt(d -> d.mentions.get(0).start()));
        attributes.addTitles(doc, of);
        attributes.dropPortfolios(doc, of, drafts);
        dropBareWords(of, drafts);
        for (EntityDraft d : drafts) {
            if (d.type == EntityType.ORGANIZATION && d.country == null) d.country = attributes.countryIn(d.name, true);
        }
        attributes.delegationCountry(doc, of);
        for (EntityDraft d : drafts) {
            if (d.type == EntityType.PERSON) attributes.personCountry(d);
        }
        doc.entities().addAll(drafts);
    }

    /**
     * "the workers of Ryongsong", "Servicepersons in the DPRK": a person named by one word alone, with no
     * title, no fuller name in the article and none the word list knows, is a tagger's misfire. State
     * media name a person in full at least once ("Guterres" comes with "UN Secretary-General").
     */
    private void dropBareWords(Map<ResolvedMention, EntityDraft> of, List<EntityDraft> drafts) {
        java.util.function.Predicate<EntityDraft> bare = d -> d.type == EntityType.PERSON && d.name.indexOf(' ') < 0
                && d.titles.isEmpty() && d.aliases.stream().noneMatch(a -> a.indexOf(' ') > 0) && lex.persons.get(d.name).isEmpty();
        drafts.removeIf(bare);
        of.values().removeIf(bare);
    }

    /** The keys a body candidate merges under: its name's, and its word-list name's. */
    private List<String> orgKeys(Doc doc, Candidate c) {
        List<String> keys = new ArrayList<>();
        keys.add(merger.orgKey(EntityMerger.stripThe(analysed(doc, c)), Map.of()));
        if (c.canonical() != null) keys.add(merger.orgKey(c.canonical(), Map.of()));
        return keys;
    }

    /** The name as the analysed text has it ("Kim Il Sung University", glue split). */
    private static String analysed(Doc doc, Candidate c) {
        List<Tok> toks = doc.tokens();
        return AnalysedText.squash(doc.string().substring(toks.get(c.from()).begin(), toks.get(c.to() - 1).end()));
    }

    /**
     * Places named inside a mention that the guideline lists on their own as well: the city of an
     * embassy ("ROK embassy in London") and the parts of a hyphenated pair ("Pyongyang-Nampho area").
     */
    private List<ResolvedMention> placesInside(Doc doc, List<ResolvedMention> mentions) {
        List<Tok> toks = doc.tokens();
        List<ResolvedMention> out = new ArrayList<>();
        for (ResolvedMention m : mentions) {
            Candidate c = m.c();
            if (c.type() == EntityType.ORGANIZATION) {
                for (int k = c.from(); k + 1 < c.to(); k++) {
                    if (!toks.get(k).is("in")) continue;
                    Tok p = toks.get(k + 1);
                    var place = lex.places.get(p.word());
                    if (place.isPresent() && k + 2 == c.to()) {
                        out.add(new ResolvedMention(new Candidate(k + 1, k + 2, EntityType.LOCATION, place.get().subtype(), null, 2,
                                null), p.begin(), p.end(), p.word(), m.inTitle()));
                    }
                }
            }
        }
        for (Tok t : toks) {
            int dash = t.word().indexOf('-');
            if (dash <= 0 || !doc.inContent(t.begin()) || mentions.stream().anyMatch(m -> m.begin() <= t.begin()
                    && t.end() <= m.end() && !(m.c().type() == EntityType.LOCATION && m.begin() == t.begin()
                    && m.end() == t.end()))) continue;
            // "Asia-Pacific" is one region
            if (lex.places.get(t.word()).isPresent()) continue;
            String[] parts = t.word().split("-");
            // "Pyongyang-Nampho area", "ROK-U.S. drills": two places or two states
            if (parts.length != 2 || Arrays.stream(parts).anyMatch(x -> lex.places.get(x).isEmpty()
                    && lex.countries.get(x).filter(c -> !c.adjective()).isEmpty())) continue;
            int b = t.begin();
            for (String part : parts) {
                var place = lex.places.get(part);
                Candidate c = place.isPresent()
                        ? new Candidate(t.i(), t.i() + 1, EntityType.LOCATION, place.get().subtype(), null, 2, null)
                        : new Candidate(t.i(), t.i() + 1, EntityType.LOCATION, LocationSubtype.COUNTRY,
                                lex.countries.get(part).get().iso3(), 2, null);
                out.add(new ResolvedMention(c, b, b + part.length(), part, doc.inTitle(t.begin())));
                b += part.length() + 1;
            }
            mentions.removeIf(m -> m.begin() == t.begin() && m.end() == t.end());
        }
        return out;
    }

    /**
     * "North and South Hwanghae provincial teams": the elliptic first half of a pair is the place
     * the second names with its own compass word (North Hwanghae), when the gazetteer knows it.
     */
    private List<ResolvedMention> pairedPlaces(Doc doc, List<ResolvedMention> mentions) {
        List<Tok> toks = doc.tokens();
        List<ResolvedMention> out = new ArrayList<>();
        for (ResolvedMention m : mentions) {
            int i = m.c().from();
            if (m.c().type() != EntityType.LOCATION || i < 2 || !toks.get(i - 1).is("and")) continue;
            String second = toks.get(i).word(), first = toks.get(i - 2).word();
            if (!Tokens.COMPASS.contains(second) || !Tokens.COMPASS.contains(first) || first.equals(second)) continue;
            String name = first + m.text().substring(second.length());
            var place = lex.places.get(name);
            if (place.isEmpty()) continue;
            Tok t = toks.get(i - 2);
            out.add(new ResolvedMention(new Candidate(i - 2, i - 1, EntityType.LOCATION, place.get().subtype(), null, 2, null),
                    t.begin(), t.end(), t.word(), name, m.inTitle()));
        }
        return out;
    }


    /**
     * "goat farms in Orang and Yonsa counties", "Unryul and Jaeryong mines", "Songrim and Hyesan city
     * committees of the Workers' Party of Korea": names listed before a shared lower-case plural head
     * are each named with it (Orang County, Unryul Mine, Songrim City Committee of the ...), as the
     * guideline completes elliptic pairs; a place head keeps them places, a body's head makes them bodies.
     */
    private void headedByPlural(Doc doc, List<ResolvedMention> mentions) {
        List<Tok> toks = doc.tokens();
        Map<Integer, ResolvedMention> byStart = new java.util.HashMap<>();
        for (ResolvedMention m : mentions) byStart.put(m.c().from(), m);
        for (int i = 0; i < toks.size(); i++) {
            if (!listable(byStart.get(i))) continue;
            List<ResolvedMention> run = new ArrayList<>();
            int k = i;
            while (listable(byStart.get(k))) {
                ResolvedMention m = byStart.get(k);
                run.add(m);
                k = m.c().to();
                if (k < toks.size() && toks.get(k).is(",")) k++;
                if (k < toks.size() && toks.get(k).is("and")) k++;
            }
            int end = run.get(run.size() - 1).c().to();
            i = end - 1;
            // "Ramjong, Hungsan and other mines"
            int h = end;
            if (h + 1 < toks.size() && toks.get(h).is("and") && toks.get(h + 1).is("other")) h += 2;
            // the plural head within four lower-case words, after its modifiers ("knitwear factories",
            // "city committees", "county people's committees")
            int head = -1;
            boolean level = false;
            for (int q = h; q < Math.min(toks.size(), h + 4) && toks.get(q).isLower(); q++) {
                // "county people's committees"
                if (toks.get(q).is("people") && q + 1 < toks.size() && toks.get(q + 1).is("'s")) { q++; continue; }
                if (toks.get(q).pos().equals("NNS")) { head = q; break; }
                level |= LEVELS.contains(toks.get(q).lower());
                if (!toks.get(q).pos().equals("NN") && !toks.get(q).pos().equals("JJ")) break;
            }
            if (run.size() < 2 || head < 0) continue;
            String word = capitalised(Lexicon.singular(toks.get(head).word()));
            LocationSubtype sub = lex.placeHeads.get(word);
            boolean body = sub == null && lex.orgHeads.contains(word);
            if (sub == null && !body) continue;
            // "North and South Hwanghae provincial teams" are the provinces' teams, described, not named;
            // "Yanbian and Mudanjiang regional associations" are standing bodies with names
            if (level && GROUPS.contains(word)) continue;
            StringBuilder suffix = new StringBuilder();
            for (int q = h; q < head; q++) {
                if (!toks.get(q).is("'s")) suffix.append(' ');
                suffix.append(capitalised(toks.get(q).word()));
            }
            suffix.append(' ').append(word);
            // "... city committees of the Workers' Party of Korea": a body's head keeps what it is of
            ResolvedMention of = body && head + 2 < toks.size() && toks.get(head + 1).is("of") ? bodyAt(byStart, toks, head + 2) : null;
            if (of != null) {
                suffix.append(" of the ").append(EntityMerger.stripThe(of.text()));
                mentions.remove(of);
            }
            for (ResolvedMention m : run) {
                // "North Hwanghae Province and Kangwon counties" aside: a place with its own head keeps it
                if (lex.placeHeads.containsKey(m.text().substring(m.text().lastIndexOf(' ') + 1))) continue;
                if (!body && m.c().type() != EntityType.LOCATION) continue;
                Candidate c = body ? new Candidate(m.c().from(), m.c().to(), EntityType.ORGANIZATION, null, null, m.c().priority(), null)
                        : new Candidate(m.c().from(), m.c().to(), EntityType.LOCATION, sub, null, m.c().priority(), null);
                mentions.set(mentions.indexOf(m), new ResolvedMention(c, m.begin(), m.end(), m.written(), m.text() + suffix, m.inTitle()));
            }
        }
    }

    /** Adjectives of a place's level, and the groups they make of a place's people rather than name. */
    private static final Set<String> LEVELS = Set.of("provincial", "municipal", "regional", "national", "local", "district");
    private static final Set<String> GROUPS = Set.of("Team", "Delegation", "Group", "Troupe", "Squad");

    /** A name that can stand in a list before a shared head: a place that is no country, or a one-word "person". */
    private static boolean listable(ResolvedMention m) {
        if (m == null) return false;
        if (m.c().type() == EntityType.LOCATION) return m.c().subtype() != LocationSubtype.COUNTRY;
        return m.c().type() == EntityType.PERSON && m.c().length() == 1;
    }

    /** The body mentioned at token {@code k}, after an optional "the". */
    private static ResolvedMention bodyAt(Map<Integer, ResolvedMention> byStart, List<Tok> toks, int k) {
        ResolvedMention m = byStart.get(k);
        if (m == null && toks.get(k).is("the")) m = byStart.get(k + 1);
        return m != null && m.c().type() == EntityType.ORGANIZATION ? m : null;
    }

    private static String capitalised(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** "here" in the body names the dateline's place ("paid a visit to the embassy here"). */
    private java.util.Optional<ResolvedMention> here(Doc doc) {
        if (doc.dateline() == null || doc.dateline().place() == null) return java.util.Optional.empty();
        String place = doc.dateline().place();
        String name = place;
        if (place.equals(place.toUpperCase(Locale.ROOT))) {
            // "PHNOM PENH, November 16./TASS/." names Phnom Penh
            StringBuilder sb = new StringBuilder();
            for (String w : place.toLowerCase(Locale.ROOT).split(" ")) {
                if (!w.isEmpty()) sb.append(sb.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
            name = sb.toString();
        }
        var known = lex.places.get(name);
        for (Tok t : doc.tokens()) {
            if (t.word().equals("here") && t.pos().equals("RB") && doc.inContent(t.begin()) && !doc.inTitle(t.begin())) {
                Candidate c = new Candidate(t.i(), t.i() + 1, EntityType.LOCATION,
                        known.map(Lexicon.Place::subtype).orElse(LocationSubtype.CITY), null, 2, null);
                return java.util.Optional.of(new ResolvedMention(c, t.begin(), t.end(), t.word(), name, false));
            }
        }
        return java.util.Optional.empty();
    }

    private boolean plausiblePerson(String text) {
        String[] w = text.split(" ");
        for (String x : w) {
            if (lex.nonNames.contains(x) || lex.isTitle(x)) return false;
        }
        // "Ryongmun Cavern", "Kangan Farm": a name that ends in a head word names no person
        String last = w[w.length - 1];
        if (w.length > 1 && (lex.placeHeads.containsKey(last) || lex.orgHeads.contains(last))) return false;
        return Character.isUpperCase(text.charAt(0)) && lex.countries.get(text).isEmpty();
    }

    /** "Eighth Party Congress", "Third Plenary Meeting", "Fourth Eurasian Women's Forum": a numbered gathering, not a body. */
    private static final java.util.regex.Pattern GATHERING = java.util.regex.Pattern.compile(
            "^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|\\d+(?:st|nd|rd|th))\\b.*"
                    + "\\b(?:Congress|Conference|Plenum|Session|Meeting|Sitting|Forum)$");

    private boolean notOrganization(String text) {
        String t = EntityMerger.stripThe(text);
        // "the APG's 26th general assembly": without a capital it is a description, not a name
        if (GATHERING.matcher(t).matches() || t.chars().noneMatch(Character::isUpperCase)) return true;
        for (String p : lex.notOrganizations) {
            if (t.equals(p) || t.startsWith(p + " of ")) return true;
        }
        return false;
    }

}
