package org.communique.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A participant of an event, with where it came from.
 *
 * @param role   its role in the event
 * @param entity the entity id
 * @param rule   id of the rule that found this participant (after merging, events keep each argument's own)
 * @param path   the dependency path from the trigger to the participant's mention, as steps ">rel" (down
 *               to a dependent) and "<rel" (up to a governor), e.g. ">nsubj" or ">obj >nmod:of"; a step
 *               "=ref" marks a reference resolved to a name ("he", "the delegation", "the ambassador"),
 *               "=article" a convention of the article (a statement's author); null for events made
 *               by code from other events
 */
@JsonPropertyOrder({"role", "entity", "rule", "path"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Argument(Role role, String entity, String rule, String path) {
    /** An argument without provenance. */
    public Argument(Role role, String entity) {
        this(role, entity, null, null);
    }
}
