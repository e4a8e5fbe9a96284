package org.communique.report;

import java.time.LocalDate;
import java.util.List;

/**
 * One event of one article as the report shows it.
 *
 * @param modality null or ASSERTED for an event that happened as news of the day; FUTURE, NEGATED, ... otherwise
 * @param clusterId the happening it belongs to across articles, else null
 */
public record ReportEvent(String eventKey, String articleId, String type, LocalDate date, String location,
                          String modality, Double confidence, String evidence, String clusterId,
                          List<Participant> participants) {
    public ReportEvent {
        participants = List.copyOf(participants);
    }

    /** True unless the article reports it as planned, negated, hypothetical or recalled. */
    public boolean isAsserted() {
        return modality == null || modality.equalsIgnoreCase("ASSERTED");
    }

    /** One key per happening: the cluster's when there is one, so that two reports of a meeting count once. */
    public String happening() {
        return clusterId != null ? "cluster:" + clusterId : "event:" + eventKey;
    }
}
