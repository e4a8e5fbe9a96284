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

    private static final Set<String> STOPS = Set.of(".", ";", ":", "(", ")", "\"", "``", "''", "--", "-", "!", "?");
    private static final Set<String> LEAD = Set.of("the", "a", "an", "former", "then", "late", "acting", "incumbent");

    private final Lexicon lex;

    TitleFinder(Lexicon lex) {
        this.lex = lex;
    }

    private boolean titleWord(Tok t) { return lex.isTitle(t.word()); }

    private static boolean finiteVerb(Tok t) {
        String p = t.pos();
        return p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD");
    }

    private boolean country(Tok t) { return lex.countries.get(t.word()).isPresent(); }

    List<Title> before(Doc doc, int from, Set<Integer> personStarts) {
        List<Tok> toks = doc.tokens();
        int sFrom = doc.sentenceStart(toks.get(from).sentence());
        int left = from;
        for (int k = from - 1; k >= sFrom; k--) {
            Tok t = toks.get(k);
            String w = t.lower();
            boolean ok = titleWord(t) || Tokens.namePart(t) || country(t) || Tokens.POSSESSIVE.contains(t.word())
                    || w.equals("of") || w.equals("for") || w.equals("to") || w.equals("the") || w.equals("in")
                    || (w.equals("and") && k + 1 < from && (titleWord(toks.get(k + 1))
                        || k > sFrom && Tokens.namePart(toks.get(k - 1)) && Tokens.namePart(toks.get(k + 1))));
            if (!ok || personStarts.contains(k) && k < from - 1 && !titleWord(t)) break;
            left = k;
        }
        // the title starts at a title word, a country or a capitalised modifier ("Russian", "UN")
        while (left < from && !(titleWord(toks.get(left)) || country(toks.get(left))
                || (Tokens.namePart(toks.get(left)) && lex.honorifics.get(toks.get(left).word()).isEmpty()))) left++;
        // and is no honorific
        while (left < from && lex.honorifics.get(toks.get(left).word()).isPresent()) left++;
        if (left >= from) return List.of();
        boolean hasTitle = false;
        for (int k = left; k < from; k++) hasTitle |= titleWord(toks.get(k));
        if (!hasTitle) return List.of();
        return split(toks, left, from);
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
            if (titleWord(t)) return true;
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
            }
        }
        out.add(new Title(s, to));
        return trim(toks, out);
    }

    private List<Title> trim(List<Tok> toks, List<Title> titles) {
        List<Title> out = new ArrayList<>();
        for (Title t : titles) {
            int f = t.from(), e = t.to();
            while (f < e && (toks.get(f).is("the") || toks.get(f).is("a") || toks.get(f).is("an"))) f++;
            while (e > f && (toks.get(e - 1).is(",") || toks.get(e - 1).is("and") || toks.get(e - 1).is("the")
                    || Tokens.CONNECTORS.contains(toks.get(e - 1).lower()))) e--;
            boolean has = false;
            for (int k = f; k < e; k++) has |= titleWord(toks.get(k));
            if (has && e > f) out.add(new Title(f, e));
        }
        return out;
    }
}
