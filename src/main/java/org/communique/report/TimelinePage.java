package org.communique.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * {@code index.html}: the registry in figures, and the timeline: every event (those of duplicate
 * articles aside) newest first, filtered by type, person, country and words, and a chart of events by
 * type and month. The filters live in the URL's fragment ({@code #type=MEETING&person=kim-jong-un&country=RUS&q=treaty}),
 * so a filtered view can be bookmarked. The events are JSON inside the page; its inline script draws them.
 */
final class TimelinePage {
    /** One event as the script reads it. */
    record Item(String key, String date, String type, String modality, String location, String evidence,
                String article, String title, String url, String source, String published, String cluster,
                Integer reports, List<Who> who) {}

    /** A participant as the script reads it: {@code person} is the person_id, {@code page} its page. */
    record Who(String role, String name, String person, String page, String country) {}

    /**
     * What the script needs: each type's colour, the span the chart covers (the articles' publication
     * dates: events recalled from 1953 or misdated would squeeze the news of the day into one column),
     * and the events.
     */
    record Data(Map<String, String> colours, String chartFrom, String chartTo, List<Item> events) {}

    private final ReportData data;
    private final Links links;

    TimelinePage(ReportData data, Links links) {
        this.data = data;
        this.links = links;
    }

    String render() {
        Document doc = Html.page("Timeline", "", "timeline");
        Element main = Html.main(doc);
        List<ReportEvent> events = new ArrayList<>(data.distinctEvents());
        events.sort(Comparator.comparing(ReportEvent::date, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(ReportEvent::eventKey));
        main.appendElement("h1").text("Timeline of events");
        summary(main.appendElement("p").addClass("lead").attr("id", "summary"), events);
        if (events.isEmpty()) {
            main.appendElement("p").addClass("empty").attr("id", "no-events").text("There are no events in this registry.");
        }
        filters(main, events);
        main.appendElement("div").addClass("figure").attr("id", "chart");
        main.appendElement("div").addClass("events").attr("id", "events");
        main.appendElement("noscript").appendElement("p")
                .text("The timeline is drawn by the page's script; the person and cluster pages need none.");
        doc.body().appendElement("script").attr("type", "application/json").attr("id", "report-data")
                .appendChild(new DataNode(ScriptJson.of(new Data(colours(events), span(events, true), span(events, false),
                        items(events)))));
        Html.script(doc.body(), Html.resource("timeline.js"));
        return Html.render(doc);
    }

    private void summary(Element p, List<ReportEvent> events) {
        int articles = data.articles().size(), duplicates = data.duplicateArticles();
        StringBuilder s = new StringBuilder();
        s.append(count(articles, "article", "articles"));
        String from = span(events, true), to = span(events, false);
        if (from != null && articles > 0) s.append(" published from ").append(from).append(" to ").append(to);
        if (duplicates > 0) {
            s.append(" (").append(duplicates).append(duplicates == 1 ? " repeats another's text and is" : " repeat another's text and are")
                    .append(" not counted again)");
        }
        s.append(", ").append(count(events.size(), "event", "events"))
                .append(", ").append(count(data.persons().size(), "person", "persons"))
                .append(", ").append(count(data.clusters().size(), "event cluster", "event clusters"));
        p.text(s.append('.').toString());
    }

    private void filters(Element main, List<ReportEvent> events) {
        Element form = main.appendElement("form").addClass("filters").attr("id", "filters").attr("role", "search");
        select(form, "f-type", "Type", "All types", typeOptions(events));
        select(form, "f-person", "Person", "Anyone", personOptions(events));
        select(form, "f-country", "Country", "Any country", countryOptions(events));
        Element q = form.appendElement("label");
        q.appendElement("span").text("Words");
        q.appendElement("input").attr("type", "search").attr("id", "f-q").attr("placeholder", "in sentence or name");
        form.appendElement("button").attr("type", "button").attr("id", "f-reset").text("Clear");
        main.appendElement("p").addClass("count").attr("id", "count").attr("aria-live", "polite");
    }

    private record Option(String value, String label) {}

    private static void select(Element form, String id, String label, String all, List<Option> options) {
        Element l = form.appendElement("label");
        l.appendElement("span").text(label);
        Element select = l.appendElement("select").attr("id", id);
        select.appendElement("option").attr("value", "").text(all);
        for (Option o : options) select.appendElement("option").attr("value", o.value()).text(o.label());
    }

    private static List<Option> typeOptions(List<ReportEvent> events) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ReportEvent e : events) counts.merge(e.type(), 1, Integer::sum);
        List<Option> out = new ArrayList<>();
        counts.forEach((type, n) -> out.add(new Option(type, TypePalette.label(type) + " (" + n + ")")));
        return out;
    }

    private List<Option> personOptions(List<ReportEvent> events) {
        Map<String, Set<String>> eventsOf = new HashMap<>();
        for (ReportEvent e : events) {
            for (Participant p : e.participants()) {
                if (p.personId() != null) eventsOf.computeIfAbsent(p.personId(), k -> new HashSet<>()).add(e.eventKey());
            }
        }
        List<Option> out = new ArrayList<>();
        Map<String, String> names = new HashMap<>();
        for (String id : eventsOf.keySet()) {
            Person known = data.persons().get(id);
            names.put(id, known != null ? known.name() : id);
        }
        eventsOf.keySet().stream()
                .sorted(Comparator.comparing((String id) -> names.get(id).toLowerCase(Locale.ROOT)).thenComparing(id -> id))
                .forEach(id -> out.add(new Option(id, names.get(id) + " (" + eventsOf.get(id).size() + ")")));
        return out;
    }

    private static List<Option> countryOptions(List<ReportEvent> events) {
        Map<String, Set<String>> eventsOf = new TreeMap<>();
        Map<String, Map<String, Integer>> stateNames = new HashMap<>();
        for (ReportEvent e : events) {
            for (Participant p : e.participants()) {
                if (p.country() == null) continue;
                eventsOf.computeIfAbsent(p.country(), k -> new HashSet<>()).add(e.eventKey());
                if (p.nodeId() != null && p.nodeId().startsWith("state:")) {
                    stateNames.computeIfAbsent(p.country(), k -> new TreeMap<>()).merge(p.name(), 1, Integer::sum);
                }
            }
        }
        List<Option> out = new ArrayList<>();
        eventsOf.forEach((code, keys) -> {
            String name = mostFrequent(stateNames.get(code));
            out.add(new Option(code, (name == null ? code : name + " (" + code + ")") + " — " + keys.size()));
        });
        return out;
    }

    private static String mostFrequent(Map<String, Integer> counts) {
        if (counts == null) return null;
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
        return best;
    }

    /**
     * The first (or last) publication date of the articles, or of the asserted events when no article
     * says when it was published; null when there is neither.
     */
    private String span(List<ReportEvent> events, boolean first) {
        LocalDate best = null;
        for (ArticleInfo a : data.articles().values()) {
            if (a.published() != null && (best == null || (first ? a.published().isBefore(best) : a.published().isAfter(best)))) {
                best = a.published();
            }
        }
        if (best == null) {
            for (ReportEvent e : events) {
                if (e.date() != null && e.isAsserted() && (best == null || (first ? e.date().isBefore(best) : e.date().isAfter(best)))) {
                    best = e.date();
                }
            }
        }
        return best == null ? null : best.toString();
    }

    private static Map<String, String> colours(List<ReportEvent> events) {
        Map<String, String> out = new TreeMap<>();
        for (ReportEvent e : events) out.put(e.type(), TypePalette.colour(e.type()));
        return new LinkedHashMap<>(out);
    }

    private List<Item> items(List<ReportEvent> events) {
        List<Item> out = new ArrayList<>();
        for (ReportEvent e : events) {
            List<Who> who = new ArrayList<>();
            for (Participant p : e.participants()) {
                who.add(new Who(p.role().toLowerCase(Locale.ROOT), data.displayName(p), p.personId(),
                        links.person(p.personId()), p.country()));
            }
            ArticleInfo a = data.articles().get(e.articleId());
            String cluster = links.cluster(e.clusterId());
            out.add(new Item(e.eventKey(), e.date() == null ? null : e.date().toString(), e.type(),
                    e.isAsserted() ? null : e.modality().toLowerCase(Locale.ROOT), e.location(), e.evidence(),
                    e.articleId(), a == null ? null : a.title(), a == null ? null : a.url(),
                    a == null ? null : a.source(), a == null || a.published() == null ? null : a.published().toString(),
                    cluster, cluster == null ? null : data.clusters().get(e.clusterId()).nArticles(), who));
        }
        return out;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
