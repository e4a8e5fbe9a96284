package org.communique.report;

import java.time.LocalDate;

/**
 * What the pages say about an article: where an event comes from.
 *
 * @param url the article's address when it is an http(s) one (scraped text could hold a {@code javascript:} link)
 * @param duplicateOf the article whose text this one repeats, else null
 */
public record ArticleInfo(String articleId, String title, String source, String url, LocalDate published,
                          String duplicateOf) {
    public ArticleInfo {
        if (url != null && !url.regionMatches(true, 0, "http://", 0, 7) && !url.regionMatches(true, 0, "https://", 0, 8)) {
            url = null;
        }
    }

    /** True when the article repeats an earlier one's text: its events are that article's again. */
    public boolean isDuplicate() { return duplicateOf != null; }
}
