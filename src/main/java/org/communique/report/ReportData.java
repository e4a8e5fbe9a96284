package org.communique.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything the report shows, read from a registry once. Lists and maps keep the registry's order
 * (articles, persons and clusters by id; events by date, then key), so that pages come out the same for
 * the same database.
 */
public record ReportData(Map<String, ArticleInfo> articles, List<ReportEvent> events, Map<String, Person> persons,
                         Map<String, Cluster> clusters) {
    public ReportData {
        articles = Collections.unmodifiableMap(new LinkedHashMap<>(articles));
        events = List.copyOf(events);
        persons = Collections.unmodifiableMap(new LinkedHashMap<>(persons));
        clusters = Collections.unmodifiableMap(new LinkedHashMap<>(clusters));
    }

    /** Builds the maps from lists keyed by their ids. */
    public static ReportData of(List<ArticleInfo> articles, List<ReportEvent> events, List<Person> persons,
                                List<Cluster> clusters) {
        return new ReportData(byKey(articles, ArticleInfo::articleId), events, byKey(persons, Person::personId),
                byKey(clusters, Cluster::clusterId));
    }

    private static <T> Map<String, T> byKey(List<T> values, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T v : values) map.put(key.apply(v), v);
        return map;
    }

    /**
     * The events the report counts: all but those of articles that repeat another's text (the same
     * events again, under another id).
     */
    public List<ReportEvent> distinctEvents() {
        List<ReportEvent> out = new ArrayList<>();
        for (ReportEvent e : events) {
            ArticleInfo a = articles.get(e.articleId());
            if (a == null || !a.isDuplicate()) out.add(e);
        }
        return out;
    }

    /** How many articles repeat another's text. */
    public int duplicateArticles() {
        return (int) articles.values().stream().filter(ArticleInfo::isDuplicate).count();
    }

    /** The name to show for a participant: the person's canonical name when the registry knows the person. */
    public String displayName(Participant p) {
        Person person = p.personId() == null ? null : persons.get(p.personId());
        return person != null ? person.name() : p.name();
    }
}
