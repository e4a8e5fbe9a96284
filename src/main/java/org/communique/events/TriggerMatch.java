package org.communique.events;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import org.communique.doc.Parse;

/** A rule's trigger found in sentence {@code sentence}: its parse and the trigger node. */
record TriggerMatch(EventRule rule, int sentence, Parse parse, IndexedWord trigger) {
    SemanticGraph graph() { return parse.graph(); }

    /** Document token index of the trigger. */
    int token() { return parse.token(trigger); }
}
