package org.communique.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;
import org.communique.api.EventType;
import org.communique.api.Role;

/**
 * One event rule of {@code models/rules/events.json}: when {@code trigger} matches in a sentence,
 * with a word of {@code near} within {@code window} tokens and none of {@code notNear}, an event of
 * {@code type} is made. Participants before the trigger take {@code subject}, after it
 * {@code object} (none when {@code object_side} is false: what a statement says is no participant), and
 * after a preposition of {@code preps} that preposition's role. Participants are looked for in the
 * trigger's clause only. {@code pos} asks the trigger to be a verb ("V") or a noun ("N").
 * An {@code attach} rule makes no event: it adds the sentence's persons and organizations as
 * attendees of the event it refers to ("Present at the signing ceremony were ...").
 */
record EventRule(String id, EventType type, TokenPattern trigger, TokenPattern near, TokenPattern notNear,
                 int window, Role subject, Role object, Map<String, Role> preps, double confidence,
                 String cameo, boolean attach, boolean needsAgent, String pos) {

    /** True when the trigger's first token has the part of speech the rule asks for ("V" verb, "N" noun). */
    boolean posAllows(String tag) {
        return pos == null || (pos.equals("V") ? tag.startsWith("VB") : tag.startsWith(pos));
    }

    @JsonCreator
    static EventRule of(@JsonProperty("id") String id, @JsonProperty("type") EventType type,
                        @JsonProperty("trigger") String trigger, @JsonProperty("near") String near,
                        @JsonProperty("not_near") String notNear, @JsonProperty("window") Integer window,
                        @JsonProperty("subject") Role subject, @JsonProperty("object") Role object,
                        @JsonProperty("preps") Map<String, Role> preps,
                        @JsonProperty("confidence") Double confidence, @JsonProperty("cameo") String cameo,
                        @JsonProperty("attach") Boolean attach, @JsonProperty("needs_agent") Boolean needsAgent,
                        @JsonProperty("pos") String pos, @JsonProperty("object_side") Boolean objectSide) {
        if (id == null || trigger == null) throw new IllegalArgumentException("an event rule needs an id and a trigger");
        if (type == null && !Boolean.TRUE.equals(attach)) throw new IllegalArgumentException("rule " + id + " needs a type");
        return new EventRule(id, type, new TokenPattern(trigger), near == null ? null : new TokenPattern(near),
                notNear == null ? null : new TokenPattern(notNear), window == null ? 8 : window,
                subject == null ? Role.AGENT : subject,
                Boolean.FALSE.equals(objectSide) ? null : object == null ? Role.COUNTERPART : object,
                preps == null ? Map.of() : Map.copyOf(preps), confidence == null ? 0.7 : confidence, cameo,
                Boolean.TRUE.equals(attach), Boolean.TRUE.equals(needsAgent), pos);
    }
}
