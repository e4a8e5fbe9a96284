package org.communique.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A teaser of another article found on a saved page ("More From ..."): listed, never extracted from. */
@JsonPropertyOrder({"title", "date", "text"})
public record RelatedItem(String title, String date, String text) {}
