package org.communique.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;

/**
 * Everything extracted from one article. Serialises with Jackson to the documented JSON record.
 *
 * @param source      the outlet, or null
 * @param section     the outlet's section the article is filed under, or null
 * @param published   publication date as ISO YYYY-MM-DD, or null
 * @param textHash    {@code text_hash}: the SHA-256 (64 lower-case hex digits) of the article's text as the
 *                    extractor saw it, {@link Article#text()} in UTF-8 (after reading and normalisation,
 *                    before analysis); equal for the same story under other ids. Null only in records made
 *                    by hand
 * @param duplicateOf {@code duplicate_of}: in the output of the {@code extract} batch, the id of the earlier
 *                    article (in input order) with the same text, title and publication date, whose
 *                    extraction this record reuses (entities, events, dateline, its warnings) under this
 *                    article's own id, source, section, url and related items; null for an article
 *                    extracted itself (always so from {@code Extractor})
 * @param warnings    readable notes on anything doubtful met while reading or extracting
 */
@JsonPropertyOrder({"id", "title", "source", "section", "url", "published", "text_hash", "duplicate_of", "dateline",
        "entities", "events", "related", "warnings"})
public record ExtractionResult(String id, String title, String source, String section, String url, String published,
                               @JsonProperty("text_hash") String textHash,
                               @JsonProperty("duplicate_of") String duplicateOf,
                               Dateline dateline, List<Entity> entities, List<Event> events,
                               List<RelatedItem> related, List<String> warnings) implements OutputRecord {
    public ExtractionResult {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        related = List.copyOf(related);
        warnings = List.copyOf(warnings);
    }

    /** A result without text hash that duplicates nothing (tests and hand-made records). */
    public ExtractionResult(String id, String title, String source, String section, String url, String published,
                            Dateline dateline, List<Entity> entities, List<Event> events, List<RelatedItem> related,
                            List<String> warnings) {
        this(id, title, source, section, url, published, null, null, dateline, entities, events, related, warnings);
    }

    /** The entity of this article-local id ("e3"), as events, arguments and affiliations name it. */
    public Optional<Entity> entity(String entityId) {
        return entities.stream().filter(e -> e.id().equals(entityId)).findFirst();
    }

    /** The entities of the event's arguments, in their order, each once (an entity may fill several roles). */
    public List<Entity> participants(Event event) {
        return event.arguments().stream().map(Argument::entity).distinct().map(this::entity)
                .flatMap(Optional::stream).toList();
    }
}
