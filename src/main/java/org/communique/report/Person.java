package org.communique.report;

import java.time.LocalDate;
import java.util.List;

/** One person across articles: a row of {@code persons} with the person's titles. */
public record Person(String personId, String name, List<String> variants, String country, int nArticles,
                     LocalDate firstSeen, LocalDate lastSeen, List<TitleSpan> titles) {
    public Person {
        variants = List.copyOf(variants);
        titles = List.copyOf(titles);
    }
}
