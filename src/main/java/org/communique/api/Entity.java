package org.communique.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A person, organization, place or date of one article, with all its mentions merged.
 *
 * @param id           article-local id ("e1", "e2", ...), used by events and affiliations
 * @param subtype      for LOCATION only
 * @param name         the fullest form the article uses
 * @param aliases      other forms used in the article
 * @param titles       offices the article gives a PERSON, as written
 * @param affiliations ids of the organizations a PERSON serves
 * @param country      ISO 3166-1 alpha-3 code of the state the entity is or belongs to, or null
 * @param value        ISO value of a DATE: YYYY-MM-DD, YYYY-MM or YYYY
 */
@JsonPropertyOrder({"id", "type", "subtype", "name", "aliases", "titles", "affiliations", "country", "value", "mentions"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Entity(String id, EntityType type, LocationSubtype subtype, String name, List<String> aliases,
                     List<String> titles, List<String> affiliations,
                     @JsonInclude(JsonInclude.Include.ALWAYS) String country, String value,
                     List<Mention> mentions) {
    public Entity {
        aliases = aliases == null ? null : List.copyOf(aliases);
        titles = titles == null ? null : List.copyOf(titles);
        affiliations = affiliations == null ? null : List.copyOf(affiliations);
        mentions = List.copyOf(mentions);
    }
}
