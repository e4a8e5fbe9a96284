package org.communique.events;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.communique.doc.Parse;

/** Stage 1 of the event grammar: every rule's trigger pattern over a sentence's dependency graph. */
final class TriggerMatcher {
    private final EventRules rules;

    TriggerMatcher(EventRules rules) {
        this.rules = rules;
    }

    /** The matches of sentence {@code k}, in rule order; one per rule and trigger node. */
    List<TriggerMatch> matches(int k, Parse p) {
        SemanticGraph g = p.graph();
        List<TriggerMatch> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (EventRule r : rules.rules) {
            SemgrexMatcher m = r.trigger().matcher(g);
            while (m.find()) {
                IndexedWord t = m.getNode("trigger");
                if (t != null && seen.add(r.id() + "#" + t.index())) out.add(new TriggerMatch(r, k, p, t));
            }
        }
        return out;
    }
}
