package org.communique.doc;

import java.util.LinkedHashMap;
import java.util.Map;
import org.communique.api.EventType;
import org.communique.api.Modality;
import org.communique.api.Role;

/** An event being built by the event rules; merged with others that report the same happening. */
public final class EventDraft {
    public final EventType type;
    public final String rule;
    public String date;
    public EntityDraft location;
    public final Map<EntityDraft, Role> arguments = new LinkedHashMap<>();
    public final int triggerStart;
    public final int triggerEnd;
    public final int sentenceStart;
    public final int sentenceEnd;
    public final int sentenceIndex;
    public Modality modality = Modality.ASSERTED;
    /** The trigger's words as analysed. */
    public String triggerText = "";
    public double confidence;

    public EventDraft(EventType type, String rule, int triggerStart, int triggerEnd, int sentenceStart,
                      int sentenceEnd, int sentenceIndex, double confidence) {
        this.type = type;
        this.rule = rule;
        this.triggerStart = triggerStart;
        this.triggerEnd = triggerEnd;
        this.sentenceStart = sentenceStart;
        this.sentenceEnd = sentenceEnd;
        this.sentenceIndex = sentenceIndex;
        this.confidence = confidence;
    }

    /** A copy of this event with everything but its type, rule and confidence, which are given. */
    public EventDraft copy(EventType newType, String newRule, double newConfidence) {
        EventDraft c = new EventDraft(newType, newRule, triggerStart, triggerEnd, sentenceStart, sentenceEnd,
                sentenceIndex, newConfidence);
        c.date = date;
        c.location = location;
        c.modality = modality;
        c.triggerText = triggerText;
        c.arguments.putAll(arguments);
        return c;
    }

    /** A copy of this event without the given participants. */
    public EventDraft copyWithout(java.util.Collection<EntityDraft> drop) {
        EventDraft c = copy(type, rule, confidence);
        c.arguments.keySet().removeAll(drop);
        return c;
    }

    /** Adds a participant; a stronger role (AGENT, COUNTERPART, PARTY) is not replaced by ATTENDEE. */
    public void add(EntityDraft e, Role role) {
        Role old = arguments.get(e);
        if (old == null || old == Role.ATTENDEE) arguments.put(e, role);
    }
}
