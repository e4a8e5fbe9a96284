package org.communique.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The sentence an event comes from, with its offsets in the body. */
@JsonPropertyOrder({"sentence", "start", "end"})
public record Evidence(String sentence, int start, int end) {}
