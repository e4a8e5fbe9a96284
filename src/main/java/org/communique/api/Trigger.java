package org.communique.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The words that made a rule fire, with body offsets (or title offsets for a headline event). */
@JsonPropertyOrder({"text", "start", "end"})
public record Trigger(String text, int start, int end) {}
