package org.communique.events;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.communique.api.EntityType;
import org.communique.api.EventType;
import org.communique.doc.Doc;
import org.communique.doc.EntityDraft;
import org.communique.doc.EventDraft;

/**
 * Attaching rules make no event: "Present at the signing ceremony were ...", "He was accompanied by
 * ...", "Among the guests were ..." add their persons and bodies to the event they refer to, named
 * after "at the ..." (signing, talks, reception) or else the latest one nearby.
 */
final class Attachments {
    private static final int REACH = 3;
    private final Arguments arguments;

    Attachments(Arguments arguments) {
        this.arguments = arguments;
    }

    void attach(Doc doc, Mentions mentions, TriggerMatch m, List<EventDraft> events, EventContext ctx) {
        EventRule r = m.rule();
        EventType target = r.type() != null ? r.type() : target(m.graph(), m.trigger());
        EventDraft into = null;
        for (int i = events.size() - 1; i >= 0; i--) {
            EventDraft e = events.get(i);
            if (e.sentenceIndex > m.sentence() || e.sentenceIndex < m.sentence() - REACH || doc.inTitle(e.triggerStart)) continue;
            if (target == null || e.type == target) { into = e; break; }
        }
        if (into == null) return;
        // "He was accompanied by ...": the suite goes with the leader through everything he does
        List<EventDraft> targets = new ArrayList<>(List.of(into));
        if ("accompany".equals(m.trigger().lemma())) {
            var leader = EventMerger.actors(into);
            for (EventDraft e : events) {
                boolean speech = e.type == EventType.STATEMENT || e.type == EventType.CRITICISM || e.type == EventType.DEMAND;
                if (e != into && !speech && !doc.inTitle(e.triggerStart)
                        && EventMerger.actors(e).stream().anyMatch(leader::contains)) targets.add(e);
            }
        }
        for (EventRule.ArgumentPath p : r.args()) {
            for (IndexedWord a : m.reached(p)) {
                String path = Grammar.path(m.graph(), m.trigger(), a);
                List<Arguments.Landing> landed = new ArrayList<>(arguments.land(doc, mentions, m.parse(), a, ctx));
                // "Present there were A, minister of X, B, vice-minister of Y, and officials of Z": the
                // whole phrase is the list, however the parser hangs its names off each other's titles
                for (Arguments.Landing l : listed(doc, mentions, m.parse(), a, p.role() != org.communique.api.Role.ATTENDEE)) {
                    if (landed.stream().noneMatch(x -> x.entity() == l.entity())) landed.add(l);
                }
                for (Arguments.Landing l : landed) {
                    EntityDraft e = l.entity();
                    // attendees are persons and bodies; a listed sender may be a state
                    if (e.type == EntityType.LOCATION && p.role() == org.communique.api.Role.ATTENDEE) continue;
                    for (EventDraft t : targets) {
                        t.add(e, p.role(), new EventDraft.Provenance(r.id(), (path + " " + l.path()).trim()));
                    }
                }
            }
        }
    }

    /**
     * The persons and bodies named anywhere in a node's phrase, titles aside; states too where the list
     * is of senders ("Among them are the prime minister of Nepal, ...").
     */
    private static List<Arguments.Landing> listed(Doc doc, Mentions mentions, org.communique.doc.Parse p, IndexedWord top,
                                                  boolean states) {
        List<Arguments.Landing> out = new ArrayList<>();
        for (IndexedWord n : p.graph().descendants(top)) {
            Mentions.Ref ref = mentions.at(p.token(n));
            if (ref == null || doc.inTitleSpan(doc.tokens().get(ref.from()).begin())) continue;
            EntityDraft e = ref.entity();
            if ((e.type == EntityType.PERSON || e.type == EntityType.ORGANIZATION || states && e.isCountry())
                    && out.stream().noneMatch(x -> x.entity() == e)) out.add(new Arguments.Landing(e, Grammar.path(p.graph(), top, n)));
        }
        return out;
    }

    private static final Set<String> AT = Set.of("nmod:at", "obl:at", "obl:in", "nmod:in", "obj");

    /** The kind of event named after "at the ...": the noun or the compound before it ("signing ceremony"). */
    private static EventType target(SemanticGraph g, IndexedWord trigger) {
        for (var e : g.outgoingEdgeList(trigger)) {
            if (!AT.contains(Grammar.rel(e))) continue;
            IndexedWord n = e.getDependent();
            EventType t = targetType(n.lemma());
            if (t != null) return t;
            for (IndexedWord c : Grammar.children(g, n, "compound")) {
                t = targetType(c.lemma());
                if (t != null) return t;
            }
            for (IndexedWord c : Grammar.children(g, n, "amod")) {
                t = targetType(c.lemma());
                if (t != null) return t;
            }
        }
        return null;
    }

    private static EventType targetType(String lemma) {
        if (lemma == null) return null;
        return switch (lemma) {
            case "signing" -> EventType.AGREEMENT_SIGNED;
            case "talk", "talks", "meeting", "session", "plenary" -> EventType.MEETING;
            case "reception", "banquet", "dinner", "luncheon" -> EventType.RECEPTION;
            case "opening", "inauguration", "completion" -> EventType.OPENING;
            default -> null;
        };
    }
}
