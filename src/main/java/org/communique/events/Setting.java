package org.communique.events;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communique.api.EntityType;
import org.communique.api.EventType;
import org.communique.doc.DateMention;
import org.communique.doc.Doc;
import org.communique.doc.EntityDraft;
import org.communique.doc.EventDraft;

/**
 * Stage 3: when and where. The date is the day-date of the trigger's sentence nearest the trigger, or
 * the one the article set before when the sentence names none; the place is what the trigger (or
 * the verb holding it) is "in" or "at", and for a visit what is visited.
 */
final class Setting {
    private static final List<String> PLACE_RELATIONS = List.of("obl:in", "obl:at", "nmod:in", "nmod:at");
    private static final List<String> VISITED = List.of("obj", "obl:to", "nmod:to", "obl:for");

    /** The day-dates of [begin, end) of the analysed text. */
    static List<DateMention> datesIn(Doc doc, int begin, int end) {
        return doc.dates().stream().filter(d -> d.start() >= begin && d.end() <= end).toList();
    }

    /**
     * @param dates   the dates of the event's sentence
     * @param context the day the article last set, or null (a headline sets and takes none)
     */
    static String date(Doc doc, List<DateMention> dates, EventDraft ev, LocalDate context) {
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
        // a day carried from an earlier sentence dates this event only if it has come to pass
        if (context != null && (doc.published() == null || !context.isAfter(doc.published()))) return context.toString();
        if (doc.published() != null && (ev.type == EventType.STATEMENT || ev.type == EventType.CRITICISM
                || ev.type == EventType.DEMAND)) return doc.published().toString();
        return null;
    }

    /** The places of the event in order of preference: a city or site before a country. */
    static List<EntityDraft> places(Doc doc, Mentions mentions, TriggerMatch m) {
        SemanticGraph g = m.graph();
        List<IndexedWord> heads = new ArrayList<>(List.of(m.trigger()));
        IndexedWord verb = Grammar.supportVerb(g, m.trigger());
        if (verb != null) heads.add(verb);
        List<EntityDraft> sites = new ArrayList<>(), countries = new ArrayList<>();
        boolean visit = m.rule().type() == EventType.VISIT;
        for (IndexedWord h : heads) {
            List<IndexedWord> nodes = new ArrayList<>();
            for (String rel : PLACE_RELATIONS) nodes.addAll(Grammar.children(g, h, rel));
            if (visit) for (String rel : VISITED) nodes.addAll(Grammar.children(g, h, rel));
            for (IndexedWord n : new ArrayList<>(nodes)) nodes.addAll(Grammar.children(g, n, "conj"));
            for (IndexedWord n : nodes) {
                int token = m.parse().token(n);
                Mentions.Ref ref = mentions.at(token);
                EntityDraft e = ref == null ? null : ref.entity();
                if (e == null && n.word().equalsIgnoreCase("here") && doc.dateline() != null) continue;
                if (e == null || doc.inTitleSpan(doc.tokens().get(ref.from()).begin())) continue;
                boolean place = e.type == EntityType.LOCATION || visit && e.type == EntityType.ORGANIZATION;
                if (!place) continue;
                List<EntityDraft> into = e.isCountry() ? countries : sites;
                if (!into.contains(e)) into.add(e);
            }
        }
        sites.addAll(countries);
        return sites;
    }
}
