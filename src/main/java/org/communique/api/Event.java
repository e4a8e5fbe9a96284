package org.communique.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One happening the article reports.
 *
 * @param id         article-local id ("v1", ...)
 * @param cameo      CAMEO code of the type, or null where the guideline gives none
 * @param plover     PLOVER category, or null
 * @param date       ISO date of the happening, or null
 * @param location   entity id of the place, or null
 * @param modality   null when the event is asserted to have happened; else future, negated, ...
 * @param confidence 0..1, calibrated on the development set
 * @param rule       id of the rule that made the event, to trace a wrong record to its rule
 */
@JsonPropertyOrder({"id", "type", "cameo", "plover", "date", "location", "arguments", "trigger", "evidence",
        "modality", "confidence", "rule"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Event(String id, EventType type, String cameo, String plover,
                    @JsonInclude(JsonInclude.Include.ALWAYS) String date,
                    @JsonInclude(JsonInclude.Include.ALWAYS) String location,
                    List<Argument> arguments, Trigger trigger, Evidence evidence, Modality modality,
                    double confidence, String rule) {
    public Event {
        arguments = List.copyOf(arguments);
    }
}
