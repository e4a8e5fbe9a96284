package org.communique.api;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Whether an event happened as reported. Only ASSERTED events are reported as having happened;
 * the others are kept so that analysts see plans and denials, but scoring leaves them out.
 */
public enum Modality {
    ASSERTED, FUTURE, NEGATED, HYPOTHETICAL, PAST;

    @JsonValue
    public String json() { return name().toLowerCase(Locale.ROOT); }
}
