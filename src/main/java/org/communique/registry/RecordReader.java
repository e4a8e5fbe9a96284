package org.communique.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads records files line by line: each line must be one record of {@code extract} (an article's
 * record or an error record). A line that is not is reported with the reason and skipped; blank
 * lines are skipped silently. Fields the registry does not know (from newer versions) are ignored.
 */
final class RecordReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<LoadReport.BadLine> badLines = new ArrayList<>();

    /** The lines that were not records, in the order met. */
    List<LoadReport.BadLine> badLines() { return badLines; }

    /** Passes each valid record of {@code file} to {@code sink}, in file order. */
    void read(Path file, Consumer<JsonNode> sink) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank()) continue;
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    badLines.add(new LoadReport.BadLine(file.toString(), n, "not JSON: " + e.getOriginalMessage()));
                    continue;
                }
                String problem = problem(node);
                if (problem != null) badLines.add(new LoadReport.BadLine(file.toString(), n, problem));
                else sink.accept(node);
            }
        } catch (java.nio.charset.MalformedInputException e) {
            throw new IOException(file + " is not UTF-8 text", e);
        }
    }

    /** Why the node is not a record the registry can load, or null when it is one. */
    static String problem(JsonNode r) {
        if (!r.isObject()) return "not a JSON object";
        if (!text(r, "id")) return "no \"id\" string";
        if (r.has("error")) {
            JsonNode e = r.get("error");
            return e.isObject() && text(e, "kind") ? null : "error record without an \"error\": {\"kind\"} object";
        }
        if (!r.path("entities").isArray()) return "no \"entities\" array";
        if (!r.path("events").isArray()) return "no \"events\" array";
        String bad = dates(r);
        if (bad != null) return bad;
        Set<String> ids = new HashSet<>();
        int i = 0;
        for (JsonNode e : r.get("entities")) {
            i++;
            if (!text(e, "id") || !text(e, "type") || !text(e, "name")) {
                return "entity " + i + " lacks an id, type or name";
            }
            if (!ids.add(e.get("id").asText())) return "two entities have the id " + e.get("id").asText();
            for (JsonNode m : e.path("mentions")) {
                if (!m.path("start").isInt() || !m.path("end").isInt() || !text(m, "text")) {
                    return "a mention of entity " + e.get("id").asText() + " lacks start, end or text";
                }
            }
        }
        Set<String> events = new HashSet<>();
        i = 0;
        for (JsonNode v : r.get("events")) {
            i++;
            if (!text(v, "id") || !text(v, "type")) return "event " + i + " lacks an id or type";
            String id = v.get("id").asText();
            if (!events.add(id)) return "two events have the id " + id;
            if (text(v, "location") && !ids.contains(v.get("location").asText())) {
                return "event " + id + " has location " + v.get("location").asText() + ", which is no entity of the record";
            }
            for (JsonNode a : v.path("arguments")) {
                if (!text(a, "role") || !text(a, "entity")) return "an argument of event " + id + " lacks a role or entity";
                if (!ids.contains(a.get("entity").asText())) {
                    return "event " + id + " names entity " + a.get("entity").asText() + ", which is no entity of the record";
                }
            }
        }
        return null;
    }

    private static String dates(JsonNode r) {
        if (!Dates.valid(r.path("published"))) return "\"published\" is not a date YYYY-MM-DD: " + r.get("published");
        if (!Dates.valid(r.path("dateline").path("date"))) {
            return "\"dateline.date\" is not a date YYYY-MM-DD: " + r.path("dateline").get("date");
        }
        return null;
    }

    static boolean text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v != null && v.isTextual() && !v.asText().isEmpty();
    }
}
