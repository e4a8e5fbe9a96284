package org.communique.events;

import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communique.api.EventType;
import org.communique.api.Role;

/**
 * One rule of the event grammar ({@code models/rules/events.json}), compiled.
 *
 * @param trigger      Semgrex pattern naming the trigger node {@code =trigger}, with the context the rule
 *                     requires or forbids
 * @param subject      role of the trigger's clause subject, or null when it takes no part
 * @param args         further arguments, each a Semgrex path from the bound trigger to {@code =arg}
 * @param object       role of a name in the trigger's object phrase that no path reached, or null
 * @param preps        roles of names in the trigger's phrases that no path reached, by the preposition
 *                     nearest above them ("messages of greeting from X": from)
 * @param needs        roles an event of this rule must have to be reported
 * @param attach       the rule makes no event: it adds its arguments to the event it refers to
 * @param talk         the rule reports a conversation: its participants' remarks there are part of it
 * @param act          the kind of act where the guideline counts acts apart (a visit's "trip", "arrival",
 *                     "departure", "round"), or null; a "round" is one act per trigger
 * @param examples     sentences that a test runs, with the participants and roles they must give
 */
record EventRule(String id, EventType type, SemgrexPattern trigger, Role subject,
                 List<ArgumentPath> args, Role object, Map<String, Role> preps, Set<Role> needs, boolean attach, double confidence,
                 boolean talk, String act, List<Example> examples) {

    /** An argument path of a rule: the Semgrex source as written in the rule file, compiled, and its role. */
    record ArgumentPath(String source, SemgrexPattern pattern, Role role) {}

    /** An example sentence of a rule and the participants (by name) with the roles it must give. */
    record Example(String text, Map<String, Role> roles) {}
}
