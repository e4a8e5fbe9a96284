package org.communique.report;

import java.util.HashMap;
import java.util.Map;

/**
 * Where the report's pages are, relative to the report's folder: {@code person/<name>.html} for each
 * person of the registry, {@code cluster/<name>.html} for each cluster (names from {@link FileNames}).
 */
final class Links {
    static final String INDEX = "index.html";
    static final String NETWORK = "network.html";
    static final String STYLE = "report.css";
    static final String PERSON_DIR = "person";
    static final String CLUSTER_DIR = "cluster";

    private final Map<String, String> persons = new HashMap<>();
    private final Map<String, String> clusters = new HashMap<>();

    Links(ReportData data) {
        for (String id : data.persons().keySet()) persons.put(id, PERSON_DIR + "/" + FileNames.page(id));
        for (String id : data.clusters().keySet()) clusters.put(id, CLUSTER_DIR + "/" + FileNames.page(id));
    }

    /** The person's page, or null for a person the registry does not know. */
    String person(String personId) {
        return personId == null ? null : persons.get(personId);
    }

    /** The cluster's page, or null for no cluster or one the registry does not hold. */
    String cluster(String clusterId) {
        return clusterId == null ? null : clusters.get(clusterId);
    }

    /** The timeline filtered by a country. */
    static String countryTimeline(String code) {
        return INDEX + "#country=" + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8);
    }
}
