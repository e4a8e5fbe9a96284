package org.communique.events;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.communique.api.EntityType;
import org.communique.api.EventType;
import org.communique.api.Role;
import org.communique.doc.Doc;
import org.communique.doc.EntityDraft;
import org.communique.doc.EventDraft;
import org.communique.lexicon.Lexicon;

/**
 * References that land on names: "the ambassador", "the president" on the person the article gives
 * that office; "he"/"she" on the person who last acted (else the last named); "they", "the
 * delegation", "the visitors" on those who acted in the article's latest event.
 */
final class References {
    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "his");
    private static final Set<String> PLURAL = Set.of("they", "them", "their");
    /** How many sentences back a reference may reach. */
    private static final int REACH = 3;

    /** "his", "her", "their": a possessive determiner. */
    static boolean isPossessive(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.equals("his") || w.equals("her") || w.equals("their") || w.equals("its");
    }

    static boolean isPronoun(String lemma) {
        return PERSONAL.contains(lemma) || PLURAL.contains(lemma);
    }

    /** True for "the X", "this X", "these X". */
    static boolean definite(SemanticGraph g, IndexedWord n) {
        for (IndexedWord d : Grammar.children(g, n, "det")) {
            String w = d.word().toLowerCase(Locale.ROOT);
            if (w.equals("the") || w.equals("this") || w.equals("these")) return true;
        }
        return false;
    }

    /**
     * The person last named before token {@code before} whose titles contain the office word, else
     * the first named after it ("The DPRK ambassador ... paid a farewell call. Ambassador Tong Chol Ho ...").
     */
    EntityDraft holder(Doc doc, Mentions mentions, String office, int before) {
        String one = Lexicon.singular(office.toLowerCase(Locale.ROOT));
        EntityDraft found = null;
        for (Mentions.Ref ref : mentions.all) {
            if (ref.from() >= before) break;
            if (ref.entity().type == EntityType.PERSON && holds(ref.entity(), one)) found = ref.entity();
        }
        if (found != null) return found;
        for (Mentions.Ref ref : mentions.all) {
            if (ref.from() > before && ref.entity().type == EntityType.PERSON && holds(ref.entity(), one)) return ref.entity();
        }
        return null;
    }

    /**
     * "the DPRK ambassador to Equatorial Guinea", "the president of the Republic of Equatorial Guinea":
     * the one person of the article with that office who serves that state, or null.
     */
    EntityDraft holderFor(Mentions mentions, String office, String state) {
        String one = Lexicon.singular(office.toLowerCase(Locale.ROOT));
        EntityDraft found = null;
        for (Mentions.Ref ref : mentions.all) {
            EntityDraft p = ref.entity();
            if (p.type != EntityType.PERSON || !state.equals(p.country) || !holds(p, one) || p == found) continue;
            if (found != null) return null;
            found = p;
        }
        return found;
    }

    private static boolean holds(EntityDraft person, String office) {
        for (String title : person.titles) {
            if (Arrays.asList(title.toLowerCase(Locale.ROOT).split("[\\s,]+")).contains(office)) return true;
        }
        return false;
    }

    /** The entities a pronoun at token {@code at} refers to. */
    List<EntityDraft> pronoun(Doc doc, Mentions mentions, String lemma, int at, EventContext ctx) {
        if (PLURAL.contains(lemma)) return group(ctx);
        List<EventDraft> earlier = ctx.earlier();
        for (int i = earlier.size() - 1; i >= 0 && earlier.get(i).sentenceIndex >= ctx.sentence() - REACH; i--) {
            for (Map.Entry<EntityDraft, Role> a : earlier.get(i).arguments.entrySet()) {
                if (a.getValue() == Role.AGENT && a.getKey().type == EntityType.PERSON) return List.of(a.getKey());
            }
        }
        EntityDraft last = null;
        for (Mentions.Ref ref : mentions.all) {
            if (ref.from() >= at) break;
            if (ref.entity().type == EntityType.PERSON && !doc.inTitle(doc.tokens().get(ref.from()).begin())
                    && !doc.inTitleSpan(doc.tokens().get(ref.from()).begin())) last = ref.entity();
        }
        return last == null ? List.of() : List.of(last);
    }

    /** Those who acted in the latest event with actors (for a reception, its guests too). */
    List<EntityDraft> group(EventContext ctx) {
        List<EventDraft> earlier = ctx.earlier();
        for (int i = earlier.size() - 1; i >= 0; i--) {
            EventDraft e = earlier.get(i);
            if (e.sentenceIndex < ctx.sentence() - REACH) break;
            List<EntityDraft> agents = e.arguments.entrySet().stream()
                    .filter(a -> a.getValue() == Role.AGENT || a.getValue() == Role.PARTY
                            || a.getValue() == Role.ATTENDEE && e.type == EventType.RECEPTION)
                    .map(Map.Entry::getKey).filter(x -> !x.isCountry()).toList();
            if (!agents.isEmpty()) return agents;
        }
        return List.of();
    }
}
