package org.communique.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Where an entity is named. Offsets are character offsets (UTF-16 code units, end exclusive) into
 * the article body as read ({@link Article#text()}); a mention in the headline has
 * {@code section = "title"} and offsets into {@link Article#title()}.
 */
@JsonPropertyOrder({"start", "end", "text", "section"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Mention(int start, int end, String text, String section) {
    /** The section value of headline mentions. */
    public static final String TITLE = "title";
}
