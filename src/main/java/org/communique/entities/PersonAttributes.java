package org.communique.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communique.api.EntityType;
import org.communique.doc.AnalysedText;
import org.communique.doc.Doc;
import org.communique.doc.EntityDraft;
import org.communique.doc.Tok;
import org.communique.lexicon.Lexicon;

/**
 * What the article says of its persons: their titles (one by one, and shared by a list:
 * "Jo Yong Won and Ri Il Hwan, leading officials of ..."), the organizations those titles name
 * (affiliations), and the state each person and organization belongs to.
 */
final class PersonAttributes {
    private final Lexicon lex;
    private final TitleFinder titles;

    PersonAttributes(Lexicon lex) {
        this.lex = lex;
        this.titles = new TitleFinder(lex);
    }

    void addTitles(Doc doc, Map<ResolvedMention, EntityDraft> of) {
        List<Tok> toks = doc.tokens();
        Set<Integer> personStarts = new HashSet<>();
        Set<Integer> personTokens = new HashSet<>();
        Map<Integer, EntityDraft> orgAt = new HashMap<>();
        for (Map.Entry<ResolvedMention, EntityDraft> e : of.entrySet()) {
            Candidate c = e.getKey().c();
            if (c.type() == EntityType.PERSON) {
                personStarts.add(c.from());
                for (int k = c.from(); k < c.to(); k++) personTokens.add(k);
            }
            if (c.type() == EntityType.ORGANIZATION) {
                for (int k = c.from(); k < c.to(); k++) orgAt.put(k, e.getValue());
            }
        }
        List<ResolvedMention> persons = of.keySet().stream().filter(m -> m.c().type() == EntityType.PERSON && !m.inTitle())
                .sorted(java.util.Comparator.comparingInt(m -> m.c().from())).toList();
        for (ResolvedMention m : persons) {
            List<TitleFinder.Title> found = new ArrayList<>(titles.before(doc, m.c().from(), personStarts, personTokens));
            found.addAll(titles.after(doc, m.c().to(), personStarts));
            found.addAll(titles.as(doc, m.c().to(), personStarts));
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
                shared.addAll(titles.before(doc, persons.get(i).c().from(), personStarts, personTokens));
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
        fullerOffices(doc, of, personStarts);
    }

    /**
     * "Ambassador Tong Chol Ho" in an article that says "The DPRK ambassador to Equatorial Guinea
     * paid a farewell call": a bare office word gives way to the fullest form of that office the body
     * uses without a name, when only one person holds the bare word.
     */
    private void fullerOffices(Doc doc, Map<ResolvedMention, EntityDraft> of, Set<Integer> personStarts) {
        Map<String, List<EntityDraft>> bare = new HashMap<>();
        for (Map.Entry<ResolvedMention, EntityDraft> e : of.entrySet()) {
            if (e.getKey().c().type() != EntityType.PERSON) continue;
            for (String t : e.getValue().titles) {
                if (t.indexOf(' ') < 0 && lex.isTitle(t)) {
                    List<EntityDraft> holders = bare.computeIfAbsent(t.toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>());
                    if (!holders.contains(e.getValue())) holders.add(e.getValue());
                }
            }
        }
        for (Map.Entry<String, List<EntityDraft>> b : bare.entrySet()) {
            if (b.getValue().size() != 1) continue;
            String fullest = null;
            for (TitleFinder.Title t : titles.unattached(doc, b.getKey(), personStarts)) {
                String text = titleText(doc, t);
                if (fullest == null || text.length() > fullest.length()) fullest = text;
            }
            if (fullest == null) continue;
            EntityDraft p = b.getValue().get(0);
            String office = fullest;
            List<String> kept = new ArrayList<>(p.titles);
            p.titles.clear();
            for (String t : kept) p.titles.add(t.equalsIgnoreCase(b.getKey()) ? office : t);
            if (p.country == null) p.country = countryIn(office, false);
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
    void dropPortfolios(Doc doc, Map<ResolvedMention, EntityDraft> of, List<EntityDraft> drafts) {
        Map<EntityDraft, Boolean> keep = new HashMap<>();
        List<Tok> toks = doc.tokens();
        for (Map.Entry<ResolvedMention, EntityDraft> e : of.entrySet()) {
            ResolvedMention m = e.getKey();
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
    String countryIn(String text, boolean suffixFirst) {
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

    /**
     * "The Russian government delegation led by Alexander Kozlov": the leader of a delegation whose
     * state is named belongs to that state, unless what the article says of the person already
     * gives one.
     */
    void delegationCountry(Doc doc, Map<ResolvedMention, EntityDraft> of) {
        List<Tok> toks = doc.tokens();
        for (Map.Entry<ResolvedMention, EntityDraft> e : of.entrySet()) {
            Candidate c = e.getKey().c();
            EntityDraft d = e.getValue();
            if (c.type() != EntityType.PERSON || d.country != null || d.affiliations.stream().anyMatch(o -> o.country != null)) continue;
            int k = c.from();
            if (k - 2 < 0 || !toks.get(k - 1).is("by") || !(toks.get(k - 2).is("led") || toks.get(k - 2).is("headed"))) continue;
            int sFrom = doc.sentenceStart(toks.get(k).sentence());
            int del = -1;
            for (int q = k - 3; q >= Math.max(sFrom, k - 14); q--) {
                if (toks.get(q).lower().startsWith("delegation")) { del = q; break; }
            }
            if (del < 0) continue;
            String code = null;
            // its state before it ("Russian government delegation") or after it ("delegation of the Lao ...")
            for (int q = del - 1; q >= Math.max(sFrom, del - 5) && code == null; q--) {
                Tok t = toks.get(q);
                if (t.is("the") || t.is("a") || t.is("A") || t.is("The") || t.is(",")) break;
                code = lex.countries.get(t.word()).map(Lexicon.Country::iso3).orElse(null);
            }
            for (int q = del + 1; q < k - 2 && code == null; q++) {
                code = lex.countries.get(toks.get(q).word()).map(Lexicon.Country::iso3).orElse(null);
                for (Map.Entry<ResolvedMention, EntityDraft> o : of.entrySet()) {
                    if (code == null && o.getKey().c().from() == q && o.getValue().type == EntityType.ORGANIZATION) code = o.getValue().country;
                }
            }
            if (code != null) d.country = code;
        }
    }

    void personCountry(EntityDraft d) {
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
