package org.communique.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news article to extract from: its text plus whatever metadata the source gave.
 *
 * @param id        identifier carried to the output record (never null)
 * @param title     headline, or null
 * @param text      article body; output offsets index this string
 * @param published publication date, or null when unknown (the dateline may supply it)
 * @param source    the outlet ("KCNA", "rodong.rep.kp"), or null
 * @param section   the outlet's section the article is filed under ("External"), or null
 * @param url       link to the original, or null
 */
public record Article(String id, String title, String text, LocalDate published, String source, String section,
                      String url) {
    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
    }

    /** An article without a section. */
    public Article(String id, String title, String text, LocalDate published, String source, String url) {
        this(id, title, text, published, source, null, url);
    }

    /** An article with only an id and a body. */
    public static Article of(String id, String text) {
        return new Article(id, null, text, null, null, null);
    }

    /** This article with another publication date. */
    public Article withPublished(LocalDate date) {
        return new Article(id, title, text, date, source, section, url);
    }

    /** This article with another outlet. */
    public Article withSource(String outlet) {
        return new Article(id, title, text, published, outlet, section, url);
    }
}
