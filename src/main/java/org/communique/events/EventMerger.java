package org.communique.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communique.api.EntityType;
import org.communique.api.Role;
import org.communique.doc.EntityDraft;
import org.communique.doc.EventDraft;



/**
 * One event per happening: merges the events that report the same one, lets an event take the
 * recipient of the one before it, splits events into one per sender where the guideline counts
 * that way, and gives each event its final confidence.
 */
final class EventMerger {
    private final EventRules rules;
    /** The act of a round of sightseeing: one visit per verb that reports one. */
    static final String ROUND = "round";

    EventMerger(EventRules rules) {
        this.rules = rules;
    }

    /** One event per happening: same type, compatible date, a shared participant (or none known). */
    List<EventDraft> merge(List<EventDraft> events) {
        List<EventDraft> out = new ArrayList<>();
        for (EventDraft e : withinSentences(events)) {
            EventDraft into = null;
            for (EventDraft o : out) {
                if (o.type != e.type || o.modality != e.modality) continue;
                if (rules.of(e.type).eachSentenceItsOwn() && o.sentenceIndex != e.sentenceIndex) continue;
                // each visiting act is its own visit: the trip, the arrival, the departure, each round of sightseeing
                if (!java.util.Objects.equals(o.act, e.act)) continue;
                if (ROUND.equals(e.act) && o.triggerToken != e.triggerToken) continue;
                if (o.date != null && e.date != null && !o.date.equals(e.date)) continue;
                // different places are different happenings ("toured the museum, the factory, ...")
                if (o.location != null && e.location != null && o.location != e.location
                        && o.location.isCountry() == e.location.isCountry()) continue;
                Set<EntityDraft> oActors = actors(o), eActors = actors(e);
                // a message or gift goes one way: greetings both ways are two messages, not one
                boolean shared = rules.of(e.type).splitAgents()
                        ? oActors.stream().anyMatch(eActors::contains)
                        : oActors.stream().anyMatch(e.arguments::containsKey) || eActors.stream().anyMatch(o.arguments::containsKey);
                boolean noActors = oActors.isEmpty() || eActors.isEmpty();
                // without actors on both sides (an award's winners are counterparts), a shared participant
                if (oActors.isEmpty() && eActors.isEmpty() && !o.arguments.isEmpty() && !e.arguments.isEmpty()) {
                    noActors = false;
                    shared = o.arguments.keySet().stream().anyMatch(x -> !x.isCountry() && e.arguments.containsKey(x));
                }
                // "Ri Il Hwan laid the wreath": the definite article points back to the wreath sent before
                boolean refersBack = e.definite && rules.of(e.type).definiteRefersBack() && e.sentenceIndex - o.sentenceIndex <= 3;
                if (shared || noActors || refersBack) { into = o; break; }
            }
            if (into == null) {
                out.add(e);
                continue;
            }
            absorb(into, e);
        }
        return out;
    }

    /**
     * "Ju Yong Il met and had a talk with the delegation": the events of one type that one sentence
     * reports are one, for the types counted so ({@code one_per_sentence}); merged before events of
     * different sentences are, so that a sentence's event keeps all its own participants.
     */
    private List<EventDraft> withinSentences(List<EventDraft> events) {
        List<EventDraft> out = new ArrayList<>();
        for (EventDraft e : events) {
            EventDraft into = null;
            if (rules.of(e.type).onePerSentence()) {
                for (EventDraft o : out) {
                    if (o.type == e.type && o.sentenceIndex == e.sentenceIndex && o.modality == e.modality
                            && java.util.Objects.equals(o.act, e.act)
                            && (o.date == null || e.date == null || o.date.equals(e.date))
                            && (o.location == null || e.location == null || o.location == e.location)) { into = o; break; }
                }
            }
            if (into == null) {
                out.add(e);
            } else {
                absorb(into, e);
            }
        }
        return out;
    }

    /** {@code into} takes what {@code e} adds to it: participants, and date and place where it has none. */
    private static void absorb(EventDraft into, EventDraft e) {
        into.addAll(e);
        if (into.date == null) into.date = e.date;
        if (into.location == null) into.location = e.location;
        into.confidence = Math.max(into.confidence, e.confidence);
    }

    /** An event without a recipient takes the recipient of the same kind of event just before it. */
    void inheritCounterparts(List<EventDraft> events) {
        for (int i = 0; i < events.size(); i++) {
            EventDraft e = events.get(i);
            if (!rules.of(e.type).inheritCounterpart() || e.arguments.containsValue(Role.COUNTERPART)) continue;
            for (int j = i - 1; j >= 0; j--) {
                EventDraft o = events.get(j);
                if (o.type != e.type || o.sentenceIndex < e.sentenceIndex - 2) continue;
                o.arguments.forEach((ent, role) -> {
                    if (role == Role.COUNTERPART) e.add(ent, role, o.provenance.get(ent));
                });
                if (e.date == null) e.date = o.date;
                break;
            }
        }
    }

    /** One event per sender for the types that the guideline counts that way. */
    List<EventDraft> splitAgents(List<EventDraft> events) {
        List<EventDraft> out = new ArrayList<>();
        for (EventDraft e : events) {
            List<EntityDraft> agents = e.arguments.entrySet().stream().filter(a -> a.getValue() == Role.AGENT)
                    .map(Map.Entry::getKey).toList();
            if (rules.of(e.type).splitAgents() && agents.stream().anyMatch(a -> a.type == EntityType.PERSON)) {
                // "the Lao ambassador to the DPRK handed over the basket from Thongloun": beside a named
                // person, a state is no sender
                List<EntityDraft> states = agents.stream().filter(EntityDraft::isCountry).toList();
                states.forEach(e.arguments::remove);
                agents = agents.stream().filter(a -> !a.isCountry()).toList();
            }
            // the message adopted at one country's meeting comes from all its speakers together
            if (!rules.of(e.type).splitAgents() || agents.size() < 2 || e.rule.equals(MeetingSeries.MESSAGE_PER_COUNTRY)) {
                out.add(e);
                continue;
            }
            for (EntityDraft agent : agents) {
                EventDraft one = e.copyWithout(agents);
                one.add(agent, Role.AGENT, e.provenance.get(agent));
                out.add(one);
            }
        }
        return out;
    }

    /** Who acts in an event: its agents and parties (attendees and counterparts do not make it). */
    static Set<EntityDraft> actors(EventDraft e) {
        Set<EntityDraft> a = new HashSet<>();
        e.arguments.forEach((ent, role) -> {
            if (role == Role.AGENT || role == Role.PARTY) a.add(ent);
        });
        return a;
    }

    /**
     * The rule's measured precision (its base confidence), lowered for an event without participants
     * or date, raised a little when several sentences reported it.
     */
    static double confidence(EventDraft e) {
        double c = e.confidence;
        if (e.arguments.isEmpty()) c *= 0.6;
        if (e.date == null) c -= 0.05;
        return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100.0;
    }
}
