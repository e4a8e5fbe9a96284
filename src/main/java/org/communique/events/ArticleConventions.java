package org.communique.events;

import java.util.List;
import java.util.Map;
import org.communique.api.EntityType;
import org.communique.api.EventType;
import org.communique.api.Modality;
import org.communique.api.Role;
import org.communique.doc.Doc;
import org.communique.doc.EntityDraft;
import org.communique.doc.EventDraft;
import org.communique.doc.Parse;
import org.communique.doc.Tok;


/**
 * Conventions of how state media report, applied to a whole article: a quoted message's content is
 * no news of the day, a statement's criticism is its author's, a headline names the kind of a
 * leader's visit, a ministry speaks through its officials, an agency's attribution is no part of
 * what it reports (what a statement criticises is {@link StatementCriticism}'s).
 */
final class ArticleConventions {
    private ArticleConventions() {}

    /**
     * The first sentence of a quoted message ("The message said: ..."), to the end of the article:
     * what a message recalls or wishes is no event of the day. Statements are not cut: what a
     * statement condemns is the statement's own act.
     */
    static int quotedMessageFrom(Doc doc) {
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
    static void voiceOfTheStatement(List<EventDraft> events) {
        EventDraft statement = events.stream().filter(e -> e.type == EventType.STATEMENT
                && e.rule.equals(EventRules.STATEMENT_ISSUE) && e.modality == Modality.ASSERTED && author(e) != null)
                .findFirst().orElse(null);
        if (statement == null) return;
        EntityDraft author = author(statement);
        for (EventDraft e : events) {
            if ((e.type != EventType.CRITICISM && e.type != EventType.DEMAND) || e.sentenceIndex < statement.sentenceIndex) continue;
            boolean anonymous = e.arguments.entrySet().stream().noneMatch(a -> a.getValue() == Role.AGENT
                    && !(a.getKey().isCountry() && a.getKey().country != null && a.getKey().country.equals(author.country)));
            if (!anonymous) continue;
            e.add(author, Role.AGENT, new EventDraft.Provenance(statement.rule, "=article"));
            if (statement.date != null) e.date = statement.date;
            // what the statement says it does is of its day; what it says would or should happen stays so
            if (e.modality == Modality.PAST) e.modality = Modality.ASSERTED;
        }
    }

    /**
     * "..., North Korean state media KCNA said", "Yonhap reported": a news agency's attribution is no
     * STATEMENT (guideline), and the agency that reports takes no part in what it reports. An agency
     * that is itself the subject of the happening ("a delegation of TASS visited KCNA") stays.
     */
    static void attributionIsNoPart(Doc doc, Mentions mentions, List<EventDraft> events, EventRules rules) {
        java.util.Set<String> agencies = rules.words("AGENCY");
        java.util.Set<String> attributing = rules.words("ATTRIBUTE");
        for (EventDraft e : events) {
            Parse parse = doc.parse(e.sentenceIndex);
            if (parse == null) continue;
            for (EntityDraft x : List.copyOf(e.arguments.keySet())) {
                if (!isAgency(x, agencies) || !attributes(doc, mentions, parse, e.sentenceIndex, x, attributing)) continue;
                e.arguments.remove(x);
                e.provenance.remove(x);
            }
        }
        events.removeIf(e -> e.type == EventType.STATEMENT && e.rule.equals(EventRules.STATEMENT_SAID)
                && !e.arguments.containsValue(Role.AGENT));
    }

    static boolean isAgency(EntityDraft x, java.util.Set<String> agencies) {
        if (x.type != EntityType.ORGANIZATION) return false;
        if (x.name.contains("News Agency") || agencies.contains(x.name)) return true;
        return x.aliases.stream().anyMatch(agencies::contains);
    }

    /** Whether a mention of {@code x} in sentence k is the subject of a verb of reporting ("KCNA said"). */
    private static boolean attributes(Doc doc, Mentions mentions, Parse parse, int k, EntityDraft x,
                                      java.util.Set<String> attributing) {
        for (Mentions.Ref r : mentions.slice(doc.sentenceStart(k), doc.sentenceStart(k + 1))) {
            if (r.entity() != x) continue;
            for (int t = r.from(); t < r.to(); t++) {
                edu.stanford.nlp.ling.IndexedWord n = parse.node(t);
                if (n == null) continue;
                for (var in : parse.graph().incomingEdgeList(n)) {
                    String rel = Grammar.rel(in);
                    String lemma = String.valueOf(in.getGovernor().lemma()).toLowerCase(java.util.Locale.ROOT);
                    if (rel.startsWith("nsubj") && attributing.contains(lemma)) return true;
                    if (rel.equals("obl:according_to") || rel.equals("obl:agent") && lemma.equals("report")) return true;
                }
            }
        }
        return false;
    }

    static final String MESSAGE_CONTENT = "message.content-series";

    /**
     * "Congratulatory messages and letters sent by personages of different countries ... highly praised
     * ... The chairman of the National Salvation Front of Russia said that ...": where the article opens
     * on what messages say, what each sender then "said" is the content of their message, a MESSAGE
     * from them, not a statement (guideline: the content of a message makes no STATEMENT).
     */
    static void messagesSpeak(Doc doc, Mentions mentions, List<EventDraft> events, EventRules rules) {
        int lead = messagesLead(doc, rules);
        if (lead < 0) return;
        // the one the messages praise ("... highly praised Kim Jong Un") sends none of them
        java.util.Set<EntityDraft> praised = new java.util.HashSet<>();
        mentions.slice(doc.sentenceStart(lead), doc.sentenceStart(lead + 1)).forEach(r -> praised.add(r.entity()));
        for (int i = 0; i < events.size(); i++) {
            EventDraft e = events.get(i);
            if (e.type != EventType.STATEMENT || !e.rule.equals(EventRules.STATEMENT_SAID) || e.sentenceIndex <= lead
                    || e.modality != Modality.ASSERTED) continue;
            EventDraft m = e.copy(EventType.MESSAGE, MESSAGE_CONTENT, rules.derived(MESSAGE_CONTENT));
            m.arguments.keySet().removeIf(x -> e.arguments.get(x) != Role.AGENT || praised.contains(x));
            m.provenance.keySet().retainAll(m.arguments.keySet());
            // each sender's message is its own
            m.act = "message@" + e.sentenceIndex;
            events.set(i, m);
        }
        events.removeIf(e -> e.rule.equals(MESSAGE_CONTENT) && e.arguments.isEmpty());
    }

    /** The first or second body sentence when its subject is messages that speak ("Messages ... praised"), or -1. */
    private static int messagesLead(Doc doc, EventRules rules) {
        List<Tok> toks = doc.tokens();
        java.util.Set<String> msg = rules.words("MSG");
        java.util.Set<String> speak = new java.util.HashSet<>(rules.words("SAY"));
        speak.addAll(rules.words("PRAISE"));
        for (int k = 0, seen = 0; k < doc.sentenceCount() && seen < 2; k++) {
            int from = doc.sentenceStart(k), to = doc.sentenceStart(k + 1);
            if (from >= to || doc.inTitle(toks.get(from).begin())) continue;
            seen++;
            boolean message = false;
            for (int q = from; q < to; q++) {
                Tok t = toks.get(q);
                if (!doc.inContent(t.begin())) continue;
                if (t.pos().equals("NNS") && msg.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))) message = true;
                // the first finite verb: "messages ... sent by personages ... praised": a participle does not count
                if (t.pos().equals("VBD") || t.pos().equals("VBZ") || t.pos().equals("VBP")) {
                    if (message && speak.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))) return k;
                    if (!t.is("sent")) break;
                }
            }
        }
        return -1;
    }

    /** A statement's first named author (a person or body), or null. */
    static EntityDraft author(EventDraft statement) {
        return statement.arguments.entrySet().stream().filter(a -> a.getValue() == Role.AGENT
                && (a.getKey().type == EntityType.PERSON || a.getKey().type == EntityType.ORGANIZATION))
                .map(Map.Entry::getKey).findFirst().orElse(null);
    }

    /**
     * "They returned home on Saturday. Vice-Premier Kim Myong Hun ... were standing at the apron of the
     * airport terminal to greet them": those who greet an arrival take part in that VISIT (guideline),
     * their greeting makes no meeting of its own.
     */
    static void greetersJoinTheArrival(List<EventDraft> events) {
        for (EventDraft g : List.copyOf(events)) {
            if (g.type != EventType.MEETING || !g.triggerText.toLowerCase(java.util.Locale.ROOT).startsWith("greet")) continue;
            EventDraft arrival = null;
            for (EventDraft v : events) {
                if (v.type == EventType.VISIT && "arrival".equals(v.act) && v.modality == g.modality
                        && v.sentenceIndex <= g.sentenceIndex && v.sentenceIndex >= g.sentenceIndex - 2) arrival = v;
            }
            if (arrival == null) continue;
            EventDraft visit = arrival;
            g.arguments.forEach((x, r) -> {
                if (r == Role.AGENT || r == Role.PARTY) visit.add(x, Role.COUNTERPART, g.provenance.get(x));
            });
            events.remove(g);
        }
    }

    /**
     * "Kim Jong Un Inspects Defence Industrial Enterprise" over "Kim Jong Un visited a defence
     * industrial enterprise": the headline says what kind of happening the body's visit was.
     */
    static void headlineNamesTheKind(Doc doc, List<EventDraft> events) {
        for (EventDraft h : List.copyOf(events)) {
            if (!doc.inTitle(h.triggerStart) || h.type != EventType.INSPECTION) continue;
            if (events.stream().anyMatch(e -> e.type == h.type && !doc.inTitle(e.triggerStart))) continue;
            for (int i = 0; i < events.size(); i++) {
                EventDraft e = events.get(i);
                if (e.type == EventType.VISIT && !doc.inTitle(e.triggerStart)
                        && EventMerger.actors(e).stream().anyMatch(EventMerger.actors(h)::contains)) {
                    EventDraft inspection = e.copy(h.type, h.rule, e.confidence);
                    // what is inspected takes part ("an enterprise under the Second Economy Commission")
                    if (e.location != null && e.location.type == EntityType.ORGANIZATION) {
                        inspection.add(e.location, Role.COUNTERPART, new EventDraft.Provenance(e.rule, "=article"));
                    }
                    events.set(i, inspection);
                    break;
                }
            }
        }
    }

    /**
     * What the parties say to each other in talks, calls, audiences and credential presentations, and
     * their thanks or answers to a message, belong to that meeting, presentation or message: a remark
     * ("X said ...") by one of its participants makes no statement of its own. Speeches, addresses and
     * issued statements do.
     */
    static void talkIsNoStatement(List<EventDraft> events, EventRules rules) {
        java.util.Set<EntityDraft> talking = new java.util.HashSet<>();
        for (EventDraft e : events) {
            if (e.modality == Modality.ASSERTED && rules.isTalk(e.rule)) talking.addAll(e.arguments.keySet());
        }
        events.removeIf(e -> e.type == EventType.STATEMENT && e.rule.equals(EventRules.STATEMENT_SAID)
                && e.arguments.keySet().stream().anyMatch(talking::contains));
    }

    /**
     * "Kim Son Gyong, vice-minister ... of the DPRK Foreign Ministry, released a press statement": a
     * ministry's official speaks for the ministry, which is an issuer of the statement too.
     */
    static void ministriesSpeakThroughOfficials(List<EventDraft> events) {
        for (EventDraft e : events) {
            if (e.type != EventType.STATEMENT || !e.rule.equals(EventRules.STATEMENT_ISSUE)) continue;
            for (EntityDraft p : List.copyOf(e.arguments.keySet())) {
                if (p.type != EntityType.PERSON || e.arguments.get(p) != Role.AGENT) continue;
                for (EntityDraft org : p.affiliations) {
                    if (org.name.contains("Ministry")) e.add(org, Role.AGENT, new EventDraft.Provenance(e.rule, "=article"));
                }
            }
        }
    }
}
