package org.communique.events;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import org.communique.doc.Parse;

/** A rule's trigger found in sentence {@code sentence}: its parse and the trigger node. */
record TriggerMatch(EventRule rule, int sentence, Parse parse, IndexedWord trigger) {
    SemanticGraph graph() { return parse.graph(); }

    /** Document token index of the trigger. */
    int token() { return parse.token(trigger); }

    /** The nodes an argument path reaches from this trigger (the pattern's {@code =arg}, the trigger bound). */
    java.util.List<IndexedWord> reached(EventRule.ArgumentPath path) {
        java.util.List<IndexedWord> out = new java.util.ArrayList<>();
        var m = path.pattern().matcher(graph(), new java.util.HashMap<>(java.util.Map.of("trigger", trigger)));
        while (m.find()) {
            IndexedWord a = m.getNode("arg");
            if (a != null && trigger.equals(m.getNode("trigger"))) out.add(a);
        }
        return out;
    }
}
