package org.communique.events;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.communique.api.EntityType;
import org.communique.api.EventType;
import org.communique.api.Role;
import org.communique.doc.Doc;
import org.communique.doc.EntityDraft;
import org.communique.doc.EventDraft;
import org.communique.doc.Tok;
import org.communique.events.EventExtractor.Ref;

/**
 * Who takes part in an event and in what role: the entities of the trigger's clause, by side and
 * preposition; an elided or pronoun subject found in the sentence, in the article's last actor, or in
 * the holder of an office ("the president"); "led by X" for a delegation's leader.
 */
final class Participants {
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", ",", "and", "its", "his", "her", "their", "(");
    private static final Set<String> PLACE_PREPS = Set.of("in", "at", "to", "into", "for");

    private final org.communique.lexicon.Lexicon lex;

    Participants(org.communique.lexicon.Lexicon lex) {
        this.lex = lex;
    }

    private static final Set<String> OCCASIONS = Set.of("anniversary", "birthday", "occasion", "day", "founding");

    /** The "of" governing a mention follows "anniversary", "birthday", ...: the mention is what is marked. */
    static boolean commemorated(List<Tok> toks, int k, int from, List<Ref> refs) {
        int q = prepositionIndex(toks, k, from, refs);
        if (q < 0 || !toks.get(q).is("of")) return false;
        for (int p = q - 1; p >= Math.max(from, q - 3); p--) {
            if (OCCASIONS.contains(toks.get(p).lemma())) return true;
            if (!toks.get(p).pos().startsWith("JJ") && !toks.get(p).pos().startsWith("NN") && !toks.get(p).pos().equals("CD")) break;
        }
        return false;
    }

    /**
     * Finite verbs, clause words and strong punctuation bound the clause of a trigger; the auxiliaries
     * "be" and "have" do not ("Talks were held between X and Y").
     */
    static boolean clauseBreak(Tok t) {
        String p = t.pos();
        boolean auxiliary = t.lemma().equals("be") || t.lemma().equals("have");
        return (p.equals("VBD") || p.equals("VBZ") || p.equals("VBP") || p.equals("MD")) && !auxiliary
                || t.is(";") || t.is(":")
                || t.is("that") && p.equals("IN") || t.is("which") || t.is("while") || t.is("whereas");
    }

    /**
     * Gives the event its participants.
     *
     * @param refs  all mentions of the article (for pronouns and offices named earlier)
     * @param local the mentions of the trigger's sentence
     */
    void assign(Doc doc, EventRule r, List<Ref> refs, List<Ref> local, EventDraft ev, int from, int to, int t, int end,
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
        for (Ref ref : local) {
            if (ref.from() < from || ref.to() > to || (ref.from() >= t && ref.from() < end)) continue;
            EntityDraft e = ref.entity();
            if (doc.inTitleSpan(toks.get(ref.from()).begin())) continue;
            if (e.type == EntityType.LOCATION && !e.isCountry()) continue;
            if (semicolonBetween(toks, ref.from(), t)) continue;
            String prep = prepositionBefore(toks, ref.from(), from, local);
            // "on the occasion of the 76th founding anniversary of the DPRK": what is celebrated takes no part
            if ("of".equals(prep) && commemorated(toks, ref.from(), from, local)) continue;
            if (e.type == EntityType.LOCATION && prep != null && PLACE_PREPS.contains(prep)
                    && !r.preps().containsKey(prep)) continue;
            Role role;
            if ("by".equals(prep) && ledBy(toks, ref.from(), from)) {
                int deleg = delegationBefore(toks, ref.from(), from);
                String p2 = deleg >= 0 ? prepositionBefore(toks, deleg, from, local) : null;
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
        String one = org.communique.lexicon.Lexicon.singular(office.lower());
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
                    && toks.get(q - 1).is("the");
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
            if (toks.get(q).is("he") || toks.get(q).is("she")) {
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
        int q = prepositionIndex(toks, k, from, refs);
        return q < 0 ? null : toks.get(q).lower();
    }

    /** Token index of the preposition governing a mention, or -1 (see {@link #prepositionBefore}). */
    static int prepositionIndex(List<Tok> toks, int k, int from, List<Ref> refs) {
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
            if (t.pos().equals("IN") || t.pos().equals("TO")) return q;
            return -1;
        }
        return -1;
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
}
