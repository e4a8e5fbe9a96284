package org.communique.registry;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The stand-in for {@code text_hash} of records written before extract gave one: a SHA-256 of the
 * title, the publication date and the sorted list of entity names with their mention offsets,
 * prefixed {@code fp:}. Two records of one text extracted by one build agree on all of these; two
 * different texts almost never do.
 */
final class Fingerprint {
    private Fingerprint() {}

    static String of(JsonNode record) {
        List<String> parts = new ArrayList<>();
        for (JsonNode e : record.path("entities")) {
            StringBuilder sb = new StringBuilder(e.path("name").asText());
            for (JsonNode m : e.path("mentions")) {
                sb.append('|').append(m.path("section").asText("")).append(m.path("start").asInt())
                        .append('-').append(m.path("end").asInt());
            }
            parts.add(sb.toString());
        }
        parts.sort(null);
        String text = record.path("title").asText("") + "\n" + record.path("published").asText("") + "\n"
                + String.join("\n", parts);
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "fp:" + HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
