package org.communique.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communique.api.EntityType;
import org.communique.api.EventType;
import org.communique.api.Modality;
import org.communique.api.Role;
import org.communique.doc.Component;
import org.communique.doc.DateMention;
import org.communique.doc.Doc;
import org.communique.doc.EntityDraft;
import org.communique.doc.EventDraft;
import org.communique.doc.Tok;

/**
 * Applies the event rules to each sentence, gives each event its participants with roles, its date
 * and place (from the sentence, else from the context the article sets), its modality, and merges
 * the events that report one happening ("signed in Pyongyang on October 30 between ..." and
 * "Jang Yong Gil and Andrei Zarenin signed the agreement" are one AGREEMENT_SIGNED).
 */
public final class EventExtractor implements Component {

    private final EventRules rules;
    /** Tokens between two triggers of one type for them to be two events of one sentence. */
    private static final int MIN_TRIGGER_DISTANCE = 12;

    private final Participants participants;
    private final EventMerger merger;

    public EventExtractor(EventRules rules, org.communique.lexicon.Lexicon lex) {
        this.rules = rules;
        this.participants = new Participants(lex);
        this.merger = new EventMerger(rules);
    }

    /** An entity mention as token span. */
    record Ref(int from, int to, EntityDraft entity) {}

    @Override
    public void process(Doc doc) {
        List<Tok> toks = doc.tokens();
        List<Ref> refs = refs(doc);
        List<EventDraft> events = new ArrayList<>();
        LocalDate context = null;
        // the article tells of the past ("one day in November Juche 112 (2023)"): so do its undated events
        boolean pastContext = false;
        int quoted = ArticleConventions.quotedMessageFrom(doc);
        for (int k = 0; k < Math.min(quoted, doc.sentenceCount()); k++) {
            int from = doc.sentenceStart(k), to = doc.sentenceStart(k + 1);
            while (from < to && !doc.inContent(toks.get(from).begin())) from++;
            if (from >= to) continue;
            List<DateMention> dates = datesIn(doc, toks.get(from).begin(), toks.get(to - 1).end());
            boolean headline = doc.inTitle(toks.get(from).begin());
            List<Ref> local = slice(refs, from, to);
            // triggers already fired per type: a type fires again in a sentence only well apart
            // ("made remarks, ... demanding ..." in the same long sentence as "released a statement")
            Map<EventType, List<Integer>> fired = new java.util.EnumMap<>(EventType.class);
            Set<String> words = new HashSet<>();
            for (int t = from; t < to; t++) {
                words.add(toks.get(t).lemma());
                words.add(toks.get(t).lower());
            }
            for (EventRule r : rules.rules) {
                if (!r.trigger().mayStartWithin(words)) continue;
                for (int t = from; t < to; t++) {
                    int end = r.trigger().matchAt(toks, t, to);
                    // title-case headlines confuse the tagger: the part of speech is checked in the body only
                    if (end < 0 || !headline && !r.posAllows(toks.get(t).pos())) continue;
                    int lo = Math.max(from, t - r.window()), hi = Math.min(to, end + r.window());
                    if (r.near() != null && !r.near().anyIn(toks, lo, t) && !r.near().anyIn(toks, end, hi)) continue;
                    if (r.notNear() != null && (r.notNear().anyIn(toks, lo, t) || r.notNear().anyIn(toks, end, hi))) continue;
                    if (r.attach()) {
                        // at once: a later sentence's "the participants" are the attendees named here
                        attach(doc, r, local, events, from, to, t, k);
                        break;
                    }
                    final int at = t;
                    List<Integer> same = fired.computeIfAbsent(r.type(), x -> new ArrayList<>());
                    if (same.stream().anyMatch(p -> Math.abs(p - at) < MIN_TRIGGER_DISTANCE)) continue;
                    same.add(t);
                    EventDraft ev = new EventDraft(r.type(), r.id(), toks.get(t).begin(), toks.get(end - 1).end(),
                            toks.get(from).begin(), toks.get(to - 1).end(), k, r.confidence());
                    ev.triggerText = doc.string().substring(ev.triggerStart, ev.triggerEnd);
                    participants.assign(doc, r, refs, local, ev, from, to, t, end, events);
                    if (r.needsAgent() && !ev.arguments.containsValue(Role.AGENT)) continue;
                    ev.date = date(dates, t, ev, headline ? null : context, doc);
                    ev.location = location(doc, local, from, to, r.type());
                    ev.modality = modality(doc, toks, from, t, ev, dates);
                    if (dates.isEmpty() && pastContext && ev.modality == Modality.ASSERTED) ev.modality = Modality.PAST;
                    if (rules.of(r.type()).splitPlaces()) {
                        int clauseEnd = end;
                        while (clauseEnd < to && !Participants.clauseBreak(toks.get(clauseEnd))) clauseEnd++;
                        List<EntityDraft> places = placesAfter(doc, local, end, clauseEnd);
                        if (!places.isEmpty()) ev.location = places.get(0);
                        if (places.size() > 1 && !ev.arguments.isEmpty()) {
                            for (EntityDraft p : places.subList(1, places.size())) {
                                EventDraft more = ev.copyWithout(List.of());
                                more.location = p;
                                events.add(more);
                            }
                        }
                    }
                    events.add(ev);
                }
            }
            if (!headline) {
                for (DateMention d : dates) {
                    if (d.isDay()) context = LocalDate.parse(d.value());
                    pastContext = isOld(d, doc.published());
                }
            }
        }
        // body events first, so that a happening also named in the headline keeps its body evidence
        events.sort(Comparator.comparingInt(e -> doc.inTitle(e.triggerStart) ? 1 : 0));
        ArticleConventions.headlineNamesTheKind(doc, events);
        ArticleConventions.ministriesSpeakThroughOfficials(events);
        merger.inheritCounterparts(events);
        ArticleConventions.voiceOfTheStatement(events);
        MeetingSeries.expand(doc, events, refs, rules);
        List<EventDraft> merged = merger.splitAgents(merger.merge(events));
        // the headline is no evidence on its own for an event without a named person or organization
        merged.removeIf(e -> doc.inTitle(e.triggerStart) && e.arguments.keySet().stream()
                .noneMatch(x -> x.type == EntityType.PERSON || x.type == EntityType.ORGANIZATION));
        // nor when the body reports that kind of event itself
        merged.removeIf(e -> doc.inTitle(e.triggerStart) && merged.stream()
                .anyMatch(o -> o.type == e.type && !doc.inTitle(o.triggerStart) && o.modality == Modality.ASSERTED));
        // an event is about who did what: without a named participant it is reported only where the
        // place says who (a meeting of a series, held in a country whose speakers are not named)
        merged.removeIf(e -> e.arguments.isEmpty() && !e.rule.equals(MeetingSeries.PER_COUNTRY));
        for (EventDraft e : merged) e.confidence = EventMerger.confidence(e);
        doc.events().addAll(merged);
    }

    private static List<Ref> refs(Doc doc) {
        List<Tok> toks = doc.tokens();
        Map<Integer, Integer> startTok = new java.util.HashMap<>();
        Map<Integer, Integer> endTok = new java.util.HashMap<>();
        for (Tok t : toks) {
            startTok.put(t.begin(), t.i());
            endTok.put(t.end(), t.i());
        }
        List<Ref> refs = new ArrayList<>();
        for (EntityDraft e : doc.entities()) {
            if (e.type == EntityType.DATE) continue;
            for (EntityDraft.Span s : e.mentions) {
                Integer a = startTok.get(s.start()), b = endTok.get(s.end());
                if (a != null && b != null) refs.add(new Ref(a, b + 1, e));
            }
        }
        refs.sort(Comparator.comparingInt(Ref::from));
        return refs;
    }

    /** The mentions that start in tokens [from, to): refs are sorted by start, so a binary search finds them. */
    static List<Ref> slice(List<Ref> refs, int from, int to) {
        int lo = 0, hi = refs.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (refs.get(mid).from() < from) lo = mid + 1; else hi = mid;
        }
        int end = lo;
        while (end < refs.size() && refs.get(end).from() < to) end++;
        return refs.subList(lo, end);
    }

    private static List<DateMention> datesIn(Doc doc, int begin, int end) {
        return doc.dates().stream().filter(d -> d.start() >= begin && d.end() <= end).toList();
    }

    /** The date of the sentence nearest the trigger, else the date the article last set. */
    /** A date two months or more before publication (a month or year counts from its end). */
    private static boolean isOld(DateMention d, LocalDate pub) {
        if (pub == null || d.anaphoric()) return false;
        String v = d.value();
        LocalDate end = v.length() == 10 ? LocalDate.parse(v)
                : v.length() == 7 ? java.time.YearMonth.parse(v).atEndOfMonth() : LocalDate.of(Integer.parseInt(v), 12, 31);
        return end.isBefore(pub.minusDays(60));
    }

    private String date(List<DateMention> dates, int t, EventDraft ev, LocalDate context, Doc doc) {
        DateMention best = null;
        String text = doc.string();
        for (DateMention d : dates) {
            if (!d.isDay()) continue;
            // "the victory of July 27": a date named after "of" is what is commemorated, not when
            String before = text.substring(Math.max(0, d.start() - 4), d.start());
            if (before.endsWith("of ")) continue;
            if (best == null || Math.abs(d.start() - ev.triggerStart) < Math.abs(best.start() - ev.triggerStart)) best = d;
        }
        if (best != null) return best.value();
        if (dates.stream().anyMatch(d -> !d.isDay())) return null;
        if (context != null) return context.toString();
        if (doc.published() != null && (ev.type == EventType.STATEMENT || ev.type == EventType.CRITICISM
                || ev.type == EventType.DEMAND)) return doc.published().toString();
        return null;
    }

    private static EntityDraft location(Doc doc, List<Ref> refs, int from, int to, EventType type) {
        List<Tok> toks = doc.tokens();
        EntityDraft country = null;
        for (Ref ref : refs) {
            if (ref.from() < from || ref.to() > to || ref.entity().type != EntityType.LOCATION) continue;
            if (doc.inTitleSpan(toks.get(ref.from()).begin())) continue;
            String prep = Participants.prepositionBefore(toks, ref.from(), from, List.of());
            boolean placePrep = "in".equals(prep) || "at".equals(prep)
                    || (type == EventType.VISIT && ("to".equals(prep) || "for".equals(prep)));
            if (!placePrep) continue;
            if (!ref.entity().isCountry()) return ref.entity();
            if (country == null) country = ref.entity();
        }
        return country;
    }

    private Modality modality(Doc doc, List<Tok> toks, int from, int t, EventDraft ev, List<DateMention> dates) {
        Map<String, List<String>> cues = rules.modalityCues;
        for (int q = Math.max(from, t - 4); q < t; q++) {
            String w = toks.get(q).lower();
            if (cues.getOrDefault("negated", List.of()).contains(w)) return Modality.NEGATED;
        }
        for (int q = Math.max(from, t - 4); q < t; q++) {
            String w = toks.get(q).lower();
            if (cues.getOrDefault("future", List.of()).contains(w)) return Modality.FUTURE;
            if (cues.getOrDefault("hypothetical", List.of()).contains(w)) return Modality.HYPOTHETICAL;
        }
        // "the 65th anniversary of the conclusion of the Agreements": what is commemorated is background
        for (int q = Math.max(from, t - 6); q < t; q++) {
            if (toks.get(q).lemma().equals("anniversary")) return Modality.PAST;
        }
        LocalDate pub = doc.published();
        if (pub != null) {
            if (ev.date != null && LocalDate.parse(ev.date).isBefore(pub.minusDays(90))) return Modality.PAST;
            if (ev.date != null && LocalDate.parse(ev.date).isAfter(pub.plusDays(1))) return Modality.FUTURE;
            for (DateMention d : dates) {
                if (d.isDay()) continue;
                String v = d.value();
                String cut = pub.toString().substring(0, v.length());
                if (v.compareTo(cut) < 0) return Modality.PAST;
            }
        }
        return Modality.ASSERTED;
    }

    private void attach(Doc doc, EventRule r, List<Ref> refs, List<EventDraft> events, int from, int to, int trig,
                        int sentence) {
        List<Tok> toks = doc.tokens();
        EventType target = null;
        for (int q = trig; q < Math.min(to, trig + 8); q++) {
            if (toks.get(q).is("at")) {
                for (int n = q + 1; n < Math.min(to, q + 5); n++) {
                    target = targetType(toks.get(n).lemma());
                    if (target != null) break;
                }
                break;
            }
        }
        if (r.type() != null) target = r.type();
        EventDraft into = null;
        for (int i = events.size() - 1; i >= 0; i--) {
            EventDraft e = events.get(i);
            if (e.sentenceIndex > sentence || e.sentenceIndex < sentence - 3) continue;
            if (doc.inTitle(e.triggerStart)) continue;
            if (target == null || e.type == target) { into = e; break; }
        }
        if (into == null) return;
        // "He was accompanied by ...": the suite goes with the leader through everything he does
        List<EventDraft> targets = new ArrayList<>(List.of(into));
        if (toks.get(trig).lemma().equals("accompany")) {
            Set<EntityDraft> leader = EventMerger.actors(into);
            for (EventDraft e : events) {
                boolean speech = e.type == EventType.STATEMENT || e.type == EventType.CRITICISM || e.type == EventType.DEMAND;
                if (e != into && !speech && !doc.inTitle(e.triggerStart) && EventMerger.actors(e).stream().anyMatch(leader::contains)) {
                    targets.add(e);
                }
            }
        }
        Role role = r.subject();
        for (Ref ref : refs) {
            if (ref.from() < from || ref.to() > to) continue;
            EntityDraft e = ref.entity();
            // attendees are persons and bodies; a listed sender may be a state ("the prime minister of Nepal")
            if (e.type == EntityType.LOCATION && (role == Role.ATTENDEE || !e.isCountry())) continue;
            if (doc.inTitleSpan(toks.get(ref.from()).begin()) && role == Role.ATTENDEE) continue;
            for (EventDraft t : targets) t.add(e, role);
        }
    }

    private static EventType targetType(String lemma) {
        return switch (lemma) {
            case "signing" -> EventType.AGREEMENT_SIGNED;
            case "talk", "meeting", "session", "plenary" -> EventType.MEETING;
            case "reception", "banquet", "dinner", "luncheon" -> EventType.RECEPTION;
            case "opening", "inauguration" -> EventType.OPENING;
            default -> null;
        };
    }

    /**
     * The places named after a trigger in its sentence: "toured the Victorious Fatherland Liberation
     * War Museum, the Kangso Mineral Water Factory, ..." (a factory or embassy toured is a place too).
     */
    private static List<EntityDraft> placesAfter(Doc doc, List<Ref> refs, int end, int to) {
        List<EntityDraft> out = new ArrayList<>();
        for (Ref ref : refs) {
            if (ref.from() < end || ref.to() > to || doc.inTitleSpan(doc.tokens().get(ref.from()).begin())) continue;
            EntityDraft e = ref.entity();
            boolean place = e.type == EntityType.LOCATION && !e.isCountry() || e.type == EntityType.ORGANIZATION;
            if (place && !out.contains(e)) out.add(e);
        }
        return out;
    }

}
