package org.communique.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The report's dateline ("Pyongyang, October 31 (KCNA) --"): metadata, not entities. */
@JsonPropertyOrder({"place", "date", "agency"})
public record Dateline(String place, String date, String agency) {}
