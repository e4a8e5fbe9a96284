package org.communique.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
    private final TitleFinder titles;

    public EntityRecognizer(Lexicon lex) {
        this.lex = lex;
        this.finder = new MentionFinder(lex);
        this.titles = new TitleFinder(lex);
    }

    /**
     * A resolved mention: its candidate, analysed-text offsets, the words written there, and the
     * name it gives (the same words, except for "here", which names the dateline's place).
     */
    private record M(Candidate c, int begin, int end, String written, String text, boolean inTitle) {
        M(Candidate c, int begin, int end, String text, boolean inTitle) {
            this(c, begin, end, text, text, inTitle);
        }
    }

    @Override
    public void process(Doc doc) {
        List<Tok> toks = doc.tokens();
        List<M> mentions = new ArrayList<>();
        Set<String> bodyTexts = new HashSet<>();
        for (Candidate c : resolver.resolve(finder.find(doc))) {
            if (c.blocker()) continue;
            int b = toks.get(c.from()).begin(), e = toks.get(c.to() - 1).end();
            // the name as the analysed text has it ("Kim Il Sung University", glue split), the mention as written
            String text = AnalysedText.squash(doc.string().substring(b, e));
            boolean inTitle = doc.inTitle(b);
            if (!inTitle) bodyTexts.add(text.toLowerCase(Locale.ROOT));
            mentions.add(new M(c, b, e, AnalysedText.squash(doc.text().originalText(b, e)), text, inTitle));
        }
        mentions.addAll(placesInside(doc, mentions));
        here(doc).ifPresent(mentions::add);
        // the headline is in title case, where name patterns misfire: keep only what the body confirms
        mentions.removeIf(m -> m.inTitle() && m.c().priority() < 3
                && !bodyTexts.contains(m.text().toLowerCase(Locale.ROOT)));
        mentions.removeIf(m -> m.c().type() == EntityType.PERSON && !plausiblePerson(m.text()));
        mentions.removeIf(m -> m.c().type() == EntityType.ORGANIZATION && notOrganization(m.text()));

        Map<String, String> acronyms = acronyms(doc, mentions);
        Map<M, EntityDraft> of = new LinkedHashMap<>();
        List<EntityDraft> drafts = new ArrayList<>();
        mergePersons(mentions, of, drafts);
        mergeOrganizations(mentions, acronyms, of, drafts);
        mergeLocations(mentions, of, drafts);
        for (Map.Entry<M, EntityDraft> e : of.entrySet()) {
            M m = e.getKey();
            e.getValue().mentions.add(new EntityDraft.Span(m.begin(), m.end(), m.written()));
        }
        for (EntityDraft d : drafts) d.mentions.sort(java.util.Comparator.comparingInt(EntityDraft.Span::start));
        drafts.sort(java.util.Comparator.comparingInt(d -> d.mentions.get(0).start()));
        addTitles(doc, of);
        dropPortfolios(doc, of, drafts);
        for (EntityDraft d : drafts) {
            if (d.type == EntityType.ORGANIZATION && d.country == null) d.country = countryIn(d.name, true);
        }
        for (EntityDraft d : drafts) {
            if (d.type == EntityType.PERSON) personCountry(d);
        }
        doc.entities().addAll(drafts);
    }

    /**
     * Places named inside a mention that the guideline lists on their own as well: the city of an
     * embassy ("ROK embassy in London") and the parts of a hyphenated pair ("Pyongyang-Nampho area").
     */
    private List<M> placesInside(Doc doc, List<M> mentions) {
        List<Tok> toks = doc.tokens();
        List<M> out = new ArrayList<>();
        for (M m : mentions) {
            Candidate c = m.c();
            if (c.type() == EntityType.ORGANIZATION) {
                for (int k = c.from(); k + 1 < c.to(); k++) {
                    if (!toks.get(k).is("in")) continue;
                    Tok p = toks.get(k + 1);
                    var place = lex.places.get(p.word());
                    if (place.isPresent() && k + 2 == c.to()) {
                        out.add(new M(new Candidate(k + 1, k + 2, EntityType.LOCATION, place.get().subtype(), null, 2,
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
                out.add(new M(c, b, b + part.length(), part, doc.inTitle(t.begin())));
                b += part.length() + 1;
            }
            mentions.removeIf(m -> m.begin() == t.begin() && m.end() == t.end());
        }
        return out;
    }

    /** "here" in the body names the dateline's place ("paid a visit to the embassy here"). */
    private java.util.Optional<M> here(Doc doc) {
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
                return java.util.Optional.of(new M(c, t.begin(), t.end(), t.word(), name, false));
            }
        }
        return java.util.Optional.empty();
    }

    private boolean plausiblePerson(String text) {
        String[] w = text.split(" ");
        for (String x : w) {
            if (lex.nonNames.contains(x) || lex.isTitle(x)) return false;
        }
        return Character.isUpperCase(text.charAt(0)) && lex.countries.get(text).isEmpty();
    }

    /** "Eighth Party Congress", "Third Plenary Meeting": a numbered gathering, not a body. */
    private static final java.util.regex.Pattern GATHERING = java.util.regex.Pattern.compile(
            "^(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|\\d+(?:st|nd|rd|th))\\b.*"
                    + "\\b(?:Congress|Conference|Plenum|Session|Meeting|Sitting)$");

    private boolean notOrganization(String text) {
        String t = stripThe(text);
        if (GATHERING.matcher(t).matches()) return true;
        for (String p : lex.notOrganizations) {
            if (t.equals(p) || t.startsWith(p + " of ")) return true;
        }
        return false;
    }

    /**
     * "Workers' Party of Korea (WPK)": an acronym in brackets after an organization names it, or the
     * organization named at the end of it ("Standing Committee of the Supreme People's Assembly (SPA)"
     * introduces SPA for the Assembly), whichever its letters spell. The bracketed acronym of a nested
     * name is no mention of its own (the guideline's no-nesting rule).
     */
    private Map<String, String> acronyms(Doc doc, List<M> mentions) {
        Map<String, String> out = new HashMap<>();
        List<Tok> toks = doc.tokens();
        List<M> drop = new ArrayList<>();
        for (M m : mentions) {
            if (m.c().type() != EntityType.ORGANIZATION) continue;
            int k = m.c().to();
            if (!(k + 2 < toks.size() && toks.get(k).is("(") && toks.get(k + 1).isAcronym() && toks.get(k + 2).is(")"))) continue;
            String acr = toks.get(k + 1).word();
            String[] w = stripThe(m.text()).split(" ");
            for (int i = 0; i < w.length; i++) {
                String tail = String.join(" ", Arrays.copyOfRange(w, i, w.length));
                if (!initials(tail).equals(acr.replace(".", ""))) continue;
                out.putIfAbsent(acr, tail);
                if (i > 0) {
                    int at = toks.get(k + 1).begin();
                    mentions.stream().filter(x -> x.begin() == at).forEach(drop::add);
                }
                break;
            }
        }
        mentions.removeAll(drop);
        return out;
    }

    private static final java.util.Set<String> MINOR = java.util.Set.of("of", "the", "and", "for", "in", "on", "to", "a",
            "an", "with", "'s", "'");

    private static String initials(String name) {
        StringBuilder sb = new StringBuilder();
        for (String x : name.replace("\u2019", "'").replace("'s", "").replace("'", "").split("[ -]")) {
            if (!x.isEmpty() && !MINOR.contains(x.toLowerCase(Locale.ROOT))) sb.append(Character.toUpperCase(x.charAt(0)));
        }
        return sb.toString();
    }

    private void mergePersons(List<M> mentions, Map<M, EntityDraft> of, List<EntityDraft> drafts) {
        List<M> persons = mentions.stream().filter(m -> m.c().type() == EntityType.PERSON)
                .sorted(java.util.Comparator.comparingInt((M m) -> -m.text().split(" ").length)).toList();
        for (M m : persons) {
            EntityDraft target = null;
            String[] w = m.text().split(" ");
            for (EntityDraft d : drafts) {
                if (d.type != EntityType.PERSON) continue;
                if (samePerson(d.name, w) || d.aliases.stream().anyMatch(a -> samePerson(a, w))) { target = d; break; }
                if (m.c().canonical() != null && m.c().canonical().equals(lexiconName(d.name))) { target = d; break; }
            }
            if (target == null) {
                target = new EntityDraft(EntityType.PERSON, m.text());
                target.country = m.c().country();
                drafts.add(target);
            } else if (!target.name.equalsIgnoreCase(m.text())) {
                target.aliases.add(m.text());
            }
            if (target.country == null) target.country = m.c().country();
            of.put(m, target);
        }
    }

    private String lexiconName(String name) {
        return lex.persons.get(name).map(Lexicon.Person::name).orElse(null);
    }

    /** "Zarenin" or "Vladimir Putin" is "Andrei Zarenin" or "Vladimir Vladimirovich Putin". */
    private boolean samePerson(String full, String[] w) {
        String[] f = full.split(" ");
        if (f.length == w.length) return full.equalsIgnoreCase(String.join(" ", w));
        if (w.length > f.length) return false;
        if (w.length == 1) return f[f.length - 1].equals(w[0]) && !lex.koreanSurnames.contains(w[0]);
        return f[0].equals(w[0]) && f[f.length - 1].equals(w[w.length - 1]);
    }

    /**
     * Organizations meet under a key: their content words after expanding the article's acronyms,
     * in any order ("SPA Standing Committee" = "Standing Committee of the Supreme People's Assembly",
     * "C.C., WPK" = "WPK Central Committee"); a name without its country prefix, the lexicon's
     * canonical name, and a short form that begins the full name ("Drone Institute") join too.
     */
    private void mergeOrganizations(List<M> mentions, Map<String, String> acronyms, Map<M, EntityDraft> of,
                                    List<EntityDraft> drafts) {
        Map<String, EntityDraft> byKey = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        List<M> orgs = mentions.stream().filter(m -> m.c().type() == EntityType.ORGANIZATION)
                .sorted(java.util.Comparator.comparingInt((M m) -> -m.text().length())).toList();
        for (M m : orgs) {
            String text = stripThe(m.text());
            List<String> keys = new ArrayList<>();
            keys.add(orgKey(text, acronyms));
            if (m.c().canonical() != null) keys.add(orgKey(m.c().canonical(), acronyms));
            String bare = withoutCountry(text);
            if (bare != null) keys.add(orgKey(bare, acronyms));
            EntityDraft target = keys.stream().filter(k -> !ambiguous.contains(k)).map(byKey::get)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (target == null && text.indexOf(' ') > 0) {
                for (EntityDraft d : drafts) {
                    if (d.type == EntityType.ORGANIZATION && d.name.startsWith(text + " of ")) { target = d; break; }
                }
            }
            if (target == null && text.indexOf(' ') > 0) {
                // "Party Central Committee" after "Central Committee of the Workers' Party of Korea": a short
                // form whose words all belong to one organization's name, and to no other's
                Set<String> words = Set.of(orgKey(text, acronyms).split(" "));
                String head = text.substring(text.lastIndexOf(' ') + 1);
                List<EntityDraft> holders = drafts.stream().filter(d -> d.type == EntityType.ORGANIZATION
                        && head.equals(mainHead(d.name))
                        && Set.of(orgKey(d.name, acronyms).split(" ")).containsAll(words)).toList();
                if (holders.size() == 1) target = holders.get(0);
            }
            if (target == null) {
                target = new EntityDraft(EntityType.ORGANIZATION, text);
                target.country = m.c().country();
                drafts.add(target);
            } else if (!target.name.equalsIgnoreCase(text)) {
                target.aliases.add(text);
            }
            for (String k : keys) {
                EntityDraft had = byKey.putIfAbsent(k, target);
                // "DPRK Ministry of X" and "Russian Ministry of X": the bare "Ministry of X" is neither's
                if (had != null && had != target && bare != null && k.equals(orgKey(bare, acronyms))) ambiguous.add(k);
            }
            of.put(m, target);
        }
    }

    private static String stripThe(String s) {
        return s.startsWith("the ") || s.startsWith("The ") ? s.substring(4) : s;
    }

    /** The sorted content words of a name, acronyms and "C.C." expanded. */
    static String orgKey(String name, Map<String, String> acronyms) {
        java.util.TreeSet<String> words = new java.util.TreeSet<>();
        String n = name.replace("\u2019", "'").replace("C.C.", "Central Committee");
        for (String w : n.split("[\\s,]+")) {
            String x = w.replaceAll("'s?$", "");
            String exp = acronyms.get(x);
            String src = exp != null ? exp.replace("\u2019", "'") : x;
            for (String y : src.split("\\s+")) {
                String z = y.replaceAll("'s?$", "").toLowerCase(Locale.ROOT);
                if (!z.isEmpty() && !MINOR.contains(z)) words.add(z);
            }
        }
        return String.join(" ", words);
    }

    /**
     * "DPRK Ministry of IT Industry" without its country: "Ministry of IT Industry", or null when the
     * rest is no name of its own ("Cuban embassy" and "Brazilian embassy" are two organizations).
     */
    private String withoutCountry(String name) {
        int sp = name.indexOf(' ');
        if (sp < 0) return null;
        String rest = name.substring(sp + 1);
        boolean aName = rest.indexOf(' ') > 0 && Character.isUpperCase(rest.charAt(0));
        return aName && lex.countries.get(name.substring(0, sp)).isPresent() ? rest : null;
    }

    /** The word that heads a name: the last before its first "of"/"for" ("Committee" in "Central Committee of the WPK"). */
    private static String mainHead(String name) {
        String[] w = name.split(" ");
        for (int i = 1; i < w.length; i++) {
            if (w[i].equals("of") || w[i].equals("for")) return w[i - 1];
        }
        return w[w.length - 1];
    }

    private void mergeLocations(List<M> mentions, Map<M, EntityDraft> of, List<EntityDraft> drafts) {
        Map<String, EntityDraft> byKey = new HashMap<>();
        List<M> locs = mentions.stream().filter(m -> m.c().type() == EntityType.LOCATION)
                .sorted(java.util.Comparator.comparingInt((M m) -> -m.text().length())).toList();
        for (M m : locs) {
            Candidate c = m.c();
            String text = stripThe(m.text());
            String key = c.subtype() == LocationSubtype.COUNTRY && c.country() != null ? "#" + c.country()
                    : text.toLowerCase(Locale.ROOT);
            EntityDraft target = byKey.get(key);
            if (target == null && c.subtype() != LocationSubtype.COUNTRY) {
                // "Puryong" after "Puryong County"
                for (EntityDraft d : drafts) {
                    if (d.type == EntityType.LOCATION && !d.isCountry() && d.name.startsWith(text + " ")
                            && lex.placeHeads.containsKey(d.name.substring(text.length() + 1))) {
                        target = d;
                        break;
                    }
                }
            }
            if (target == null) {
                target = new EntityDraft(EntityType.LOCATION, text);
                target.subtype = c.subtype() == null ? LocationSubtype.CITY : c.subtype();
                target.country = c.subtype() == LocationSubtype.COUNTRY ? c.country() : null;
                drafts.add(target);
                byKey.put(key, target);
            } else if (!target.name.equalsIgnoreCase(text)) {
                target.aliases.add(text);
            }
            of.put(m, target);
        }
    }

    private void addTitles(Doc doc, Map<M, EntityDraft> of) {
        List<Tok> toks = doc.tokens();
        Set<Integer> personStarts = new HashSet<>();
        Map<Integer, EntityDraft> orgAt = new HashMap<>();
        for (Map.Entry<M, EntityDraft> e : of.entrySet()) {
            Candidate c = e.getKey().c();
            if (c.type() == EntityType.PERSON) personStarts.add(c.from());
            if (c.type() == EntityType.ORGANIZATION) {
                for (int k = c.from(); k < c.to(); k++) orgAt.put(k, e.getValue());
            }
        }
        List<M> persons = of.keySet().stream().filter(m -> m.c().type() == EntityType.PERSON && !m.inTitle())
                .sorted(java.util.Comparator.comparingInt(m -> m.c().from())).toList();
        for (M m : persons) {
            List<TitleFinder.Title> found = new ArrayList<>(titles.before(doc, m.c().from(), personStarts));
            found.addAll(titles.after(doc, m.c().to(), personStarts));
            for (TitleFinder.Title t : found) {
                // a plural office ("officials concerned") is no title of one person; lists are handled below
                if (!titles.plural(toks, t)) addTitle(doc, of.get(m), t, titleText(doc, t), orgAt);
            }
        }
        // "Jo Yong Won, Pak Jong Chon and Ri Il Hwan, leading officials of the C.C., WPK",
        // "vice-chairmen Kang Yun Sok and Kim Ho Chol": a plural title names each person of the list
        for (int i = 0; i < persons.size(); ) {
            int j = i;
            while (j + 1 < persons.size() && onlyListWords(toks, persons.get(j).c().to(), persons.get(j + 1).c().from())) j++;
            if (j > i) {
                List<TitleFinder.Title> shared = new ArrayList<>();
                shared.addAll(titles.before(doc, persons.get(i).c().from(), personStarts));
                int after = persons.get(j).c().to();
                if (after + 2 < toks.size() && toks.get(after).is("and") && toks.get(after + 1).is("other")) {
                    shared.addAll(titles.from(doc, after + 2,
                            doc.sentenceStart(toks.get(after).sentence() + 1), personStarts));
                } else {
                    shared.addAll(titles.after(doc, after, personStarts));
                }
                for (TitleFinder.Title t : shared) {
                    if (!titles.plural(toks, t)) continue;
                    String plural = titleText(doc, t);
                    String one = titles.singular(toks, t, plural);
                    for (int k = i; k <= j; k++) {
                        EntityDraft p = of.get(persons.get(k));
                        addTitle(doc, p, t, one, orgAt);
                    }
                }
            }
            i = j + 1;
        }
    }

    private static String titleText(Doc doc, TitleFinder.Title t) {
        List<Tok> toks = doc.tokens();
        return AnalysedText.squash(doc.string().substring(toks.get(t.from()).begin(), toks.get(t.to() - 1).end()));
    }

    private void addTitle(Doc doc, EntityDraft p, TitleFinder.Title t, String text, Map<Integer, EntityDraft> orgAt) {
        List<Tok> toks = doc.tokens();
        p.titles.add(text);
        doc.markTitle(toks.get(t.from()).begin(), toks.get(t.to() - 1).end());
        for (int k = t.from(); k < t.to(); k++) {
            EntityDraft org = orgAt.get(k);
            if (org != null) p.affiliations.add(org);
        }
        if (p.country == null) p.country = countryIn(text, false);
    }

    /** Only commas and "and" between two tokens: the persons are one list. */
    private static boolean onlyListWords(List<Tok> toks, int from, int to) {
        if (to <= from) return false;
        for (int k = from; k < to; k++) {
            if (!toks.get(k).is(",") && !toks.get(k).is("and")) return false;
        }
        return true;
    }

    /**
     * "vice-minister of Digital Development, Post and Telecommunications ...": what the tagger alone
     * took for an organization inside a title, without any organization word, is the office's
     * portfolio, not an organization the article names.
     */
    private void dropPortfolios(Doc doc, Map<M, EntityDraft> of, List<EntityDraft> drafts) {
        Map<EntityDraft, Boolean> keep = new HashMap<>();
        List<Tok> toks = doc.tokens();
        for (Map.Entry<M, EntityDraft> e : of.entrySet()) {
            M m = e.getKey();
            if (e.getValue().type != EntityType.ORGANIZATION) continue;
            boolean portfolio = m.c().priority() == 1 && doc.inTitleSpan(m.begin());
            for (int k = m.c().from(); k < m.c().to() && portfolio; k++) {
                portfolio = !lex.orgHeads.contains(toks.get(k).word()) && !toks.get(k).isAcronym();
            }
            keep.merge(e.getValue(), !portfolio, Boolean::logicalOr);
        }
        keep.forEach((d, k) -> {
            if (k) return;
            drafts.remove(d);
            of.values().removeIf(x -> x == d);
            drafts.forEach(p -> p.affiliations.remove(d));
        });
    }

    /**
     * The state a name or title points to: "... of the Russian Federation" or "Movement ... of Italy"
     * (a final "of Country" wins for organizations), else the first country or nationality word,
     * skipping the one an ambassador is accredited "to".
     */
    private String countryIn(String text, boolean suffixFirst) {
        String[] w = text.split(" ");
        List<int[]> hits = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            for (int j = Math.min(w.length, i + 6); j > i; j--) {
                String phrase = String.join(" ", java.util.Arrays.copyOfRange(w, i, j)).replaceAll("[,.]$", "");
                var c = lex.countries.get(phrase);
                if (c.isEmpty() && phrase.contains("-")) c = lex.countries.get(phrase.substring(0, phrase.indexOf('-')));
                if (c.isPresent()) {
                    hits.add(new int[] {i, j});
                    codes.add(c.get().iso3());
                    i = j - 1;
                    break;
                }
            }
        }
        if (hits.isEmpty()) return null;
        if (suffixFirst) {
            int[] last = hits.get(hits.size() - 1);
            if (last[1] == w.length && last[0] > 0
                    && (w[last[0] - 1].equals("of") || (last[0] > 1 && w[last[0] - 1].equals("the") && w[last[0] - 2].equals("of")))) {
                return codes.get(codes.size() - 1);
            }
        }
        for (int k = 0; k < hits.size(); k++) {
            int i = hits.get(k)[0];
            boolean accredited = (i > 0 && w[i - 1].equals("to")) || (i > 1 && w[i - 1].equals("the") && w[i - 2].equals("to"));
            if (!accredited) return codes.get(k);
        }
        return null;
    }

    private void personCountry(EntityDraft d) {
        if (d.country != null) return;
        for (EntityDraft org : d.affiliations) {
            if (org.country != null) { d.country = org.country; return; }
        }
        d.country = lex.persons.get(d.name).map(Lexicon.Person::iso3).orElse(null);
        if (d.country == null) {
            String[] w = d.name.split(" ");
            if (w.length == 3 && lex.koreanSurnames.contains(w[0])) d.country = "PRK";
        }
    }
}
