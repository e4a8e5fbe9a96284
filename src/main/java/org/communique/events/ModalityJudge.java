package org.communique.events;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.communique.api.Modality;
import org.communique.doc.DateMention;
import org.communique.doc.Doc;
import org.communique.doc.EventDraft;

/**
 * Stage 4: did it happen as news of the day? Read from the parse: cue words on the trigger or the
 * verb that holds it ("will visit", "did not sign", "would meet", "the upcoming talks", "his earlier
 * visits"), and on the words that govern it ("agreed to sign", "refused to attend", "remembered that
 * President X met ...", "the anniversary of the conclusion"); then from the dates: an event dated well
 * before publication is recalled, one dated after it is planned.
 */
final class ModalityJudge {
    private static final Set<String> MODIFIER_RELATIONS = Set.of("aux", "advmod", "amod", "det", "mark", "aux:pass");
    private static final int GOVERNOR_DEPTH = 3;

    private final EventRules rules;

    ModalityJudge(EventRules rules) {
        this.rules = rules;
    }

    Modality judge(Doc doc, TriggerMatch m, EventDraft ev, List<DateMention> dates) {
        SemanticGraph g = m.graph();
        List<IndexedWord> heads = new ArrayList<>(List.of(m.trigger()));
        IndexedWord verb = Grammar.supportVerb(g, m.trigger());
        if (verb != null) heads.add(verb);
        for (String name : List.of("negated", "future", "hypothetical", "past")) {
            EventRules.Cues cues = rules.cues(name);
            for (IndexedWord h : heads) {
                for (var e : g.outgoingEdgeList(h)) {
                    String rel = Grammar.rel(e);
                    if (MODIFIER_RELATIONS.contains(rel) && cues.modifiers().contains(lemma(e.getDependent()))) return modality(name);
                }
            }
            IndexedWord top = heads.get(heads.size() - 1);
            for (IndexedWord gov : Grammar.governors(g, top, GOVERNOR_DEPTH)) {
                if (cues.governors().contains(lemma(gov))) return modality(name);
            }
        }
        LocalDate pub = doc.published();
        // only a date the event's own sentence gives tells when it happens; one carried from before does not
        boolean ownDate = ev.date != null && dates.stream().anyMatch(d -> d.value().equals(ev.date));
        if (pub != null) {
            if (ownDate && LocalDate.parse(ev.date).isBefore(pub.minusDays(90))) return Modality.PAST;
            if (ownDate && LocalDate.parse(ev.date).isAfter(pub)) return Modality.FUTURE;
            for (DateMention d : dates) {
                if (d.isDay()) continue;
                String v = d.value();
                if (v.compareTo(pub.toString().substring(0, v.length())) < 0) return Modality.PAST;
            }
        }
        return Modality.ASSERTED;
    }

    /** A date two months or more before publication (a month or year counts from its end). */
    static boolean isOld(DateMention d, LocalDate pub) {
        if (pub == null || d.anaphoric()) return false;
        String v = d.value();
        LocalDate end = v.length() == 10 ? LocalDate.parse(v)
                : v.length() == 7 ? YearMonth.parse(v).atEndOfMonth() : LocalDate.of(Integer.parseInt(v), 12, 31);
        return end.isBefore(pub.minusDays(60));
    }

    private static Modality modality(String name) {
        return Modality.valueOf(name.toUpperCase(Locale.ROOT));
    }

    private static String lemma(IndexedWord w) {
        String l = w.lemma() == null ? w.word() : w.lemma();
        return l.toLowerCase(Locale.ROOT);
    }
}
