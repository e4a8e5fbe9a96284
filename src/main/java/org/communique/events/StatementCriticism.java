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
 * "A statement that criticises is both a STATEMENT (by its issuer) and, when it names its target, a
 * CRITICISM" (guideline): the criticism of a quoted statement's hostile sentences, and of a
 * statement's own sentence where it puts a state or body under hostile words.
 */
final class StatementCriticism {
    private StatementCriticism() {}

    static final String STATEMENT_CRITICISM = "criticism.statement-content";

    /**
     * "Kim Yo Jong released the following press statement: ... balloons sent by the scum in the ROK
     * ...": a statement that criticises is also a CRITICISM by its author, of the parties its hostile
     * sentences name (guideline), when no criticism of the author's was found in it already.
     */
    static void statementCriticises(Doc doc, Mentions mentions, List<EventDraft> events, EventRules rules) {
        EventDraft statement = quotedStatement(doc, events);
        if (statement == null) return;
        EntityDraft author = ArticleConventions.author(statement);
        boolean criticised = events.stream().anyMatch(e -> e.type == EventType.CRITICISM
                && e.modality == Modality.ASSERTED && e.arguments.get(author) == Role.AGENT);
        if (criticised) return;
        java.util.Set<String> hostile = hostileWords(rules);
        java.util.Map<EntityDraft, Integer> targets = new java.util.LinkedHashMap<>();
        for (int k = statement.sentenceIndex + 1; k < doc.sentenceCount(); k++) {
            if (!hostileSentence(doc, k, hostile)) continue;
            for (Mentions.Ref r : mentions.slice(doc.sentenceStart(k), doc.sentenceStart(k + 1))) {
                EntityDraft x = r.entity();
                if (isTarget(x, author)) targets.merge(x, 1, Integer::sum);
            }
        }
        if (targets.isEmpty()) return;
        events.add(criticism(statement, STATEMENT_CRITICISM, rules.derived(STATEMENT_CRITICISM), "=article", targets.keySet()));
    }

    /** The criticism a statement makes: its authors, of the targets given. */
    static EventDraft criticism(EventDraft statement, String rule, double confidence, String path,
                                java.util.Collection<EntityDraft> targets) {
        EventDraft c = statement.derive(EventType.CRITICISM, rule, confidence);
        EventDraft.Provenance from = new EventDraft.Provenance(rule, path);
        statement.arguments.forEach((x, r) -> {
            if (r == Role.AGENT) c.add(x, Role.AGENT, from);
        });
        targets.forEach(x -> c.add(x, Role.COUNTERPART, from));
        return c;
    }

    /** Whether sentence k holds a hostile word. */
    static boolean hostileSentence(Doc doc, int k, java.util.Set<String> hostile) {
        List<Tok> toks = doc.tokens();
        for (int q = doc.sentenceStart(k); q < doc.sentenceStart(k + 1); q++) {
            if (hostile.contains(toks.get(q).lemma().toLowerCase(java.util.Locale.ROOT))) return true;
        }
        return false;
    }

    /** The words that make a sentence hostile: the HOSTILE list and the verbs of criticism. */
    static java.util.Set<String> hostileWords(EventRules rules) {
        java.util.Set<String> hostile = new java.util.HashSet<>(rules.words("HOSTILE"));
        hostile.addAll(rules.words("CRIT"));
        return hostile;
    }

    static final String STATEMENT_WORDS = "criticism.statement-words";

    /**
     * "The Paektusan Czech-Korean Friendship Association in a statement noted that the Korean people ...
     * not yielding to any pressure of the U.S.": a statement whose own sentence puts a state or body
     * under hostile words (their governor, dependent, or a hostile modifier of their governor:
     * "U.S. imperialists", "pressure of the U.S.", "hostile policy of the U.S.") criticises it.
     */
    static void statementWordsCriticise(Doc doc, Mentions mentions, List<EventDraft> events, EventRules rules) {
        java.util.Set<String> hostile = hostileWords(rules);
        java.util.Set<String> agencies = rules.words("AGENCY");
        List<EventDraft> added = new java.util.ArrayList<>();
        for (EventDraft st : events) {
            if (st.type != EventType.STATEMENT || st.modality != Modality.ASSERTED || ArticleConventions.author(st) == null
                    || st.rule.equals(PressReview.ARTICLE)) continue;
            Parse parse = doc.parse(st.sentenceIndex);
            if (parse == null) continue;
            EntityDraft author = ArticleConventions.author(st);
            boolean criticised = events.stream().anyMatch(e -> e.type == EventType.CRITICISM && e.sentenceIndex == st.sentenceIndex
                    && e.arguments.get(author) == Role.AGENT);
            if (criticised) continue;
            List<EntityDraft> targets = new java.util.ArrayList<>();
            for (Mentions.Ref r : mentions.slice(doc.sentenceStart(st.sentenceIndex), doc.sentenceStart(st.sentenceIndex + 1))) {
                EntityDraft x = r.entity();
                if (targets.contains(x) || x.type == EntityType.PERSON || st.arguments.containsKey(x) || !isTarget(x, author)
                        || ArticleConventions.isAgency(x, agencies)) continue;
                if (x.country != null && x.country.equals("PRK")) continue;
                for (int t = r.from(); t < r.to() && !targets.contains(x); t++) {
                    edu.stanford.nlp.ling.IndexedWord n = parse.node(t);
                    if (n != null && underHostileWords(parse.graph(), n, hostile)) targets.add(x);
                }
            }
            if (targets.isEmpty()) continue;
            EventDraft c = criticism(st, STATEMENT_WORDS, rules.derived(STATEMENT_WORDS), "=sentence", targets);
            // each speaker's criticism is its own, not one with what others condemned elsewhere
            c.act = "criticism@" + st.sentenceIndex;
            added.add(c);
        }
        events.addAll(added);
    }

    private static final java.util.regex.Pattern VICTIM = java.util.regex.Pattern.compile("(?:nmod|obl):(?:against|on|upon|to|toward|towards|at|over|into)");

    private static boolean hostileWord(edu.stanford.nlp.ling.IndexedWord w, java.util.Set<String> hostile) {
        return w.lemma() != null && hostile.contains(w.lemma().toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean underHostileWords(edu.stanford.nlp.semgraph.SemanticGraph g, edu.stanford.nlp.ling.IndexedWord n,
                                             java.util.Set<String> hostile) {
        for (var out : g.outgoingEdgeList(n)) {
            if (hostileWord(out.getDependent(), hostile)) return true;
        }
        for (var in : g.incomingEdgeList(n)) {
            // "terrorist acts against Lebanon": whom hostile acts are against is their victim, not their author
            if (VICTIM.matcher(Grammar.rel(in)).matches()) continue;
            edu.stanford.nlp.ling.IndexedWord gov = in.getGovernor();
            if (hostileWord(gov, hostile)) return true;
            for (var sib : g.outgoingEdgeList(gov)) {
                String rel = Grammar.rel(sib);
                if ((rel.equals("amod") || rel.equals("compound")) && hostileWord(sib.getDependent(), hostile)) return true;
            }
        }
        return false;
    }

    /** Whom a statement's hostile sentence can be about: another state or body, not the author's own. */
    private static boolean isTarget(EntityDraft x, EntityDraft author) {
        if (x == author || author.affiliations.contains(x)) return false;
        if (x.type == EntityType.LOCATION && !x.isCountry()) return false;
        return x.country == null || !x.country.equals(author.country);
    }

    /** The first asserted issued statement whose words follow ("released the following press statement:"). */
    private static EventDraft quotedStatement(Doc doc, List<EventDraft> events) {
        for (EventDraft e : events) {
            if (e.type != EventType.STATEMENT || !e.rule.equals(EventRules.STATEMENT_ISSUE) || e.modality != Modality.ASSERTED
                    || doc.inTitle(e.triggerStart) || ArticleConventions.author(e) == null) continue;
            List<Tok> sentence = doc.tokens().subList(doc.sentenceStart(e.sentenceIndex), doc.sentenceStart(e.sentenceIndex + 1));
            if (sentence.get(sentence.size() - 1).is(":") || sentence.stream().anyMatch(t -> t.is("following"))) return e;
        }
        return null;
    }
}
