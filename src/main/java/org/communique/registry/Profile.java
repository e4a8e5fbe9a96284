package org.communique.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * A person as the registry knows them: what {@code who} prints.
 *
 * @param variants   other spellings seen
 * @param nArticles  articles naming them (duplicate texts once)
 * @param titles     offices, the longest-held first
 * @param events     happenings they took part in, newest first, one per event cluster
 */
public record Profile(String personId, String name, List<String> variants, String country, int nArticles,
                      LocalDate firstSeen, LocalDate lastSeen, List<Title> titles, List<EventLine> events) {
    public Profile {
        variants = List.copyOf(variants);
        titles = List.copyOf(titles);
        events = List.copyOf(events);
    }

    /** An office with when it was seen. */
    public record Title(String title, LocalDate firstSeen, LocalDate lastSeen, int nArticles) {}

    /**
     * One happening.
     *
     * @param date            the event's date, else its article's publication date
     * @param fromPublication whether {@code date} is the article's
     * @param role            the person's role in it
     * @param others          the other participants, "name (COUNTRY)"
     * @param nArticles       articles of its cluster (reports of the same happening)
     */
    public record EventLine(String eventKey, LocalDate date, boolean fromPublication, String type, String modality,
                            String role, List<String> others, String evidence, String articleId, int nArticles) {
        public EventLine {
            others = List.copyOf(others);
        }
    }
}
