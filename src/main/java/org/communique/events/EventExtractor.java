package org.communique.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.communique.api.EntityType;
import org.communique.api.EventType;
import org.communique.api.Modality;
import org.communique.doc.Component;
import org.communique.doc.DateMention;
import org.communique.doc.Doc;
import org.communique.doc.EntityDraft;
import org.communique.doc.EventDraft;
import org.communique.doc.Parse;
import org.communique.doc.Tok;
import org.communique.lexicon.Lexicon;

/**
 * The event grammar over one article, in stages with one job each: match the rules' triggers on each
 * parsed sentence ({@link TriggerMatcher}), give roles from the grammar ({@link Roles}), date and place
 * ({@link Setting}), modality ({@link ModalityJudge}), then the article's reporting conventions
 * ({@link ArticleConventions}, {@link StatementCriticism}, {@link PressReview}, {@link MeetingSeries})
 * and one event per happening ({@link EventMerger}).
 */
public final class EventExtractor implements Component {
    private final EventRules rules;
    private final TriggerMatcher matcher;
    private final Roles roles;
    private final Attachments attachments;
    private final ModalityJudge modality;
    private final EventMerger merger;

    public EventExtractor(EventRules rules, Lexicon lex) {
        this.rules = rules;
        this.matcher = new TriggerMatcher(rules);
        Arguments arguments = new Arguments(lex, new References());
        this.roles = new Roles(arguments);
        this.attachments = new Attachments(arguments);
        this.modality = new ModalityJudge(rules);
        this.merger = new EventMerger(rules);
    }

    @Override
    public void process(Doc doc) {
        Mentions mentions = new Mentions(doc);
        List<EventDraft> events = new ArrayList<>();
        LocalDate context = null;
        // the article tells of the past ("one day in November Juche 112 (2023)"): so do its undated events
        boolean pastContext = false;
        int quoted = ArticleConventions.quotedMessageFrom(doc);
        List<Tok> toks = doc.tokens();
        for (int k = 0; k < Math.min(quoted, doc.sentenceCount()); k++) {
            int from = doc.sentenceStart(k), to = doc.sentenceStart(k + 1);
            if (from >= to || !doc.inContent(toks.get(from).begin()) && !doc.inContent(toks.get(to - 1).begin())) continue;
            List<DateMention> dates = Setting.datesIn(doc, toks.get(from).begin(), toks.get(to - 1).end());
            boolean headline = doc.inTitle(toks.get(from).begin());
            Parse parse = doc.parse(k);
            if (parse != null) {
                for (TriggerMatch m : matcher.matches(k, parse)) {
                    EventContext ctx = new EventContext(events, k);
                    if (m.rule().attach()) {
                        attachments.attach(doc, mentions, m, events, ctx);
                        continue;
                    }
                    if (!doc.inContent(toks.get(m.token()).begin())) continue;
                    EventDraft ev = EventFactory.draft(doc, m);
                    roles.assign(doc, mentions, m, ev, ctx);
                    if (!Roles.complete(m.rule(), ev)) continue;
                    ev.date = Setting.date(doc, dates, ev, headline ? null : context);
                    List<EntityDraft> places = Setting.places(doc, mentions, m);
                    ev.location = places.isEmpty() ? null : places.get(0);
                    ev.modality = modality.judge(doc, m, ev, dates);
                    if (dates.isEmpty() && pastContext && ev.modality == Modality.ASSERTED) ev.modality = Modality.PAST;
                    events.add(ev);
                }
            }
            if (!headline) {
                for (DateMention d : dates) {
                    if (d.isDay()) context = LocalDate.parse(d.value());
                    pastContext = ModalityJudge.isOld(d, doc.published());
                }
            }
        }
        doc.events().addAll(conventionsAndMerge(doc, mentions, events));
    }

    /** Stages 5 and 6: the article's reporting conventions, then one event per happening. */
    private List<EventDraft> conventionsAndMerge(Doc doc, Mentions mentions, List<EventDraft> events) {
        // body events first, so that a happening also named in the headline keeps its body evidence
        events.sort(Comparator.comparingInt(e -> doc.inTitle(e.triggerStart) ? 1 : 0));
        ArticleConventions.headlineNamesTheKind(doc, events);
        ArticleConventions.greetersJoinTheArrival(events);
        ArticleConventions.ministriesSpeakThroughOfficials(events);
        ArticleConventions.talkIsNoStatement(events, rules);
        ArticleConventions.messagesSpeak(doc, mentions, events, rules);
        ArticleConventions.attributionIsNoPart(doc, mentions, events, rules);
        PressReview.apply(doc, mentions, events, rules);
        merger.inheritCounterparts(events);
        ArticleConventions.voiceOfTheStatement(events);
        StatementCriticism.statementCriticises(doc, mentions, events, rules);
        StatementCriticism.statementWordsCriticise(doc, mentions, events, rules);
        MeetingSeries.expand(doc, events, mentions, rules);
        List<EventDraft> merged = merger.splitAgents(merger.merge(events));
        // the headline is no evidence on its own for an event without a named person or organization
        merged.removeIf(e -> doc.inTitle(e.triggerStart) && e.arguments.keySet().stream()
                .noneMatch(x -> x.type == EntityType.PERSON || x.type == EntityType.ORGANIZATION));
        // nor when the body reports that kind of event itself
        merged.removeIf(e -> doc.inTitle(e.triggerStart) && merged.stream()
                .anyMatch(o -> o.type == e.type && !doc.inTitle(o.triggerStart) && o.modality == Modality.ASSERTED));
        // an event is about who did what: without a named participant it is reported only where the
        // place says who (a meeting of a series, held in a country whose speakers are not named), or where
        // what happened is the opening of a facility, which is what an opening is about (guideline)
        merged.removeIf(e -> e.arguments.isEmpty() && !e.rule.equals(MeetingSeries.PER_COUNTRY) && e.type != EventType.OPENING
                && !(e.type == EventType.MEETING && e.location != null && !doc.inTitle(e.triggerStart)));
        for (EventDraft e : merged) e.confidence = EventMerger.confidence(e);
        return merged;
    }
}
