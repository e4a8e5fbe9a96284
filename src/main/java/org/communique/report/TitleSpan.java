package org.communique.report;

import java.time.LocalDate;

/** A person's office and when it was seen: a row of {@code person_titles}. */
public record TitleSpan(String title, LocalDate firstSeen, LocalDate lastSeen, int nArticles) {}
