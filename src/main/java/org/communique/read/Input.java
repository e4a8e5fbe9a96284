package org.communique.read;

import java.util.List;
import org.communique.api.Article;
import org.communique.api.RelatedItem;

/** What reading one input article gave: an article to extract, or a failure to report. */
public sealed interface Input {
    String id();

    /** An article read successfully, with what the reader found around it. */
    record Ok(Article article, List<RelatedItem> related, List<String> warnings) implements Input {
        public Ok {
            related = List.copyOf(related);
            warnings = List.copyOf(warnings);
        }

        public String id() { return article.id(); }
    }

    /** An input that could not be read as an article; it becomes an error record. */
    record Failed(String id, String kind, String message) implements Input {
        /** An article longer than {@code --max-chars} allows, refused before it is extracted. */
        static Failed tooLong(String id, int chars, long limit, String where) {
            return new Failed(id, "too_large", "article of " + chars + " characters exceeds the limit of " + limit
                    + " (--max-chars); refused: " + where);
        }
    }
}
