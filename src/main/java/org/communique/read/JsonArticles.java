package org.communique.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.communique.api.Article;

/**
 * One article as scrapers write it, a JSON line or an object of a .json file: text from {@code text}, {@code story_text}, {@code body} or
 * {@code content}; title from {@code title} or {@code headline}; date from {@code date},
 * {@code published} or {@code date_str} (ISO date or date-time, or epoch milliseconds); also
 * {@code id}, {@code source}/{@code topic}, {@code url}/{@code link}.
 */
final class JsonArticles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonArticles() {}

    /**
     * @param fallbackId the id for a line without one ("file#line")
     */
    static Input parse(String line, String fallbackId) {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return new Input.Failed(fallbackId, "malformed",
                    "not a JSON object: " + e.getOriginalMessage() + " (line " + fallbackId + ")");
        }
        if (n == null || !n.isObject()) {
            return new Input.Failed(fallbackId, "malformed", "a JSON line must hold an object (" + fallbackId + ")");
        }
        return article(n, fallbackId);
    }

    /** One article object, from a JSON line or a .json file. */
    static Input article(JsonNode n, String fallbackId) {
        String id = text(n, "id");
        if (id == null || id.isBlank()) id = fallbackId;
        String body = text(n, "text", "story_text", "body", "content");
        if (body == null) {
            return new Input.Failed(id, "no_text", "the JSON object has no text, story_text, body or content field");
        }
        if (body.isBlank()) return new Input.Failed(id, "empty", "the article text is empty");
        List<String> warnings = new java.util.ArrayList<>();
        LocalDate date = null;
        for (String f : new String[] {"date", "published", "date_str"}) {
            JsonNode d = n.get(f);
            if (d == null || d.isNull()) continue;
            date = date(d);
            if (date != null) break;
            warnings.add("unreadable date in field '" + f + "': " + d.asText());
        }
        return new Input.Ok(new Article(id, text(n, "title", "headline"), body, date,
                text(n, "source", "topic"), text(n, "url", "link")), List.of(), warnings);
    }

    private static String text(JsonNode n, String... fields) {
        for (String f : fields) {
            JsonNode v = n.get(f);
            if (v != null && !v.isNull() && !v.isContainerNode()) return v.asText();
        }
        return null;
    }

    static LocalDate date(JsonNode d) {
        if (d.isNumber()) return Instant.ofEpochMilli(d.asLong()).atZone(ZoneOffset.UTC).toLocalDate();
        String s = d.asText().trim();
        if (s.matches("\\d{11,14}")) return Instant.ofEpochMilli(Long.parseLong(s)).atZone(ZoneOffset.UTC).toLocalDate();
        try {
            if (s.length() == 10) return LocalDate.parse(s);
            return OffsetDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(s.substring(0, Math.min(10, s.length())));
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
