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
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", ",", "and", "its", "his", "her", "their");
    private static final Set<String> PLACE_PREPS = Set.of("in", "at", "to", "into", "for");

    private final EventRules rules;
    /** Tokens between two triggers of one type for them to be two events of one sentence. */
    private static final int MIN_TRIGGER_DISTANCE = 12;

    private final org.communique.lexicon.Lexicon lex;

    public EventExtractor(EventRules rules, org.communique.lexicon.Lexicon lex) {
        this.rules = rules;
        this.lex = lex;
    }

    /** An entity mention as token span. */
    record Ref(int from, int to, EntityDraft entity) {}

    @Override
    public void process(Doc doc) {
        List<Tok> toks = doc.tokens();
        List<Ref> refs = refs(doc);
        List<EventDraft> events = new ArrayList<>();
        LocalDate context = null;
        int quoted = quotedMessageFrom(doc);
        for (int k = 0; k < Math.min(quoted, doc.sentenceCount()); k++) {
            int from = doc.sentenceStart(k), to = doc.sentenceStart(k + 1);
            while (from < to && !doc.inContent(toks.get(from).begin())) from++;
            if (from >= to) continue;
            List<DateMention> dates = datesIn(doc, toks.get(from).begin(), toks.get(to - 1).end());
            boolean headline = doc.inTitle(toks.get(from).begin());
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
                        attach(doc, r, refs, events, from, to, t, k);
                        break;
                    }
                    final int at = t;
                    List<Integer> same = fired.computeIfAbsent(r.type(), x -> new ArrayList<>());
                    if (same.stream().anyMatch(p -> Math.abs(p - at) < MIN_TRIGGER_DISTANCE)) continue;
                    same.add(t);
                    EventDraft ev = new EventDraft(r.type(), r.id(), toks.get(t).begin(), toks.get(end - 1).end(),
                            toks.get(from).begin(), toks.get(to - 1).end(), k, r.confidence());
                    ev.triggerText = doc.string().substring(ev.triggerStart, ev.triggerEnd);
                    participants(doc, r, refs, ev, from, to, t, end, events);
                    if (r.needsAgent() && !ev.arguments.containsValue(Role.AGENT)) continue;
                    ev.date = date(dates, t, ev, headline ? null : context, doc);
                    ev.location = location(doc, refs, from, to, r.type());
                    if (rules.of(r.type()).splitPlaces()) {
                        int clauseEnd = end;
                        while (clauseEnd < to && !clauseBreak(toks.get(clauseEnd))) clauseEnd++;
                        List<EntityDraft> places = placesAfter(doc, refs, end, clauseEnd);
                        if (!places.isEmpty()) ev.location = places.get(0);
                        if (places.size() > 1 && !ev.arguments.isEmpty()) {
                            ev.location = places.get(0);
                            for (EntityDraft p : places.subList(1, places.size())) {
                                EventDraft more = ev.copyWithout(List.of());
                                more.location = p;
                                more.modality = modality(doc, toks, from, t, ev, dates);
                                events.add(more);
                            }
                        }
                    }
                    ev.modality = modality(doc, toks, from, t, ev, dates);
                    events.add(ev);
                }
            }
            if (!headline) {
                for (DateMention d : dates) {
                    if (d.isDay()) context = LocalDate.parse(d.value());
                }
            }
        }
        // body events first, so that a happening also named in the headline keeps its body evidence
        events.sort(Comparator.comparingInt(e -> doc.inTitle(e.triggerStart) ? 1 : 0));
        headlineNamesTheKind(doc, events);
        ministriesSpeakThroughOfficials(events);
        inheritCounterparts(events);
        voiceOfTheStatement(events);
        MeetingSeries.expand(doc, events, refs, rules);
        List<EventDraft> merged = splitAgents(merge(events));
        // the headline is no evidence on its own for an event without a named person or organization
        merged.removeIf(e -> doc.inTitle(e.triggerStart) && e.arguments.keySet().stream()
                .noneMatch(x -> x.type == EntityType.PERSON || x.type == EntityType.ORGANIZATION));
        // nor when the body reports that kind of event itself
        merged.removeIf(e -> doc.inTitle(e.triggerStart) && merged.stream()
                .anyMatch(o -> o.type == e.type && !doc.inTitle(o.triggerStart) && o.modality == Modality.ASSERTED));
        for (EventDraft e : merged) e.confidence = confidence(e);
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

    private static List<DateMention> datesIn(Doc doc, int begin, int end) {
        return doc.dates().stream().filter(d -> d.start() >= begin && d.end() <= end).toList();
    }

    /**
     * Finite verbs, clause words and strong punctuation bound the clause of a trigger; the auxiliaries
     * "be" and "have" do not ("Talks were held between X and Y").
     */
    private static boolean clauseBreak(Tok t) {
        String p = t.pos();
        boolean auxiliary = t.lemma().equals("be") || t.lemma().equals("have");
        return (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD")) && !auxiliary
                || t.is(";") || t.is(":")
                || t.is("that") && p.equals("IN") || t.is("which") || t.is("while") || t.is("whereas");
    }

    private void participants(Doc doc, EventRule r, List<Ref> refs, EventDraft ev, int from, int to, int t, int end,
                              List<EventDraft> earlier) {
        List<Tok> toks = doc.tokens();
        // the trigger's clause: back to the previous finite verb, on to the next one
        int lo = t - 1;
        while (lo >= from && !clauseBreak(toks.get(lo))) lo--;
        int hi = end;
        while (hi < to && !clauseBreak(toks.get(hi))) hi++;
        int sentenceFrom = from;
        from = lo + 1;
        to = hi;
        boolean subjectFound = false;
        for (Ref ref : refs) {
            if (ref.from() < from || ref.to() > to || (ref.from() >= t && ref.from() < end)) continue;
            EntityDraft e = ref.entity();
            if (doc.inTitleSpan(toks.get(ref.from()).begin())) continue;
            if (e.type == EntityType.LOCATION && !e.isCountry()) continue;
            if (semicolonBetween(toks, ref.from(), t)) continue;
            String prep = prepositionBefore(toks, ref.from(), from, refs);
            if (e.type == EntityType.LOCATION && prep != null && PLACE_PREPS.contains(prep)
                    && !r.preps().containsKey(prep)) continue;
            Role role;
            if ("by".equals(prep) && ledBy(toks, ref.from(), from)) {
                int deleg = delegationBefore(toks, ref.from(), from);
                String p2 = deleg >= 0 ? prepositionBefore(toks, deleg, from, refs) : null;
                role = p2 != null && r.preps().containsKey(p2) ? r.preps().get(p2)
                        : (deleg >= 0 ? deleg : ref.from()) < t ? r.subject() : r.object();
            } else if (prep != null && r.preps().containsKey(prep) && ref.from() >= end) {
                // a preposition gives the role only after the trigger ("the chairman of X condemned" is X's act)
                role = r.preps().get(prep);
            } else {
                role = ref.from() < t ? r.subject() : r.object();
            }
            // "the UN secretary-general", "the Lao ambassador": the person who holds that office here
            if (e.type != EntityType.PERSON && ref.to() < toks.size() && lex.isTitle(toks.get(ref.to()).word())) {
                EntityDraft holder = titled(doc, refs, toks.get(ref.to()), ref.from());
                if (holder != null) e = holder;
            }
            if (role != null) {
                ev.add(e, role);
                subjectFound |= ref.from() < t;
            }
        }
        if (!subjectFound && r.subject() != null) {
            // "The president expressed deep thanks": the president the article has named
            for (int q = from; q < t; q++) {
                if (lex.isTitle(toks.get(q).word()) && q > from && toks.get(q - 1).lower().equals("the")) {
                    EntityDraft holder = titled(doc, refs, toks.get(q), q);
                    if (holder != null) {
                        ev.add(holder, r.subject());
                        return;
                    }
                }
            }
            EntityDraft s = sentenceSubject(doc, refs, sentenceFrom, t, ev, earlier);
            if (s != null) ev.add(s, r.subject());
            else theyOrTheDelegation(doc.tokens(), sentenceFrom, t, ev, earlier).forEach(x -> ev.add(x, r.subject()));
        }
    }

    /**
     * The person last named before token {@code before} whose titles contain the office word, else
     * the first named after it ("The DPRK ambassador ... paid a farewell call. Ambassador Tong Chol Ho ...").
     */
    private static EntityDraft titled(Doc doc, List<Ref> refs, Tok office, int before) {
        String word = office.lower();
        String one = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        EntityDraft found = null;
        for (Ref ref : refs) {
            if (ref.from() >= before) break;
            EntityDraft p = ref.entity();
            if (p.type != EntityType.PERSON) continue;
            for (String title : p.titles) {
                String tl = title.toLowerCase(java.util.Locale.ROOT);
                if (java.util.Arrays.asList(tl.split("[\\s,]+")).contains(one)) found = p;
            }
        }
        if (found != null) return found;
        for (Ref ref : refs) {
            if (ref.from() <= before || ref.entity().type != EntityType.PERSON) continue;
            for (String title : ref.entity().titles) {
                if (java.util.Arrays.asList(title.toLowerCase(java.util.Locale.ROOT).split("[\\s,]+")).contains(one)) {
                    return ref.entity();
                }
            }
        }
        return null;
    }

    /**
     * "They" or "the delegation" as subject: the ones who acted in the article's latest event with
     * agents ("The delegation visited ... They also toured ...").
     */
    private static List<EntityDraft> theyOrTheDelegation(List<Tok> toks, int from, int t, EventDraft ev,
                                                          List<EventDraft> earlier) {
        boolean they = false;
        for (int q = from; q < t; q++) {
            Tok w = toks.get(q);
            they |= w.is("they") || (w.lemma().equals("delegation") || w.lemma().equals("group")
                    || w.lemma().equals("participant")) && q > from
                    && (toks.get(q - 1).is("the") || toks.get(q - 1).is("The"));
        }
        if (!they) return List.of();
        for (int i = earlier.size() - 1; i >= 0; i--) {
            EventDraft e = earlier.get(i);
            if (e.sentenceIndex < ev.sentenceIndex - 3) break;
            // "the participants" of a reception are its hosts and guests
            List<EntityDraft> agents = e.arguments.entrySet().stream()
                    .filter(a -> a.getValue() == Role.AGENT || a.getValue() == Role.PARTY
                            || a.getValue() == Role.ATTENDEE && e.type == EventType.RECEPTION)
                    .map(Map.Entry::getKey).filter(x -> !x.isCountry()).toList();
            if (!agents.isEmpty()) return agents;
        }
        return List.of();
    }

    /**
     * The subject of a clause that names none: the sentence's first person or organization before
     * the trigger ("Kim Jong Un ... oversaw a performance test"), or for "he"/"she" the person the
     * article last named.
     */
    private static EntityDraft sentenceSubject(Doc doc, List<Ref> refs, int sentenceFrom, int t, EventDraft ev,
                                               List<EventDraft> earlier) {
        List<Tok> toks = doc.tokens();
        // the subject of the nearest main verb before the trigger ("Guterres on Oct. 15 made remarks,
        // ... and demanding ..."), else the sentence's first person or organization
        int verb = t - 1;
        while (verb >= sentenceFrom && !(clauseBreak(toks.get(verb)) && toks.get(verb).isVerb())) verb--;
        EntityDraft nearest = null;
        EntityDraft first = null;
        for (Ref ref : refs) {
            if (ref.from() < sentenceFrom || ref.from() >= t) continue;
            EntityDraft e = ref.entity();
            if ((e.type != EntityType.PERSON && e.type != EntityType.ORGANIZATION)
                    || doc.inTitleSpan(toks.get(ref.from()).begin())) continue;
            if (first == null) first = e;
            if (verb >= sentenceFrom && ref.to() <= verb) nearest = e;
        }
        if (nearest != null) return nearest;
        if (first != null) return first;
        // a newspaper's name as a heading line above its items ("Rodong Sinmun\n- An article calls for ...")
        int k = toks.get(sentenceFrom).sentence();
        if (k > 0) {
            int pFrom = doc.sentenceStart(k - 1), pTo = doc.sentenceStart(k);
            for (Ref ref : refs) {
                if (ref.from() == pFrom && ref.to() == pTo && ref.entity().type == EntityType.ORGANIZATION) return ref.entity();
            }
        }
        for (int q = t - 1; q >= sentenceFrom; q--) {
            if (toks.get(q).is("he") || toks.get(q).is("she") || toks.get(q).is("He") || toks.get(q).is("She")) {
                // the person who last acted (not the last of a list of companions), else the last named
                for (int i = earlier.size() - 1; i >= 0 && earlier.get(i).sentenceIndex >= ev.sentenceIndex - 3; i--) {
                    for (Map.Entry<EntityDraft, Role> a : earlier.get(i).arguments.entrySet()) {
                        if (a.getValue() == Role.AGENT && a.getKey().type == EntityType.PERSON) return a.getKey();
                    }
                }
                EntityDraft last = null;
                for (Ref ref : refs) {
                    if (ref.from() >= q) break;
                    if (ref.entity().type == EntityType.PERSON && !doc.inTitle(toks.get(ref.from()).begin())) last = ref.entity();
                }
                return last;
            }
        }
        return null;
    }

    private static boolean semicolonBetween(List<Tok> toks, int a, int b) {
        for (int k = Math.min(a, b); k < Math.max(a, b); k++) {
            if (toks.get(k).is(";")) return true;
        }
        return false;
    }

    /**
     * The preposition governing a mention: walks left over determiners, commas, "and" and the
     * words of other mentions (a coordinated list shares its preposition).
     */
    static String prepositionBefore(List<Tok> toks, int k, int from, List<Ref> refs) {
        int q = k - 1;
        int steps = 0;
        while (q >= from && steps++ < 40) {
            Tok t = toks.get(q);
            Ref inside = null;
            for (Ref r : refs) {
                if (q >= r.from() && q < r.to()) { inside = r; break; }
            }
            if (inside != null) { q = inside.from() - 1; continue; }
            if (DETERMINERS.contains(t.lower())) { q--; continue; }
            if (t.pos().equals("IN") || t.pos().equals("TO")) return t.lower();
            return null;
        }
        return null;
    }

    private static boolean ledBy(List<Tok> toks, int k, int from) {
        for (int q = k - 1; q >= Math.max(from, k - 3); q--) {
            if (toks.get(q).is("by")) return q - 1 >= from && (toks.get(q - 1).lemma().equals("lead")
                    || toks.get(q - 1).lemma().equals("head"));
        }
        return false;
    }

    private static int delegationBefore(List<Tok> toks, int k, int from) {
        for (int q = k - 1; q >= Math.max(from, k - 15); q--) {
            String l = toks.get(q).lemma();
            if (l.equals("delegation") || l.equals("group") || l.equals("team") || l.equals("troupe")) {
                int d = q;
                while (d - 1 >= from && !toks.get(d - 1).pos().equals("IN") && !toks.get(d - 1).pos().equals("TO")
                        && !toks.get(d - 1).isVerb()) d--;
                return d;
            }
        }
        return -1;
    }

    /** The date of the sentence nearest the trigger, else the date the article last set. */
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
            String prep = prepositionBefore(toks, ref.from(), from, List.of());
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
            if (r.preps() != null && toks.get(q).is("at")) {
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
            Set<EntityDraft> leader = actors(into);
            for (EventDraft e : events) {
                boolean speech = e.type == EventType.STATEMENT || e.type == EventType.CRITICISM || e.type == EventType.DEMAND;
                if (e != into && !speech && !doc.inTitle(e.triggerStart) && actors(e).stream().anyMatch(leader::contains)) {
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

    /** One event per happening: same type, compatible date, a shared participant (or none known). */
    private List<EventDraft> merge(List<EventDraft> events) {
        List<EventDraft> out = new ArrayList<>();
        for (EventDraft e : events) {
            EventDraft into = null;
            for (EventDraft o : out) {
                if (o.type != e.type || o.modality != e.modality) continue;
                if (rules.of(e.type).eachSentenceItsOwn() && o.sentenceIndex != e.sentenceIndex) continue;
                if (o.date != null && e.date != null && !o.date.equals(e.date)) continue;
                // different places are different happenings ("toured the museum, the factory, ...")
                if (o.location != null && e.location != null && o.location != e.location
                        && o.location.isCountry() == e.location.isCountry()) continue;
                boolean shared = actors(o).stream().anyMatch(e.arguments::containsKey)
                        || actors(e).stream().anyMatch(o.arguments::containsKey);
                boolean noActors = actors(o).isEmpty() || actors(e).isEmpty();
                // without actors on both sides (an award's winners are counterparts), a shared participant
                if (actors(o).isEmpty() && actors(e).isEmpty() && !o.arguments.isEmpty() && !e.arguments.isEmpty()) {
                    noActors = false;
                    shared = o.arguments.keySet().stream().anyMatch(x -> !x.isCountry() && e.arguments.containsKey(x));
                }
                // "Ri Il Hwan laid the wreath": the definite article points back to the wreath sent before
                boolean refersBack = e.triggerText.contains(" the ") && e.sentenceIndex - o.sentenceIndex <= 3;
                if (shared || noActors || refersBack) { into = o; break; }
            }
            if (into == null) {
                out.add(e);
                continue;
            }
            for (Map.Entry<EntityDraft, Role> a : e.arguments.entrySet()) into.add(a.getKey(), a.getValue());
            if (into.date == null) into.date = e.date;
            if (into.location == null) into.location = e.location;
            into.confidence = Math.max(into.confidence, e.confidence);
        }
        return out;
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

    /**
     * The first sentence of a quoted message ("The message said: ..."), to the end of the article:
     * what a message recalls or wishes is no event of the day. Statements are not cut: what a
     * statement condemns is the statement's own act.
     */
    private static int quotedMessageFrom(Doc doc) {
        List<Tok> toks = doc.tokens();
        for (int k = 0; k < doc.sentenceCount(); k++) {
            int from = doc.sentenceStart(k), to = doc.sentenceStart(k + 1);
            if (!toks.get(to - 1).is(":")) continue;
            boolean message = false, says = false;
            for (int q = from; q < to; q++) {
                String l = toks.get(q).lemma();
                message |= l.equals("message") || l.equals("letter") || l.equals("telegram") || l.equals("greeting");
                says |= l.equals("say") || l.equals("read") || l.equals("follow") || l.equals("note") || l.equals("state");
            }
            if (message && says) return k + 1;
        }
        return Integer.MAX_VALUE;
    }

    /**
     * In a statement ("Kim Yo Jong released a press statement: ... I condemn ..."), criticism and
     * demands that name no one else as their author, or only the author's own state, are the
     * statement's, made on its date.
     */
    private static void voiceOfTheStatement(List<EventDraft> events) {
        EventDraft statement = events.stream().filter(e -> e.type == EventType.STATEMENT
                && e.rule.equals("statement.issue") && e.modality == Modality.ASSERTED
                && e.arguments.entrySet().stream().anyMatch(a -> a.getValue() == Role.AGENT
                        && (a.getKey().type == EntityType.PERSON || a.getKey().type == EntityType.ORGANIZATION)))
                .findFirst().orElse(null);
        if (statement == null) return;
        EntityDraft author = statement.arguments.entrySet().stream().filter(a -> a.getValue() == Role.AGENT
                && (a.getKey().type == EntityType.PERSON || a.getKey().type == EntityType.ORGANIZATION))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
        for (EventDraft e : events) {
            if ((e.type != EventType.CRITICISM && e.type != EventType.DEMAND) || e.sentenceIndex < statement.sentenceIndex) continue;
            boolean anonymous = e.arguments.entrySet().stream().noneMatch(a -> a.getValue() == Role.AGENT
                    && !(a.getKey().isCountry() && a.getKey().country != null && a.getKey().country.equals(author.country)));
            if (!anonymous) continue;
            e.add(author, Role.AGENT);
            if (statement.date != null) e.date = statement.date;
            e.modality = Modality.ASSERTED;
        }
    }

    /**
     * "Kim Jong Un Inspects Defence Industrial Enterprise" over "Kim Jong Un visited a defence
     * industrial enterprise": the headline says what kind of happening the body's visit was.
     */
    private static void headlineNamesTheKind(Doc doc, List<EventDraft> events) {
        for (EventDraft h : List.copyOf(events)) {
            if (!doc.inTitle(h.triggerStart) || h.type != EventType.INSPECTION) continue;
            if (events.stream().anyMatch(e -> e.type == h.type && !doc.inTitle(e.triggerStart))) continue;
            for (int i = 0; i < events.size(); i++) {
                EventDraft e = events.get(i);
                if (e.type == EventType.VISIT && !doc.inTitle(e.triggerStart)
                        && actors(e).stream().anyMatch(actors(h)::contains)) {
                    EventDraft inspection = e.retyped(h.type, h.rule);
                    // what is inspected takes part ("an enterprise under the Second Economy Commission")
                    if (e.location != null && e.location.type == EntityType.ORGANIZATION) {
                        inspection.add(e.location, Role.COUNTERPART);
                    }
                    events.set(i, inspection);
                    break;
                }
            }
        }
    }

    /**
     * "Kim Son Gyong, vice-minister ... of the DPRK Foreign Ministry, released a press statement": a
     * ministry's official speaks for the ministry, which is an issuer of the statement too.
     */
    private static void ministriesSpeakThroughOfficials(List<EventDraft> events) {
        for (EventDraft e : events) {
            if (e.type != EventType.STATEMENT || !e.rule.equals("statement.issue")) continue;
            for (EntityDraft p : List.copyOf(e.arguments.keySet())) {
                if (p.type != EntityType.PERSON || e.arguments.get(p) != Role.AGENT) continue;
                for (EntityDraft org : p.affiliations) {
                    if (org.name.contains("Ministry")) e.add(org, Role.AGENT);
                }
            }
        }
    }

    /** An event without a recipient takes the recipient of the same kind of event just before it. */
    private void inheritCounterparts(List<EventDraft> events) {
        for (int i = 0; i < events.size(); i++) {
            EventDraft e = events.get(i);
            if (!rules.of(e.type).inheritCounterpart() || e.arguments.containsValue(Role.COUNTERPART)) continue;
            for (int j = i - 1; j >= 0; j--) {
                EventDraft o = events.get(j);
                if (o.type != e.type || o.sentenceIndex < e.sentenceIndex - 2) continue;
                o.arguments.forEach((ent, role) -> {
                    if (role == Role.COUNTERPART) e.add(ent, role);
                });
                if (e.date == null) e.date = o.date;
                break;
            }
        }
    }

    /** One event per sender for the types that the guideline counts that way. */
    private List<EventDraft> splitAgents(List<EventDraft> events) {
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
                one.add(agent, Role.AGENT);
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
    private static double confidence(EventDraft e) {
        double c = e.confidence;
        if (e.arguments.isEmpty()) c *= 0.6;
        if (e.date == null) c -= 0.05;
        return Math.round(Math.max(0.05, Math.min(0.99, c)) * 100) / 100.0;
    }
}
