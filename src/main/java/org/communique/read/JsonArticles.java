package org.communique.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communique.api.Article;

/**
 * One article as scrapers write it, a JSON line or an object of a .json file: text from {@code text}, {@code story_text}, {@code body} or
 * {@code content}; title from {@code title} or {@code headline}; date from {@code date},
 * {@code published} or {@code date_str} (see {@link PublicationDate}); also {@code id},
 * {@code url}/{@code link}; the outlet from {@code source}, else the URL's host ({@link Outlet}); the
 * section from {@code topic} or {@code section} (a scraper's topic is a section of the site, not the outlet). A line must hold exactly one JSON object:
 * a second object or trailing garbage makes it {@code malformed}, not an article that silently
 * loses what follows.
 */
final class JsonArticles {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

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
        if (Decoding.isBlank(body)) return new Input.Failed(id, "empty", "the article text is empty");
        List<String> warnings = new ArrayList<>();
        LocalDate date = null;
        for (String f : new String[] {"date", "published", "date_str"}) {
            JsonNode d = n.get(f);
            if (d == null || d.isNull()) continue;
            PublicationDate.Parsed p = PublicationDate.parse(f, d);
            date = p.date();
            if (date != null) break;
            warnings.add(p.warning());
        }
        String url = text(n, "url", "link");
        return new Input.Ok(new Article(id, text(n, "title", "headline"), body, date,
                Outlet.of(text(n, "source"), url), text(n, "topic", "section"), url), List.of(), warnings);
    }

    private static String text(JsonNode n, String... fields) {
        for (String f : fields) {
            JsonNode v = n.get(f);
            if (v != null && !v.isNull() && !v.isContainerNode()) return v.asText();
        }
        return null;
    }
}
