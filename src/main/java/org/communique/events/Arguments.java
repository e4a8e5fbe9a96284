package org.communique.events;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.communique.api.EntityType;
import org.communique.doc.Doc;
import org.communique.doc.EntityDraft;
import org.communique.doc.Parse;
import org.communique.lexicon.Lexicon;

/**
 * Lands an argument node of the parse on the entities it stands for: the entity mentioned there; the
 * conjuncts coordinated with it ("A and B"); for a group or office word ("the delegation led by X",
 * "officials of the Foreign Ministry", "a spokesman for the ministry", "the Lao side") the named
 * people, bodies and states it is made of; for a pronoun or a definite office ("he", "the
 * ambassador") the name it refers to ({@link References}).
 */
final class Arguments {
    /** An entity an argument node stands for, and the path from that node to its mention. */
    record Landing(EntityDraft entity, String path) {}

    /** Relations from a group word to what it is made of or comes for. */
    private static final List<String> MADE_OF = List.of("appos", "dep", "nmod:of", "nmod:from", "nmod:for", "nmod:poss",
            "compound", "amod", "nmod:at", "nmod:to");

    /** How many group or office words deep a landing may go; conjuncts and appositions do not count. */
    private static final int MAX_DEPTH = 4;

    private final Lexicon lex;
    private final References references;

    Arguments(Lexicon lex, References references) {
        this.lex = lex;
        this.references = references;
    }

    /**
     * The state an office word is of: its first modifier that is a country ("the DPRK ambassador", "the
     * Cuban president") or the country it is "of" ("the president of the Republic of Equatorial Guinea").
     */
    private static String officeState(Mentions mentions, Parse p, IndexedWord n) {
        SemanticGraph g = p.graph();
        for (var e : g.outgoingEdgeList(n)) {
            String rel = Grammar.rel(e);
            if (!rel.equals("compound") && !rel.equals("amod") && !rel.equals("nmod:of") && !rel.equals("nmod:poss")) continue;
            Mentions.Ref r = mentions.at(p.token(e.getDependent()));
            if (r != null && r.entity().isCountry() && r.entity().country != null) return r.entity().country;
        }
        return null;
    }

    /** The entities node {@code n} of sentence {@code k} stands for (participants only: no place, no title). */
    List<Landing> land(Doc doc, Mentions mentions, Parse p, IndexedWord n, EventContext ctx) {
        List<Landing> out = new ArrayList<>();
        Set<IndexedWord> seen = new HashSet<>();
        land(doc, mentions, p, n, "", out, seen, ctx, 0);
        return out;
    }

    private void land(Doc doc, Mentions mentions, Parse p, IndexedWord n, String path,
                      List<Landing> out, Set<IndexedWord> seen, EventContext ctx, int depth) {
        if (!seen.add(n) || depth > MAX_DEPTH) return;
        SemanticGraph g = p.graph();
        int token = p.token(n);
        Mentions.Ref ref = mentions.at(token);
        String lemma = n.lemma() == null ? n.word().toLowerCase(java.util.Locale.ROOT) : n.lemma().toLowerCase(java.util.Locale.ROOT);
        if (ref != null && !inTitle(doc, ref)) {
            if (participant(ref.entity())) addOnce(out, new Landing(ref.entity(), path));
            // "The Switzerland-Korea Committee, the chairman of X and an adviser to Y sent ...": the parser
            // hangs the list off the first name as appositions; a person's appositions are titles instead
            for (IndexedWord a : Grammar.children(g, n, "appos")) {
                if (ref.entity().type != EntityType.PERSON && !doc.inTitleSpan(doc.tokens().get(p.token(a)).begin())) {
                    land(doc, mentions, p, a, join(path, ">appos"), out, seen, ctx, depth);
                }
                // "Kim Jong Sik, first vice department director of the C.C., WPK, and Kim Yo Jong": the parser
                // may coordinate the next person with the first one's title
                for (IndexedWord c : Grammar.children(g, a, "conj")) {
                    Mentions.Ref cr = mentions.at(p.token(c));
                    if (cr != null && cr.entity().type == EntityType.PERSON && !inTitle(doc, cr)) {
                        land(doc, mentions, p, c, join(path, ">appos >conj"), out, seen, ctx, depth);
                    }
                }
            }
        } else if (ref == null) {
            boolean office = office(g, n, lemma);
            // "the chairman of the Hungarian Workers' Party" speaks for his party; "the president",
            // "the UN secretary-general", "the Lao ambassador" are the person the article gives that office
            boolean complement = !Grammar.children(g, n, "nmod").isEmpty() || !Grammar.children(g, n, "appos").isEmpty()
                    || !Grammar.children(g, n, "dep").isEmpty();
            // "the general secretary of ...", "the secretary general of ...": a modifier of an office is part of
            // that office, no reference of its own to whoever holds "general secretary" in the article
            boolean modifier = path.endsWith(">amod") || path.endsWith(">compound");
            EntityDraft holder = office && !complement && !modifier ? references.holder(doc, mentions, n.word(), token) : null;
            // "the DPRK ambassador to Equatorial Guinea": an office of a state named beside it is its holder's
            String state = office && !modifier && holder == null ? officeState(mentions, p, n) : null;
            if (state != null) holder = references.holderFor(mentions, n.word(), state);
            if (holder != null) {
                addOnce(out, new Landing(holder, join(path, "=ref")));
            } else if (References.isPossessive(n.word()) && Grammar.ownerOfPossessive(g, n) != null) {
                land(doc, mentions, p, Grammar.ownerOfPossessive(g, n), join(path, "=ref"), out, seen, ctx, depth + 1);
            } else if (References.isPronoun(lemma)) {
                references.pronoun(doc, mentions, lemma, token, ctx).forEach(e -> addOnce(out, new Landing(e, join(path, "=ref"))));
            } else if (!lex.groupNouns.contains(lemma) && !office) {
                // "the general secretary of the C.C., Nepal Communist Party": an unnamed head whose
                // apposition names the body
                for (IndexedWord a : Grammar.children(g, n, "appos")) {
                    land(doc, mentions, p, a, join(path, ">appos"), out, seen, ctx, depth + 1);
                }
            } else {
                int before = out.size();
                List<Landing> states = new ArrayList<>();
                for (String rel : MADE_OF) {
                    for (IndexedWord d : Grammar.children(g, n, rel)) {
                        land(doc, mentions, p, d, join(path, ">" + rel), out, seen, ctx, depth + 1);
                        if ((rel.equals("amod") || rel.equals("compound")) && mentions.at(p.token(d)) == null) {
                            state(doc, d.word()).ifPresent(e -> states.add(new Landing(e, join(path, ">" + rel))));
                        }
                    }
                }
                ledBy(doc, mentions, p, n, path, out, seen, ctx, depth);
                // "the Lao side": the state stands for the group only where nobody is named for it
                if (out.size() == before) states.forEach(l -> addOnce(out, l));
                // "the delegation", "the visitors" with nothing named around them: those the article last had act
                if (out.size() == before && !office && References.definite(g, n)) {
                    references.group(ctx).forEach(e -> addOnce(out, new Landing(e, join(path, "=ref"))));
                }
            }
        }
        for (SemanticGraphEdge e : g.outgoingEdgeList(n)) {
            if (Grammar.rel(e).startsWith("conj")) {
                land(doc, mentions, p, e.getDependent(), join(path, ">" + Grammar.rel(e)), out, seen, ctx, depth);
            }
        }
    }

    /** "the delegation led by X", also where the parser left "led" hanging from the verb ("dep"). */
    private void ledBy(Doc doc, Mentions mentions, Parse p, IndexedWord group, String path,
                       List<Landing> out, Set<IndexedWord> seen, EventContext ctx, int depth) {
        SemanticGraph g = p.graph();
        List<IndexedWord> leads = new ArrayList<>();
        for (IndexedWord a : Grammar.children(g, group, "acl")) leads.add(a);
        for (SemanticGraphEdge e : g.incomingEdgeList(group)) {
            if (Grammar.rel(e).equals("nsubj") || Grammar.rel(e).equals("nsubj:pass")) leads.add(e.getGovernor());
        }
        // the parser may hang "led by" anywhere ("had a talk with the delegation led by X" parsed as the
        // talk being led): a "led" written right after the group word is that group's all the same
        IndexedWord next = g.getNodeByIndexSafe(group.index() + 1);
        if (next != null && !leads.contains(next)) leads.add(next);
        // ... or deeper in the group's own phrase ("a congratulatory group ... for celebrating the 76th
        // birthday of the DPRK led by Ko Tok U", where the parser hangs "led" from "celebrating")
        for (IndexedWord d : g.descendants(group)) {
            String l = d.lemma() == null ? "" : d.lemma();
            if ((l.equals("lead") || l.equals("head")) && !leads.contains(d) && d.index() > group.index()) leads.add(d);
        }
        for (IndexedWord lead : leads) {
            String l = lead.lemma() == null ? "" : lead.lemma();
            if (!l.equals("lead") && !l.equals("head")) continue;
            for (String rel : List.of("obl:by", "obl:agent")) {
                for (IndexedWord leader : Grammar.children(g, lead, rel)) {
                    land(doc, mentions, p, leader, join(path, Grammar.path(g, group, leader)), out, seen, ctx, depth + 1);
                }
            }
        }
    }

    /** "the Lao side", "the Russian delegation": the state a nationality adjective names, if the article names it. */
    private java.util.Optional<EntityDraft> state(Doc doc, String adjective) {
        var c = lex.countries.get(adjective);
        if (c.isEmpty()) return java.util.Optional.empty();
        String iso = c.get().iso3();
        return doc.entities().stream().filter(e -> e.isCountry() && iso.equals(e.country)).findFirst();
    }

    /** "chairman", "secretary general" (a compound written before the head word). */
    private boolean office(SemanticGraph g, IndexedWord n, String lemma) {
        if (lex.isTitle(n.word()) || lex.isTitle(lemma)) return true;
        StringBuilder phrase = new StringBuilder();
        for (IndexedWord c : Grammar.children(g, n, "compound")) {
            if (c.index() < n.index()) phrase.append(c.word()).append(' ');
        }
        return phrase.length() > 0 && lex.isTitle(phrase + n.word());
    }

    private static String join(String path, String step) {
        return path.isEmpty() ? step : path + " " + step;
    }

    private static void addOnce(List<Landing> out, Landing l) {
        for (Landing x : out) if (x.entity() == l.entity()) return;
        out.add(l);
    }

    /** Cities, sites and regions are where an event happens, not who takes part. */
    private static boolean participant(EntityDraft e) {
        return e.type != EntityType.LOCATION || e.isCountry();
    }

    /** What a person's title names ("minister of Foreign Affairs of the DPRK") takes no part itself. */
    private static boolean inTitle(Doc doc, Mentions.Ref ref) {
        return doc.inTitleSpan(doc.tokens().get(ref.from()).begin());
    }
}
