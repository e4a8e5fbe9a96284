package org.communique.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.communique.api.EntityType;
import org.communique.api.EventType;
import org.communique.api.Modality;
import org.communique.api.Role;
import org.communique.doc.DateMention;
import org.communique.doc.Doc;
import org.communique.doc.EntityDraft;
import org.communique.doc.EventDraft;
import org.communique.doc.Tok;

/**
 * The press review: "Following are major news items and articles in leading newspapers of the DPRK
 * on Monday: ... Rodong Sinmun / - An article says that ... / Minju Joson / - An article calls on
 * ...". Under a newspaper's heading, an unsigned article, editorial or commentary is that paper's
 * STATEMENT of the review's day, also its CRITICISM of whom its hostile words name and the author of
 * the demands it makes; the news items it reports keep their own authors and dates.
 */
final class PressReview {
    static final String ARTICLE = "statement.press-review";
    static final String CRITICISM = "criticism.press-review";

    private static final Pattern LEAD = Pattern.compile("(?i)\\bfollowing are\\b.*\\b(?:newspapers?|news items)\\b");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "another", "the");

    private PressReview() {}

    /** One paper's section: the heading's body and the sentences under it, [from, to). */
    private record Section(EntityDraft paper, int from, int to) {}

    static void apply(Doc doc, Mentions mentions, List<EventDraft> events, EventRules rules) {
        int lead = leadSentence(doc);
        if (lead < 0) return;
        String day = reviewDay(doc, lead);
        Set<String> speech = rules.words("SPEECH");
        // an item's verbs: those of saying and those of what newspapers do with a matter ("deals with", "calls on")
        Set<String> say = new java.util.HashSet<>(rules.words("SAY"));
        say.addAll(rules.words("ITEM_SAY"));
        Set<String> hostile = StatementCriticism.hostileWords(rules);
        for (Section s : sections(doc, mentions, lead)) {
            for (int k = s.from(); k < s.to(); k++) {
                int speechTok = unsignedArticle(doc, k, speech, say);
                if (speechTok < 0) {
                    // "Minju Joson - The DPRK foreign minister sent a message": the heading reports, it takes no part
                    // (unless the item names the paper again)
                    if (mentionsIn(doc, mentions, k, s.paper()) == (k == s.from() ? 1 : 0)) {
                        for (EventDraft e : events) {
                            if (e.sentenceIndex == k) e.arguments.remove(s.paper());
                        }
                    }
                    continue;
                }
                // what the parser made of the item's own events: the paper wrote them, on the review's day
                EventDraft statement = null;
                for (EventDraft e : events) {
                    if (e.sentenceIndex != k || e.modality != Modality.ASSERTED) continue;
                    if (e.type != EventType.STATEMENT && e.type != EventType.DEMAND && e.type != EventType.CRITICISM) continue;
                    e.arguments.keySet().removeIf(x -> e.arguments.get(x) == Role.AGENT && x != s.paper());
                    e.add(s.paper(), Role.AGENT, new EventDraft.Provenance(ARTICLE, "=section"));
                    e.date = day;
                    e.act = item(k);
                    if (e.type == EventType.STATEMENT) statement = e;
                }
                if (statement == null) {
                    statement = draft(doc, k, speechTok, EventType.STATEMENT, ARTICLE, rules.derived(ARTICLE), day);
                    statement.add(s.paper(), Role.AGENT, new EventDraft.Provenance(ARTICLE, "=section"));
                    events.add(statement);
                }
                int sk = k;
                boolean criticises = events.stream().anyMatch(e -> e.sentenceIndex == sk && e.type == EventType.CRITICISM);
                if (!criticises) {
                    List<EntityDraft> targets = targets(doc, mentions, k, s.paper(), hostile);
                    if (!targets.isEmpty()) {
                        events.add(StatementCriticism.criticism(statement, CRITICISM, rules.derived(CRITICISM), "=section", targets));
                    }
                }
            }
        }
    }

    /** The sentence that announces the review, among the first three of the body, or -1. */
    private static int leadSentence(Doc doc) {
        List<Tok> toks = doc.tokens();
        for (int k = 0, seen = 0; k < doc.sentenceCount() && seen < 3; k++) {
            int from = doc.sentenceStart(k), to = doc.sentenceStart(k + 1);
            if (from >= to || doc.inTitle(toks.get(from).begin())) continue;
            seen++;
            if (LEAD.matcher(doc.string().substring(toks.get(from).begin(), toks.get(to - 1).end())).find()) return k;
        }
        return -1;
    }

    private static long mentionsIn(Doc doc, Mentions mentions, int k, EntityDraft x) {
        return mentions.slice(doc.sentenceStart(k), doc.sentenceStart(k + 1)).stream().filter(r -> r.entity() == x).count();
    }

    /** The day the lead names ("... newspapers of the DPRK on Monday"), else the publication date. */
    private static String reviewDay(Doc doc, int lead) {
        List<Tok> toks = doc.tokens();
        int b = toks.get(doc.sentenceStart(lead)).begin(), e = toks.get(doc.sentenceStart(lead + 1) - 1).end();
        for (DateMention d : doc.dates()) {
            if (d.start() >= b && d.end() <= e && d.isDay()) return d.value();
        }
        return doc.published() == null ? null : doc.published().toString();
    }

    /** The papers' sections: a line that is only a body's name (or begins "Name -") heads the lines after it. */
    private static List<Section> sections(Doc doc, Mentions mentions, int lead) {
        List<Tok> toks = doc.tokens();
        String s = doc.string();
        List<int[]> heads = new ArrayList<>();
        List<EntityDraft> papers = new ArrayList<>();
        for (Mentions.Ref r : mentions.all) {
            if (r.entity().type != EntityType.ORGANIZATION || toks.get(r.from()).sentence() <= lead) continue;
            int b = toks.get(r.from()).begin(), e = toks.get(r.to() - 1).end();
            boolean lineStart = b == 0 || s.charAt(b - 1) == '\n';
            String rest = s.substring(e, Math.min(s.length(), e + 3));
            boolean lineEnd = e == s.length() || rest.startsWith("\n") || rest.startsWith(" -") || rest.startsWith(" \u2013");
            if (lineStart && lineEnd) {
                heads.add(new int[] {r.from(), toks.get(r.from()).sentence()});
                papers.add(r.entity());
            }
        }
        List<Section> out = new ArrayList<>();
        for (int i = 0; i < heads.size(); i++) {
            int to = i + 1 < heads.size() ? heads.get(i + 1)[1] : doc.sentenceCount();
            // the heading's own sentence holds its first item when the splitter joined them
            out.add(new Section(papers.get(i), heads.get(i)[1], Math.max(to, heads.get(i)[1] + 1)));
        }
        return out;
    }

    /**
     * The token of the speech noun when sentence k is an unsigned article's item ("- An article says
     * ...", "Another article calls on ..."), or -1: a determiner and a speech noun open it (after the
     * heading and dash), and a verb of saying follows.
     */
    private static int unsignedArticle(Doc doc, int k, Set<String> speech, Set<String> say) {
        List<Tok> toks = doc.tokens();
        int from = doc.sentenceStart(k), to = doc.sentenceStart(k + 1);
        int q = from;
        // past the heading and the dash
        for (int i = from; i < Math.min(to, from + 8); i++) {
            if (toks.get(i).word().equals("-") || toks.get(i).word().equals("\u2013")) { q = i + 1; break; }
        }
        if (q + 1 >= to || !DETERMINERS.contains(toks.get(q).lower())) return -1;
        int noun = -1;
        for (int i = q + 1; i < Math.min(to, q + 4); i++) {
            if (toks.get(i).pos().startsWith("NN") && speech.contains(toks.get(i).lemma().toLowerCase(java.util.Locale.ROOT))) { noun = i; break; }
        }
        if (noun < 0) return -1;
        for (int i = noun + 1; i < Math.min(to, noun + 5); i++) {
            // the tagger reads "An article deals with" as a plural noun at times: the word right after counts by its lemma
            boolean verb = toks.get(i).isVerb() || i == noun + 1;
            if (verb && say.contains(toks.get(i).lemma().toLowerCase(java.util.Locale.ROOT))) return noun;
        }
        return -1;
    }

    /** The states and bodies a hostile item names, not the paper's own state. */
    private static List<EntityDraft> targets(Doc doc, Mentions mentions, int k, EntityDraft paper, Set<String> hostile) {
        List<EntityDraft> out = new ArrayList<>();
        if (!StatementCriticism.hostileSentence(doc, k, hostile)) return out;
        int from = doc.sentenceStart(k), to = doc.sentenceStart(k + 1);
        String home = paper.country == null ? "PRK" : paper.country;
        for (Mentions.Ref r : mentions.slice(from, to)) {
            EntityDraft x = r.entity();
            if (x == paper || out.contains(x) || x.type == EntityType.PERSON) continue;
            if (x.type == EntityType.LOCATION && !x.isCountry()) continue;
            if (home.equals(x.country)) continue;
            out.add(x);
        }
        return out;
    }

    /** A derived event at the speech noun of sentence k. */
    private static EventDraft draft(Doc doc, int k, int noun, EventType type, String rule, double confidence, String day) {
        List<Tok> toks = doc.tokens();
        int first = doc.sentenceStart(k), last = doc.sentenceStart(k + 1) - 1;
        Tok t = toks.get(noun);
        EventDraft e = new EventDraft(type, rule, noun, t.begin(), t.end(), toks.get(first).begin(), toks.get(last).end(), k, confidence);
        e.triggerText = t.word();
        e.date = day;
        e.act = item(k);
        return e;
    }

    /** Each article of a review is its own happening: two articles of one paper are two statements. */
    private static String item(int sentence) {
        return "article@" + sentence;
    }
}
