package org.communique.report;

import java.time.LocalDate;
import java.util.List;

/** One happening reported by one or more articles: a row of {@code event_clusters} and its member events. */
public record Cluster(String clusterId, String type, LocalDate date, String location, int nArticles, int nSources,
                      String firstArticle, List<String> memberEventKeys) {
    public Cluster {
        memberEventKeys = List.copyOf(memberEventKeys);
    }
}
