package org.communique.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.communique.api.Article;
import org.communique.api.Argument;
import org.communique.api.Entity;
import org.communique.api.EntityType;
import org.communique.api.Event;
import org.communique.api.ExtractionResult;
import org.communique.api.LocationSubtype;
import org.communique.api.Mention;
import org.communique.lexicon.Lexicon;

/**
 * An audit of extraction over a corpus without gold: how often each rule fires and counts of records
 * that are wrong whatever the gold would say. Feed it every (article, result) pair, then print
 * {@link #report(int)}. Not thread-safe.
 */
public final class CorpusAudit {
    /** The kinds of anomaly counted, in report order. */
    public enum Anomaly {
        /** An asserted event dated after its article's publication: a report cannot tell what has not happened. */
        EVENT_AFTER_PUBLICATION,
        /** A day-date read from inside a name ("the March 26 Movement", "February 8 Vinalon Complex"). */
        DATE_INSIDE_NAME,
        /** An event argument that is a venue (a city, site or building) rather than a participant. */
        ARGUMENT_IS_VENUE,
        /** An event argument that is only written inside a participant's title. */
        ARGUMENT_IS_TITLE,
        /** An event without any named argument. */
        EVENT_WITHOUT_ARGUMENT,
        /** Two events of one record with the same type, date, place and arguments. */
        IDENTICAL_EVENTS
    }

    private final org.communique.dates.NameAfterDate nameAfter;
    private final Map<String, int[]> rules = new TreeMap<>();
    private final Map<Anomaly, List<String>> found = new LinkedHashMap<>();
    private int articles;
    private int events;

    public CorpusAudit(Lexicon lex) {
        this.nameAfter = new org.communique.dates.NameAfterDate(lex);
        for (Anomaly a : Anomaly.values()) found.put(a, new ArrayList<>());
    }

    /** Audits one article's record. */
    public void add(Article article, ExtractionResult r) {
        articles++;
        Map<String, Entity> byId = new LinkedHashMap<>();
        r.entities().forEach(e -> byId.put(e.id(), e));
        LocalDate pub = r.published() == null ? null : LocalDate.parse(r.published());
        Set<String> seen = new HashSet<>();
        for (Event ev : r.events()) {
            events++;
            rules.computeIfAbsent(ev.rule(), k -> new int[2])[0]++;
            for (Argument a : ev.arguments()) {
                if (a.rule() != null) rules.computeIfAbsent(a.rule(), k -> new int[2])[1]++;
                Entity e = byId.get(a.entity());
                if (e == null) continue;
                if (e.type() == EntityType.LOCATION && e.subtype() != LocationSubtype.COUNTRY) {
                    note(Anomaly.ARGUMENT_IS_VENUE, r.id(), ev, e.name());
                }
                if (onlyInTitles(e, r.entities(), article)) note(Anomaly.ARGUMENT_IS_TITLE, r.id(), ev, e.name());
            }
            boolean asserted = ev.modality() == null;
            if (asserted && pub != null && ev.date() != null && ev.date().length() == 10
                    && LocalDate.parse(ev.date()).isAfter(pub)) {
                note(Anomaly.EVENT_AFTER_PUBLICATION, r.id(), ev, ev.date() + " > " + pub);
            }
            if (ev.arguments().isEmpty()) note(Anomaly.EVENT_WITHOUT_ARGUMENT, r.id(), ev, "");
            List<String> args = ev.arguments().stream().map(Argument::entity).sorted().toList();
            if (!seen.add(ev.type() + "|" + ev.date() + "|" + ev.location() + "|" + ev.modality() + "|" + args)) {
                note(Anomaly.IDENTICAL_EVENTS, r.id(), ev, "");
            }
        }
        for (Entity e : r.entities()) {
            if (e.type() != EntityType.DATE) continue;
            for (Mention m : e.mentions()) {
                String text = Mention.TITLE.equals(m.section()) ? article.title() : article.text();
                // a year in an event's name is a date (guideline: "2024 FIFA U-20 Women's World Cup"), a day is not
                if (e.value() != null && e.value().length() >= 7 && text != null && m.end() <= text.length()
                        && nameAfter.test(text, m.start(), m.end())) {
                    found.get(Anomaly.DATE_INSIDE_NAME).add(r.id() + ": \"" + m.text() + text.substring(m.end(),
                            Math.min(text.length(), m.end() + 30)).split("[,.;\\n]")[0] + "\"");
                }
            }
        }
    }

    /** An entity every mention of which lies inside where a person's title is written in the text. */
    private static boolean onlyInTitles(Entity e, List<Entity> all, Article article) {
        if (e.type() == EntityType.PERSON || e.mentions().isEmpty()) return false;
        for (Mention m : e.mentions()) {
            String text = Mention.TITLE.equals(m.section()) ? article.title() : article.text();
            if (text == null || !insideATitle(m, text, all)) return false;
        }
        return true;
    }

    private static boolean insideATitle(Mention m, String text, List<Entity> all) {
        for (Entity p : all) {
            if (p.titles() == null) continue;
            for (String t : p.titles()) {
                for (int at = text.indexOf(t); at >= 0; at = text.indexOf(t, at + 1)) {
                    if (at <= m.start() && m.end() <= at + t.length()) return true;
                }
            }
        }
        return false;
    }

    private void note(Anomaly a, String id, Event ev, String detail) {
        found.get(a).add(id + " " + ev.id() + " " + ev.type() + " [" + ev.rule() + "] " + detail);
    }

    /** How many of a kind of anomaly were found. */
    public int count(Anomaly a) { return found.get(a).size(); }

    /** The report: rules by firings, then each anomaly's count with up to {@code examples} examples. */
    public String report(int examples) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "articles %d, events %d%n%n", articles, events));
        sb.append(String.format(Locale.ROOT, "%-36s %8s %10s%n", "rule", "events", "arguments"));
        rules.forEach((rule, n) -> sb.append(String.format(Locale.ROOT, "%-36s %8d %10d%n", rule, n[0], n[1])));
        sb.append('\n');
        for (Anomaly a : Anomaly.values()) {
            List<String> list = found.get(a);
            sb.append(String.format(Locale.ROOT, "%-26s %6d%n", a.name().toLowerCase(Locale.ROOT), list.size()));
            list.stream().limit(examples).forEach(x -> sb.append("    ").append(x).append('\n'));
        }
        return sb.toString();
    }
}
