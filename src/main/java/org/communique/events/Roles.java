package org.communique.events;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.List;
import org.communique.api.EntityType;
import org.communique.api.Role;
import org.communique.doc.Doc;
import org.communique.doc.EventDraft;

/**
 * Stage 2: roles from grammar. The clause subject takes the rule's subject role (active subject,
 * passive agent, or the subject of the clause that governs the trigger); each argument path of the rule
 * gives its role to what it reaches; every node lands on names ({@link Arguments}). Each argument
 * keeps the rule and the dependency path that gave it.
 */
final class Roles {
    private final Arguments arguments;

    Roles(Arguments arguments) {
        this.arguments = arguments;
    }

    void assign(Doc doc, Mentions mentions, TriggerMatch m, EventDraft ev, EventContext ctx) {
        EventRule r = m.rule();
        SemanticGraph g = m.graph();
        IndexedWord t = m.trigger();
        if (r.subject() != null) {
            boolean found = false;
            for (IndexedWord s : Grammar.clauseSubject(g, t)) {
                found |= give(doc, mentions, m, s, r.subject(), ev, ctx);
            }
            if (!found) found = recoverSubject(doc, mentions, m, ev, ctx);
            if (!found) heading(doc, mentions, m, ev);
        }
        for (EventRule.ArgumentPath p : r.args()) {
            for (IndexedWord a : m.reached(p)) {
                if (!a.equals(t)) give(doc, mentions, m, a, p.role(), ev, ctx);
            }
        }
        phrases(doc, mentions, m, ev);
    }

    /** Relations that open a clause of its own: what is named there takes no part in this event. */
    private static final java.util.Set<String> CLAUSES = java.util.Set.of("ccomp", "advcl", "acl:relcl", "parataxis",
            "csubj", "xcomp", "punct", "cc", "mark", "aux", "aux:pass", "cop", "det", "list", "discourse");
    /** Nouns whose "of" names what is marked, not who takes part ("the 76th founding anniversary of the DPRK"). */
    private static final java.util.Set<String> OCCASIONS = java.util.Set.of("anniversary", "birthday", "occasion",
            "day", "founding", "victory", "liberation", "birth", "death", "foundation", "establishment");

    /**
     * The names in the trigger's phrases (and its support verb's) that no path reached: the role of the
     * nearest preposition above each ({@code preps}), else of the phrase's relation to the trigger
     * (subject, object). Clauses of their own, titles and what an occasion marks are left out.
     */
    private void phrases(Doc doc, Mentions mentions, TriggerMatch m, EventDraft ev) {
        EventRule r = m.rule();
        if (r.preps().isEmpty() && r.object() == null) return;
        SemanticGraph g = m.graph();
        List<IndexedWord> heads = new java.util.ArrayList<>(List.of(m.trigger()));
        IndexedWord verb = Grammar.supportVerb(g, m.trigger());
        if (verb != null) heads.add(verb);
        java.util.Set<IndexedWord> seen = new java.util.HashSet<>(heads);
        for (IndexedWord h : heads) {
            for (var e : g.outgoingEdgeList(h)) {
                String rel = Grammar.rel(e);
                if (CLAUSES.contains(rel) || seen.contains(e.getDependent())) continue;
                Role base = rel.equals("nsubj") || rel.equals("obl:agent") ? r.subject()
                        : rel.equals("obj") || rel.equals("iobj") ? r.object() : prepRole(r, rel);
                walk(doc, mentions, m, e.getDependent(), base, ev, seen, 0);
            }
        }
    }

    private void walk(Doc doc, Mentions mentions, TriggerMatch m, IndexedWord n, Role role, EventDraft ev,
                      java.util.Set<IndexedWord> seen, int depth) {
        if (!seen.add(n) || depth > 6) return;
        Mentions.Ref ref = mentions.at(m.parse().token(n));
        if (ref != null && role != null && !doc.inTitleSpan(doc.tokens().get(ref.from()).begin())
                && (ref.entity().type != EntityType.LOCATION || ref.entity().isCountry())
                && !ev.arguments.containsKey(ref.entity())) {
            ev.add(ref.entity(), role, new EventDraft.Provenance(m.rule().id(), Grammar.path(m.graph(), m.trigger(), n)));
        }
        String lemma = n.lemma() == null ? "" : n.lemma();
        for (var e : m.graph().outgoingEdgeList(n)) {
            String rel = Grammar.rel(e);
            if (CLAUSES.contains(rel) || rel.equals("appos") || rel.equals("nmod:of") && OCCASIONS.contains(lemma)) continue;
            Role next = prepRole(m.rule(), rel);
            // a preposition the rule does not know ("in denunciation of ...") leads away from the event
            if (next == null && hasPreposition(rel)) continue;
            walk(doc, mentions, m, e.getDependent(), next == null ? role : next, ev, seen, depth + 1);
        }
    }

    /** The role a rule gives to a phrase by its preposition ("obl:from", "nmod:to" -> from, to), or null. */
    private static Role prepRole(EventRule r, String rel) {
        int colon = rel.indexOf(':');
        if (colon < 0 || !(rel.startsWith("obl") || rel.startsWith("nmod"))) return null;
        String prep = rel.substring(colon + 1);
        return prep.equals("poss") ? r.preps().get("of") : r.preps().get(prep);
    }

    private static boolean hasPreposition(String rel) {
        return (rel.startsWith("obl:") || rel.startsWith("nmod:")) && !rel.equals("nmod:poss") && !rel.equals("obl:tmod")
                && !rel.equals("obl:npmod");
    }

    private boolean give(Doc doc, Mentions mentions, TriggerMatch m, IndexedWord node, Role role, EventDraft ev,
                         EventContext ctx) {
        String path = Grammar.path(m.graph(), m.trigger(), node);
        boolean any = false;
        for (Arguments.Landing l : arguments.land(doc, mentions, m.parse(), node, ctx)) {
            String full = l.path().isEmpty() ? path : (path + " " + l.path()).trim();
            ev.add(l.entity(), role, new EventDraft.Provenance(m.rule().id(), full));
            any = true;
        }
        return any;
    }

    private static final java.util.Set<String> DASHES = java.util.Set.of("-", "--", "\u2013", "\u2014", ":");

    /** Bare nouns hung from the trigger where the parser lost the subject ("says Rodong Sinmun Monday"). */
    private static final java.util.Set<String> BARE = java.util.Set.of("obl:tmod", "obl:npmod", "dep", "compound", "vocative");

    /**
     * The parser sometimes loses a subject that is plainly there, most often one after its verb
     * ("..., says Rodong Sinmun Monday in an article"): a person or body named in a bare noun hung from
     * the trigger (no preposition) is then its subject.
     */
    private boolean recoverSubject(Doc doc, Mentions mentions, TriggerMatch m, EventDraft ev, EventContext ctx) {
        SemanticGraph g = m.graph();
        for (var e : g.outgoingEdgeList(m.trigger())) {
            if (!BARE.contains(Grammar.rel(e))) continue;
            List<IndexedWord> nodes = new java.util.ArrayList<>(List.of(e.getDependent()));
            nodes.addAll(Grammar.children(g, e.getDependent(), "compound"));
            for (IndexedWord n : nodes) {
                Mentions.Ref ref = mentions.at(m.parse().token(n));
                if (ref == null || ref.entity().type != EntityType.PERSON && ref.entity().type != EntityType.ORGANIZATION) continue;
                if (doc.inTitleSpan(doc.tokens().get(ref.from()).begin())) continue;
                ev.add(ref.entity(), m.rule().subject(), new EventDraft.Provenance(m.rule().id(), Grammar.path(g, m.trigger(), n)));
                return true;
            }
        }
        return false;
    }

    /**
     * A newspaper's name on a line of its own above its items ("Rodong Sinmun\n- An article calls for
     * ..."): the subject of an item that names none.
     */
    private static void heading(Doc doc, Mentions mentions, TriggerMatch m, EventDraft ev) {
        int k = m.sentence();
        int start = doc.sentenceStart(k);
        // "Rodong Sinmun - An editorial calls upon ...": the heading opens the sentence itself
        for (Mentions.Ref ref : mentions.slice(start, start + 1)) {
            if (ref.entity().type == EntityType.ORGANIZATION && ref.to() < doc.sentenceStart(k + 1)
                    && DASHES.contains(doc.tokens().get(ref.to()).word())) {
                ev.add(ref.entity(), m.rule().subject(), new EventDraft.Provenance(m.rule().id(), "=heading"));
                return;
            }
        }
        if (k == 0) return;
        int from = doc.sentenceStart(k - 1);
        for (Mentions.Ref ref : mentions.slice(from, start)) {
            if (ref.from() == from && ref.to() == start && ref.entity().type == EntityType.ORGANIZATION) {
                ev.add(ref.entity(), m.rule().subject(), new EventDraft.Provenance(m.rule().id(), "=heading"));
                return;
            }
        }
    }

    /** True when the event has every role its rule needs. */
    static boolean complete(EventRule r, EventDraft ev) {
        for (Role need : r.needs()) {
            if (!ev.arguments.containsValue(need)) return false;
        }
        return true;
    }

}
