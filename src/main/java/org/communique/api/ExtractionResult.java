package org.communique.api;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;

/**
 * Everything extracted from one article. Serialises with Jackson to the documented JSON record.
 *
 * @param source    the outlet, or null
 * @param section   the outlet's section the article is filed under, or null
 * @param published publication date as ISO YYYY-MM-DD, or null
 * @param warnings  readable notes on anything doubtful met while reading or extracting
 */
@JsonPropertyOrder({"id", "title", "source", "section", "url", "published", "dateline", "entities", "events", "related",
        "warnings"})
public record ExtractionResult(String id, String title, String source, String section, String url, String published,
                               Dateline dateline, List<Entity> entities, List<Event> events,
                               List<RelatedItem> related, List<String> warnings) implements OutputRecord {
    public ExtractionResult {
        entities = List.copyOf(entities);
        events = List.copyOf(events);
        related = List.copyOf(related);
        warnings = List.copyOf(warnings);
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
