package org.communique.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import org.communique.api.EventType;
import org.communique.api.Role;
import org.communique.doc.Doc;
import org.communique.doc.EntityDraft;
import org.communique.doc.EventDraft;
import org.communique.doc.Parse;
import org.communique.doc.Tok;

/**
 * The "marked abroad" report: "Events were held in Nepal, Laos, ... and Mexico to celebrate ...
 * The chairman of the Hungarian Workers' Party said ... Congratulatory messages ... were adopted at
 * the events in Nepal, Hungary ...". Each country listed had its meeting; each body that spoke made a
 * speech (also when it only condemned or demanded) and took part in its country's meeting; messages
 * adopted "at the events in" several countries are one message per country, from its speakers.
 */
final class MeetingSeries {
    static final String PER_COUNTRY = "meeting.series-per-country";
    static final String SPEAKER = "meeting.speaker-at-series";
    static final String SPEECH = "statement.speaker-at-series";
    static final String MESSAGE_PER_COUNTRY = "message.series-per-country";

    private MeetingSeries() {}

    static void expand(Doc doc, List<EventDraft> events, Mentions mentions, EventRules rules) {
        List<Tok> toks = doc.tokens();
        EventDraft series = null;
        for (EventDraft e : events) {
            if (e.type != EventType.MEETING || doc.inTitle(e.triggerStart)) continue;
            // "talks were held between the WPK and the LPRP" is one meeting with its parties, no series
            boolean parties = e.arguments.keySet().stream().anyMatch(x -> !x.isCountry());
            Tok trigger = toks.stream().filter(t -> t.begin() == e.triggerStart).findFirst().orElse(null);
            if (!parties && trigger != null && trigger.pos().equals("NNS")) { series = e; break; }
        }
        if (series == null) return;
        Map<String, EventDraft> byCountry = new LinkedHashMap<>();
        List<EntityDraft> countries = countriesIn(doc, mentions, series);
        if (countries.size() >= 2) {
            events.remove(series);
            for (EntityDraft c : countries) {
                EventDraft m = like(series, EventType.MEETING, PER_COUNTRY, rules.derived(PER_COUNTRY));
                m.location = c;
                byCountry.put(c.country, m);
                events.add(m);
            }
        }
        List<EventDraft> added = new ArrayList<>(speeches(events, series, rules.derived(SPEECH)));
        events.addAll(added);
        // "the speakers ... strongly demanded ...": all who spoke at the meetings
        Set<EntityDraft> allSpeakers = new java.util.LinkedHashSet<>();
        for (EventDraft e : events) {
            if (e.type == EventType.STATEMENT && e.sentenceIndex > series.sentenceIndex) {
                e.arguments.forEach((x, r) -> {
                    if (r == Role.AGENT && !x.isCountry()) allSpeakers.add(x);
                });
            }
        }
        for (EventDraft e : events) {
            boolean speech = e.type == EventType.CRITICISM || e.type == EventType.DEMAND;
            if (!speech || e.sentenceIndex <= series.sentenceIndex) continue;
            boolean named = e.arguments.entrySet().stream().anyMatch(a -> a.getValue() == Role.AGENT && !a.getKey().isCountry());
            if (!named && saysTheSpeakers(doc, e)) allSpeakers.forEach(x -> e.add(x, Role.AGENT));
        }
        for (EventDraft e : new ArrayList<>(events)) {
            if (e.type != EventType.STATEMENT || e.sentenceIndex <= series.sentenceIndex) continue;
            List<EntityDraft> speakers = e.arguments.entrySet().stream()
                    .filter(a -> a.getValue() == Role.AGENT && !a.getKey().isCountry()).map(Map.Entry::getKey).toList();
            if (speakers.isEmpty()) continue;
            // speakers of several countries in one sentence spoke at their own countries' meetings
            Map<String, List<EntityDraft>> byHome = new LinkedHashMap<>();
            for (EntityDraft sp : speakers) {
                String home = sp.country != null && byCountry.containsKey(sp.country) ? sp.country : "";
                byHome.computeIfAbsent(home, k -> new ArrayList<>()).add(sp);
            }
            // a speaker of no known country speaks with the others when they are all of one country
            if (byHome.size() == 2 && byHome.containsKey("")) {
                List<EntityDraft> stateless = byHome.remove("");
                byHome.values().iterator().next().addAll(stateless);
            }
            if (byHome.size() > 1) {
                events.remove(e);
                for (List<EntityDraft> group : byHome.values()) {
                    EventDraft one = like(e, EventType.STATEMENT, e.rule, e.confidence);
                    group.forEach(x -> one.add(x, Role.AGENT));
                    events.add(one);
                }
            }
            for (Map.Entry<String, List<EntityDraft>> g : byHome.entrySet()) {
                EventDraft m = byCountry.get(g.getKey());
                if (m == null) {
                    m = like(e, EventType.MEETING, SPEAKER, rules.derived(SPEAKER));
                    m.date = series.date != null && e.date == null ? series.date : e.date;
                    events.add(m);
                }
                for (EntityDraft sp : g.getValue()) m.add(sp, Role.PARTY);
            }
        }
        for (EventDraft e : new ArrayList<>(events)) {
            if (e.type != EventType.MESSAGE || e.sentenceIndex <= series.sentenceIndex || byCountry.isEmpty()) continue;
            List<EntityDraft> where = countriesIn(doc, mentions, e);
            if (where.size() < 2) continue;
            events.remove(e);
            for (EntityDraft c : where) {
                EventDraft msg = like(e, EventType.MESSAGE, MESSAGE_PER_COUNTRY, rules.derived(MESSAGE_PER_COUNTRY));
                e.arguments.forEach((x, r) -> {
                    if (r == Role.COUNTERPART) msg.add(x, r);
                });
                EventDraft meeting = byCountry.get(c.country);
                if (meeting != null) meeting.arguments.keySet().forEach(x -> msg.add(x, Role.AGENT));
                msg.location = c;
                events.add(msg);
            }
        }
    }

    private static boolean saysTheSpeakers(Doc doc, EventDraft e) {
        for (Tok t : doc.tokens().subList(doc.sentenceStart(e.sentenceIndex), doc.sentenceStart(e.sentenceIndex + 1))) {
            if (t.begin() >= e.triggerStart) break;
            String l = t.lemma();
            if (l.equals("speaker") || l.equals("participant") || t.is("they")) return true;
        }
        return false;
    }

    /** The countries of the trigger's "in A, B and C" (on the trigger or the verb that holds it). */
    private static List<EntityDraft> countriesIn(Doc doc, Mentions mentions, EventDraft e) {
        List<EntityDraft> out = new ArrayList<>();
        Parse parse = doc.parse(e.sentenceIndex);
        IndexedWord trigger = parse == null ? null : parse.node(e.triggerToken);
        if (trigger == null) return out;
        SemanticGraph g = parse.graph();
        List<IndexedWord> heads = new ArrayList<>(List.of(trigger));
        IndexedWord verb = Grammar.supportVerb(g, trigger);
        if (verb != null) heads.add(verb);
        // "adopted at the events in Nepal, Hungary ...": the places of the events it was at
        for (IndexedWord h : List.copyOf(heads)) {
            heads.addAll(Grammar.children(g, h, "obl:at"));
            heads.addAll(Grammar.children(g, h, "nmod:at"));
        }
        for (IndexedWord h : heads) {
            for (String rel : List.of("obl:in", "nmod:in")) {
                for (IndexedWord place : Grammar.children(g, h, rel)) {
                    Mentions.Ref ref = mentions.at(parse.token(place));
                    EntityDraft c = ref == null ? null : ref.entity();
                    if (c != null && c.isCountry() && c.country != null && !out.contains(c)) out.add(c);
                }
            }
        }
        return out;
    }

    /** A speaker who only condemned or demanded at such a meeting still made a speech. */
    private static List<EventDraft> speeches(List<EventDraft> events, EventDraft series, double confidence) {
        Set<EntityDraft> spoke = new HashSet<>();
        for (EventDraft e : events) {
            if (e.type == EventType.STATEMENT) spoke.addAll(EventMerger.actors(e));
        }
        List<EventDraft> out = new ArrayList<>();
        for (EventDraft e : events) {
            if ((e.type != EventType.CRITICISM && e.type != EventType.DEMAND) || e.sentenceIndex <= series.sentenceIndex) continue;
            EventDraft st = like(e, EventType.STATEMENT, SPEECH, confidence);
            e.arguments.forEach((ent, role) -> {
                if (role == Role.AGENT && !ent.isCountry() && !spoke.contains(ent)) st.add(ent, Role.AGENT);
            });
            if (!st.arguments.isEmpty()) {
                out.add(st);
                spoke.addAll(st.arguments.keySet());
            }
        }
        return out;
    }

    private static EventDraft like(EventDraft e, EventType type, String rule, double confidence) {
        return e.derive(type, rule, confidence);
    }

}
