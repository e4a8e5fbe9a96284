package org.communique.events;

import org.communique.doc.Doc;
import org.communique.doc.EventDraft;
import org.communique.doc.Tok;

/** The one place event drafts are made from a trigger match; derived events copy an existing draft. */
final class EventFactory {
    private EventFactory() {}

    static EventDraft draft(Doc doc, TriggerMatch m) {
        int k = m.sentence();
        int token = m.token();
        Tok t = doc.tokens().get(token);
        int first = doc.sentenceStart(k), last = doc.sentenceStart(k + 1) - 1;
        // the evidence is the sentence without its dateline ("Pyongyang, October 29 (KCNA) --")
        while (first < token && !doc.inContent(doc.tokens().get(first).begin())) first++;
        EventDraft ev = new EventDraft(m.rule().type(), m.rule().id(), token, t.begin(), t.end(),
                doc.tokens().get(first).begin(), doc.tokens().get(last).end(), k, m.rule().confidence());
        ev.triggerText = doc.string().substring(t.begin(), t.end());
        ev.definite = References.definite(m.graph(), m.trigger());
        for (var o : Grammar.children(m.graph(), m.trigger(), "obj")) ev.definite |= References.definite(m.graph(), o);
        ev.act = m.rule().act();
        return ev;
    }
}
