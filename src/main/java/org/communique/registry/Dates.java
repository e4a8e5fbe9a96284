package org.communique.registry;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates of records: ISO YYYY-MM-DD, or absent. Events may give a month or year only, kept as no date. */
final class Dates {
    private Dates() {}

    /** The day a field gives, or null when it is absent, null or coarser than a day ("2024-05"). */
    static LocalDate day(JsonNode v) {
        if (v == null || !v.isTextual() || v.asText().length() != 10) return null;
        try {
            return LocalDate.parse(v.asText());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Absent, null, or a day. */
    static boolean valid(JsonNode v) {
        return v == null || v.isMissingNode() || v.isNull() || day(v) != null;
    }
}
