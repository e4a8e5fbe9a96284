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
    /** Where each argument came from: the rule and the dependency path (see {@code api.Argument}). */
    public final Map<EntityDraft, Provenance> provenance = new LinkedHashMap<>();
    /** Document index of the trigger's token. */
    public final int triggerToken;
    public final int triggerStart;
    public final int triggerEnd;
    public final int sentenceStart;
    public final int sentenceEnd;
    public final int sentenceIndex;
    public Modality modality = Modality.ASSERTED;
    /** The trigger's words as analysed. */
    public String triggerText = "";
    /** The trigger's object or the trigger noun is definite ("laid the wreath"): it refers back to one told before. */
    public boolean definite;
    /**
     * The kind of act an event reports where the guideline counts acts apart (a visit's trip, arrival,
     * departure, round of sightseeing), or null; events of different acts are never merged.
     */
    public String act;
    public double confidence;

    /** The rule and dependency path that gave an argument. */
    public record Provenance(String rule, String path) {}

    public EventDraft(EventType type, String rule, int triggerToken, int triggerStart, int triggerEnd,
                      int sentenceStart, int sentenceEnd, int sentenceIndex, double confidence) {
        this.type = type;
        this.triggerToken = triggerToken;
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
        EventDraft c = new EventDraft(newType, newRule, triggerToken, triggerStart, triggerEnd, sentenceStart,
                sentenceEnd, sentenceIndex, newConfidence);
        c.date = date;
        c.location = location;
        c.modality = modality;
        c.triggerText = triggerText;
        c.definite = definite;
        c.act = act;
        c.arguments.putAll(arguments);
        c.provenance.putAll(provenance);
        return c;
    }

    /** A new event of another kind at the same place in the text: same date, place and modality, no participants. */
    public EventDraft derive(EventType newType, String newRule, double newConfidence) {
        EventDraft d = copy(newType, newRule, newConfidence);
        d.arguments.clear();
        d.provenance.clear();
        return d;
    }

    /** A copy of this event without the given participants. */
    public EventDraft copyWithout(java.util.Collection<EntityDraft> drop) {
        EventDraft c = copy(type, rule, confidence);
        c.arguments.keySet().removeAll(drop);
        c.provenance.keySet().removeAll(drop);
        return c;
    }

    /** Adds a participant; a stronger role (AGENT, COUNTERPART, PARTY) is not replaced by ATTENDEE. */
    public void add(EntityDraft e, Role role) {
        add(e, role, null);
    }

    /** Adds a participant with its provenance (null when code derived it); see {@link #add(EntityDraft, Role)}. */
    public void add(EntityDraft e, Role role, Provenance from) {
        Role old = arguments.get(e);
        if (old == null || old == Role.ATTENDEE) {
            arguments.put(e, role);
            if (from != null || !provenance.containsKey(e)) provenance.put(e, from);
        }
    }

    /** Adds every argument of another event with its provenance. */
    public void addAll(EventDraft other) {
        other.arguments.forEach((e, r) -> add(e, r, other.provenance.get(e)));
    }
}
