package org.communique.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.communique.doc.Doc;
import org.communique.doc.Tok;
import org.communique.lexicon.Lexicon;

/**
 * Finds the offices the article gives a person: before the name ("Vice-Minister of IT Industry
 * Jang Yong Gil"), in apposition after it ("Andrei Zarenin, vice-minister of Digital Development,
 * Post and Telecommunications and Public Information, and ..."), several joined by "and"
 * ("member of the Presidium ... and secretary of the C.C., WPK"), or in "X, who is Y".
 * A title must contain a title word of the lexicon; honorifics ("respected Comrade") are not titles.
 */
final class TitleFinder {
    /** A title: token span [from, to). */
    record Title(int from, int to) {}

    /** Where a title ends: punctuation, and a relative pronoun that opens a clause about the person. */
    private static final Set<String> STOPS = Set.of(".", ";", ":", "(", ")", "\"", "``", "''", "--", "-", "!", "?",
            "who", "whom", "whose", "which");
    private static final Set<String> LEAD = Set.of("the", "a", "an", "former", "then", "late", "acting", "incumbent");

    private final Lexicon lex;

    TitleFinder(Lexicon lex) {
        this.lex = lex;
    }

    private boolean titleWord(Tok t) { return lex.isTitle(t.word()); }

    /** A title word used as the office, not as a modifier ("the official news agency", "an official visit"). */
    private boolean office(List<Tok> toks, int k) {
        Tok t = toks.get(k);
        if (!titleWord(t)) return false;
        return !(t.pos().equals("JJ") && k + 1 < toks.size() && toks.get(k + 1).isLower()
                && toks.get(k + 1).pos().startsWith("NN") && !titleWord(toks.get(k + 1)));
    }

    private static boolean finiteVerb(Tok t) {
        String p = t.pos();
        return p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
    }

    private boolean country(Tok t) { return lex.countries.get(t.word()).isPresent(); }

    /**
     * The titles before a name that starts at {@code from}; {@code personTokens} are the tokens of
     * all person names, which no title runs into ("Pak Jong Chon and Russia's Minister of Defence
     * Andrei Belousov").
     */
    List<Title> before(Doc doc, int from, Set<Integer> personStarts, Set<Integer> personTokens) {
        List<Tok> toks = doc.tokens();
        int sFrom = doc.sentenceStart(toks.get(from).sentence());
        // "China's foreign minister, Wang Yi,": a title set off by a comma before the name
        int end = from;
        if (from - 2 >= sFrom && toks.get(from - 1).is(",") && titleWord(toks.get(from - 2))) end = from - 1;
        int left = end;
        for (int k = end - 1; k >= sFrom; k--) {
            Tok t = toks.get(k);
            String w = t.lower();
            // "Foreign Minister and a member of the Politburo Ri Yong-ho"
            boolean article = articleBeforeTitle(toks, k, end) && k > sFrom && toks.get(k - 1).is("and");
            boolean ok = titleWord(t) || Tokens.namePart(t) || country(t) || Tokens.POSSESSIVE.contains(t.word())
                    || modifies(toks, k, end)
                    || w.equals("of") || w.equals("for") || w.equals("to") || w.equals("the") || w.equals("in") || article
                    || (w.equals("and") && k + 1 < end && (titleWord(toks.get(k + 1)) || articleBeforeTitle(toks, k + 1, end)
                        || k > sFrom && Tokens.namePart(toks.get(k - 1)) && Tokens.namePart(toks.get(k + 1))));
            if (!ok || personStarts.contains(k) && k < from - 1 && !titleWord(t) || personTokens.contains(k)) break;
            left = k;
        }
        // "Pak Jong Chon and Russia's Minister ...": "and" after a name joins persons, not titles
        while (left < end && (toks.get(left).is("and") || toks.get(left).is(",")) && left > sFrom
                && personTokens.contains(left - 1)) left++;
        // a title before a comma is the person's only when nothing else claims it: not the apposition of
        // an earlier name ("Choe Son Hui, minister of Foreign Affairs, Kim Song Nam, ...") nor a list item
        if (end < from && left > sFrom && (toks.get(left - 1).is(",") || toks.get(left - 1).is("and"))) return List.of();
        // the title starts at a title word, a country or a capitalised modifier ("Russian", "UN")
        while (left < end && !(titleWord(toks.get(left)) || country(toks.get(left)) || modifies(toks, left, end)
                || (Tokens.namePart(toks.get(left)) && lex.honorifics.get(toks.get(left).word()).isEmpty()))) left++;
        // and is no honorific
        while (left < end && lex.honorifics.get(toks.get(left).word()).isPresent()) left++;
        if (left >= end) return List.of();
        boolean hasTitle = false;
        for (int k = left; k < end; k++) hasTitle |= titleWord(toks.get(k));
        if (!hasTitle) return List.of();
        return split(toks, left, end);
    }

    /** "a member", "an adviser": an article at k before a title word, both before {@code end}. */
    private boolean articleBeforeTitle(List<Tok> toks, int k, int end) {
        return k + 1 < end && (toks.get(k).is("a") || toks.get(k).is("an")) && titleWord(toks.get(k + 1));
    }

    /** A lower-case modifier of the office word after it: "foreign" minister, "new" ambassador. */
    private boolean modifies(List<Tok> toks, int k, int end) {
        for (int q = k; q < end; q++) {
            Tok t = toks.get(q);
            if (titleWord(t)) return q > k;
            if (!t.isLower() || !(t.pos().equals("JJ") || t.pos().equals("NN")) || LEAD.contains(t.word())) return false;
        }
        return false;
    }

    /**
     * Offices the body names without a name beside them ("The DPRK ambassador to Equatorial Guinea
     * paid a farewell call ..."), whose office word is {@code office}: the fuller forms a bare
     * "Ambassador Tong Chol Ho" stands for.
     */
    List<Title> unattached(Doc doc, String office, Set<Integer> personStarts) {
        List<Tok> toks = doc.tokens();
        List<Title> out = new ArrayList<>();
        for (Tok t : toks) {
            if (!t.word().equalsIgnoreCase(office) || !doc.inContent(t.begin()) || doc.inTitle(t.begin())
                    || doc.inTitleSpan(t.begin())) continue;
            int w = t.i(), sFrom = doc.sentenceStart(t.sentence()), sTo = doc.sentenceStart(t.sentence() + 1);
            int left = w;
            while (left - 1 >= sFrom && !personStarts.contains(left - 1) && (country(toks.get(left - 1))
                    || Tokens.POSSESSIVE.contains(toks.get(left - 1).word()) || modifies(toks, left - 1, w + 1)
                    || Tokens.namePart(toks.get(left - 1)) && !lex.honorifics.get(toks.get(left - 1).word()).isPresent()
                    && !toks.get(left - 1).is("The"))) left--;
            int right = w + 1;
            while (right < sTo && !personStarts.contains(right)) {
                Tok r = toks.get(right);
                String x = r.lower();
                boolean joins = x.equals("of") || x.equals("to") || x.equals("for") || x.equals("the")
                        || (x.equals("and") || x.equals("in")) && right + 1 < sTo && Tokens.namePart(toks.get(right + 1));
                if (!(joins || Tokens.namePart(r) || country(r))) break;
                right++;
            }
            // a name right after it, or after its comma, makes it that person's own title
            if (right < sTo && (personStarts.contains(right) || toks.get(right).is(",") && personStarts.contains(right + 1))) continue;
            if (left > sFrom && toks.get(left - 1).is(",") && left - 2 >= sFrom) continue;
            List<Title> t1 = trim(toks, List.of(new Title(left, right)));
            if (!t1.isEmpty() && t1.get(0).to() - t1.get(0).from() > 1) out.add(t1.get(0));
        }
        return out;
    }

    /**
     * "Choe Son Hui received them upon her appointment as minister of Foreign Affairs", "Kim Yong Chol
     * left as special envoy of ...": the office after "appointment as" (and kin) or "as ... envoy"
     * later in the name's sentence, before any other name.
     */
    List<Title> as(Doc doc, int to, Set<Integer> personStarts) {
        List<Tok> toks = doc.tokens();
        int sTo = doc.sentenceStart(toks.get(to - 1).sentence() + 1);
        for (int k = to; k + 1 < sTo; k++) {
            if (personStarts.contains(k)) return List.of();
            if (!toks.get(k).is("as") || k == to) continue;
            boolean cue = lex.appointmentWords.contains(toks.get(k - 1).lower());
            boolean envoy = false;
            for (int q = k + 1; q < Math.min(sTo, k + 4); q++) envoy |= toks.get(q).lower().equals("envoy");
            if (cue || envoy) return from(doc, k + 1, sTo, personStarts);
        }
        return List.of();
    }

    List<Title> after(Doc doc, int to, Set<Integer> personStarts) {
        List<Tok> toks = doc.tokens();
        int sTo = doc.sentenceStart(toks.get(to - 1).sentence() + 1);
        int k = to;
        if (k + 1 < sTo && toks.get(k).is("who") && toks.get(k + 1).lemma().equals("be")) {
            k += 2; // "Yun Jong Ho who is chairman of ..."
        } else {
            if (k >= sTo || !toks.get(k).is(",")) return List.of();
            k++;
            if (k + 1 < sTo && toks.get(k).is("who") && toks.get(k + 1).lemma().equals("be")) k += 2;
        }
        // "who is also general secretary of ..."
        if (k < sTo && k > to && toks.get(k - 1).lemma().equals("be") && toks.get(k).pos().equals("RB")) k++;
        return from(doc, k, sTo, personStarts);
    }

    /**
     * The title segments that start at token k ("senior officials of the C.C., WPK") and end before
     * token {@code sTo}, the end of the sentence they belong to, or none.
     */
    List<Title> from(Doc doc, int k, int sTo, Set<Integer> personStarts) {
        List<Tok> toks = doc.tokens();
        List<Title> out = new ArrayList<>();
        if (k >= sTo) return out;
        while (k < sTo) {
            int start = k;
            if (!startsTitle(toks, k, sTo, personStarts)) break;
            int e = k;
            boolean more = false;
            while (e < sTo) {
                Tok t = toks.get(e);
                // "... Communist Party of China (CPC) and chairman of ...": the abbreviation is dropped later
                if (t.is("(") && e + 2 < sTo && toks.get(e + 2).is(")") && toks.get(e + 1).isAcronym()) { e += 3; continue; }
                if (STOPS.contains(t.word()) || (finiteVerb(t) && !titleWord(t))) break;
                if (personStarts.contains(e)) {
                    // "Kim Myong Hun, Minister of ... Kim Il Guk": the words belong to the next person
                    return trim(toks, out);
                }
                if (t.is(",")) {
                    if (e > 0 && toks.get(e - 1).word().equals("C.C.")) { e++; continue; }
                    int n = e + 1;
                    if (n >= sTo || toks.get(n).is("and") || personStarts.contains(n)) break;
                    if (startsTitle(toks, n, sTo, personStarts)) { more = true; break; }
                    int run = n;
                    while (run < sTo && Tokens.namePart(toks.get(run)) && !personStarts.contains(run)) run++;
                    if (run > n && run + 1 < sTo && toks.get(run).is("and") && Tokens.namePart(toks.get(run + 1))
                            && !personStarts.contains(run + 1)) {
                        e = run;
                        continue;
                    }
                    break;
                }
                if (t.is("and")) {
                    int n = e + 1;
                    if (n < sTo && startsTitle(toks, n, sTo, personStarts) && !personStarts.contains(n)) {
                        out.add(new Title(start, e));
                        k = n;
                        start = -1;
                        break;
                    }
                    if (n < sTo && Tokens.namePart(toks.get(n)) && !personStarts.contains(n)) { e++; continue; }
                    if (n < sTo && toks.get(n).isLower() && !toks.get(n).is("other") && !toks.get(n).is("officials")
                            && !toks.get(n).is("staff") && !toks.get(n).is("members") && !toks.get(n).is("his")
                            && !toks.get(n).is("her") && !toks.get(n).is("suite")) {
                        e++;
                        continue;
                    }
                    break;
                }
                e++;
            }
            if (start < 0) continue;
            if (e > start) out.add(new Title(start, e));
            if (!more) break;
            k = e + 1;
        }
        return trim(toks, out);
    }

    /**
     * A title begins here: a title word within the first few tokens, after modifiers only
     * ("vice department director", "state councillor", "Russian ambassador").
     */
    boolean startsTitle(List<Tok> toks, int k, int sTo, Set<Integer> personStarts) {
        if (personStarts.contains(k)) return false;
        for (int q = k; q < Math.min(sTo, k + 5); q++) {
            Tok t = toks.get(q);
            if (office(toks, q)) return true;
            boolean modifier = LEAD.contains(t.lower()) || country(t) || Tokens.namePart(t) || t.pos().startsWith("JJ")
                    || (t.isLower() && (t.pos().startsWith("NN") || t.pos().equals("VBN") || t.pos().equals("VBG")));
            if (!modifier || personStarts.contains(q) || t.is(",")) return false;
        }
        return false;
    }

    /** True when the title's office word is plural ("leading officials", "vice-chairmen"). */
    boolean plural(List<Tok> toks, Title t) {
        for (int k = t.from(); k < t.to(); k++) {
            if (titleWord(toks.get(k)) || toks.get(k).isLower() && toks.get(k).pos().equals("NNS")) {
                return toks.get(k).pos().equals("NNS");
            }
        }
        return false;
    }

    /** The title with its plural office word made singular: "leading officials of X" → "leading official of X". */
    String singular(List<Tok> toks, Title t, String text) {
        for (int k = t.from(); k < t.to(); k++) {
            Tok w = toks.get(k);
            if (!w.pos().equals("NNS")) continue;
            String p = w.word();
            String one = Lexicon.singular(p);
            int at = w.begin() - toks.get(t.from()).begin();
            if (at >= 0 && at + p.length() <= text.length() && text.startsWith(p, at)) {
                return text.substring(0, at) + one + text.substring(at + p.length());
            }
            return text;
        }
        return text;
    }

    private List<Title> split(List<Tok> toks, int from, int to) {
        List<Title> out = new ArrayList<>();
        int s = from;
        for (int k = from; k < to; k++) {
            if (toks.get(k).is("and") && k + 1 < to && titleWord(toks.get(k + 1))) {
                out.add(new Title(s, k));
                s = k + 1;
            } else if (toks.get(k).is("and") && articleBeforeTitle(toks, k + 1, to)) {
                out.add(new Title(s, k)); // "Foreign Minister and a member of the Politburo"
                s = k + 2;
            }
        }
        out.add(new Title(s, to));
        return trim(toks, out);
    }

    /** "head", "head of the delegation", "leader of the Russian delegation": leading a delegation is no office. */
    private static boolean leadsDelegation(List<Tok> toks, int f, int e) {
        String w = toks.get(f).lower();
        if (!(w.equals("head") || w.equals("leader") || w.equals("chief"))) return false;
        return e - f == 1 && w.equals("head") || e - f > 1 && toks.get(f + 1).is("of") && toks.get(e - 1).lower().startsWith("delegation");
    }

    private List<Title> trim(List<Tok> toks, List<Title> titles) {
        List<Title> out = new ArrayList<>();
        for (Title t : titles) {
            int f = t.from(), e = t.to();
            while (f < e && (toks.get(f).is("the") || toks.get(f).is("a") || toks.get(f).is("an")
                    || lex.honorifics.get(toks.get(f).word()).isPresent() && !lex.epithets.contains(toks.get(f).lower()))) f++;
            while (e > f && (toks.get(e - 1).is(",") || toks.get(e - 1).is("and") || toks.get(e - 1).is("the")
                    || Tokens.CONNECTORS.contains(toks.get(e - 1).lower())
                    || e - 3 >= f && toks.get(e - 1).is(")") && toks.get(e - 3).is("("))) e -= toks.get(e - 1).is(")") ? 3 : 1;
            boolean has = false;
            for (int k = f; k < e; k++) has |= office(toks, k);
            // "great leader of the Korean people", "founder of socialist Korea": epithets are no titles;
            // before an office's capitalised name the word is only praise ("beloved General Secretary")
            while (f + 1 < e && lex.epithets.contains(toks.get(f).lower()) && toks.get(f).isLower()
                    && toks.get(f + 1).isCapitalized()) f++;
            boolean epithet = f < e && lex.epithets.contains(toks.get(f).lower());
            if (has && e > f && !leadsDelegation(toks, f, e) && !epithet) out.add(new Title(f, e));
        }
        return out;
    }
}
