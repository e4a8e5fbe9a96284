package org.communique.events;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Small questions asked of an enhanced++ dependency graph, shared by the event stages. */
final class Grammar {
    private Grammar() {}

    /** Relations by which a noun is what its verb does, holds or makes ("held talks", "talks were held"). */
    private static final Set<String> SUPPORTED = Set.of("obj", "nsubj:pass", "nsubj", "obl", "iobj");

    /** Relations through which a clause takes its subject from the clause that governs it. */
    private static final Set<String> SUBJECT_SHARING = Set.of("xcomp", "conj", "advcl", "dep", "parataxis");

    static String rel(SemanticGraphEdge e) { return e.getRelation().toString(); }

    /** The verb a noun trigger is the object or subject of ("held talks"), or null. */
    static IndexedWord supportVerb(SemanticGraph g, IndexedWord noun) {
        if (!noun.tag().startsWith("NN")) return null;
        for (SemanticGraphEdge e : g.incomingEdgeList(noun)) {
            String r = rel(e);
            String base = r.contains(":") && !r.equals("nsubj:pass") ? r.substring(0, r.indexOf(':')) : r;
            if (SUPPORTED.contains(base) && e.getGovernor().tag().startsWith("VB")) return e.getGovernor();
        }
        return null;
    }

    /** Dependents of {@code node} whose relation is {@code relation} or starts with it and a colon. */
    static List<IndexedWord> children(SemanticGraph g, IndexedWord node, String relation) {
        List<IndexedWord> out = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeList(node)) {
            String r = rel(e);
            if (r.equals(relation) || r.startsWith(relation + ":")) out.add(e.getDependent());
        }
        return out;
    }

    /** The active subjects and passive agents of a predicate. */
    static List<IndexedWord> subjects(SemanticGraph g, IndexedWord predicate) {
        List<IndexedWord> out = new ArrayList<>();
        for (SemanticGraphEdge e : g.outgoingEdgeList(predicate)) {
            String r = rel(e);
            if (r.equals("nsubj") || r.equals("obl:agent")) out.add(e.getDependent());
        }
        return out;
    }

    /**
     * Verbs whose object does what their infinitive says ("asked the ambassador to convey"); elsewhere
     * the subject does ("visited the statues to pay tribute": the visitors pay it), whatever the
     * parser's controlled-subject guess says.
     */
    private static final Set<String> OBJECT_CONTROL = Set.of("ask", "request", "urge", "invite", "instruct", "entrust",
            "tell", "order", "allow", "authorize", "commission", "charge", "call", "appoint", "send", "dispatch");

    /**
     * The subject of the clause above the one a possessive stands in: in "Kim Jong Un asked Wang Yi to
     * convey his greetings" the greetings are Kim Jong Un's, not the envoy's.
     */
    static IndexedWord ownerOfPossessive(SemanticGraph g, IndexedWord possessive) {
        boolean first = true;
        for (IndexedWord gov : governors(g, possessive, 4)) {
            if (!gov.tag().startsWith("VB")) continue;
            for (SemanticGraphEdge e : g.outgoingEdgeList(gov)) {
                String r = rel(e);
                boolean controlled = r.equals("nsubj:xsubj");
                if ((r.equals("nsubj") || controlled) && !(first && controlled) && !e.getDependent().equals(possessive)) {
                    return e.getDependent();
                }
            }
            first = false;
        }
        return null;
    }

    /**
     * The clause subject of a trigger: its own; its support verb's; else up the chain of clauses that
     * share their subject ("arrived and held talks", "left ... to visit"), and for a reduced relative
     * ("the delegation visiting ...") the noun it modifies. Empty when the clause names none.
     */
    static List<IndexedWord> clauseSubject(SemanticGraph g, IndexedWord trigger) {
        IndexedWord head = trigger;
        IndexedWord verb = supportVerb(g, trigger);
        if (verb != null) head = verb;
        List<IndexedWord> own = subjects(g, trigger);
        if (!own.isEmpty()) return own;
        for (int depth = 0; depth < 3 && head != null; depth++) {
            List<IndexedWord> s = subjects(g, head);
            if (!s.isEmpty()) return s;
            IndexedWord up = null;
            for (SemanticGraphEdge e : g.incomingEdgeList(head)) {
                String r = rel(e);
                String base = r.contains(":") ? r.substring(0, r.indexOf(':')) : r;
                if (r.equals("acl") && head.tag().startsWith("VB")) return List.of(e.getGovernor());
                if (base.equals("xcomp") && OBJECT_CONTROL.contains(String.valueOf(e.getGovernor().lemma()))) {
                    List<IndexedWord> objects = children(g, e.getGovernor(), "obj");
                    if (!objects.isEmpty()) return objects;
                }
                if (SUBJECT_SHARING.contains(base)) { up = e.getGovernor(); break; }
            }
            head = up;
        }
        return List.of();
    }

    /** The dependency path from {@code from} to {@code to}, written as ">rel" (down) and "<rel" (up) steps. */
    static String path(SemanticGraph g, IndexedWord from, IndexedWord to) {
        if (from.equals(to)) return "";
        List<SemanticGraphEdge> edges = g.getShortestUndirectedPathEdges(from, to);
        if (edges == null) return "?";
        StringBuilder sb = new StringBuilder();
        IndexedWord at = from;
        for (SemanticGraphEdge e : edges) {
            if (sb.length() > 0) sb.append(' ');
            if (e.getGovernor().equals(at)) { sb.append('>').append(rel(e)); at = e.getDependent(); }
            else { sb.append('<').append(rel(e)); at = e.getGovernor(); }
        }
        return sb.toString();
    }

    /** The words that govern {@code node}, nearest first, up to {@code depth} levels. */
    static List<IndexedWord> governors(SemanticGraph g, IndexedWord node, int depth) {
        List<IndexedWord> out = new ArrayList<>();
        IndexedWord at = node;
        for (int d = 0; d < depth; d++) {
            List<SemanticGraphEdge> in = g.incomingEdgeList(at);
            if (in.isEmpty()) break;
            at = in.get(0).getGovernor();
            if (out.contains(at)) break;
            out.add(at);
        }
        return out;
    }
}
