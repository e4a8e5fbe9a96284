package org.communique.lexicon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JSON and word-list files of {@code models/} on the classpath. Patterns in them may use macros,
 * {@code {NAME}}, defined in the file's {@code "macros"} object, so that a month or place expression is
 * written once per file.
 */
public final class ModelJson {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MACRO = Pattern.compile("\\{([A-Z]+)\\}");
    private static final Pattern GROUP = Pattern.compile("\\(\\?<([a-zA-Z][a-zA-Z0-9]*)>");

    private ModelJson() {}

    /** @param path a classpath path such as {@code /models/read/stamps.json} */
    public static JsonNode read(String path) {
        try (InputStream in = ModelJson.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing model file on the classpath: " + path);
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The non-comment lines of a word list ({@code #} starts a comment line). */
    public static List<String> lines(String path) {
        List<String> out = new ArrayList<>();
        try (InputStream in = ModelJson.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing model file on the classpath: " + path);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        return out;
    }

    /** Compiles a pattern after replacing its macros by their definitions in {@code macros}. */
    public static Pattern compile(String regex, JsonNode macros, int flags) {
        Matcher m = MACRO.matcher(regex);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            JsonNode def = macros == null ? null : macros.get(m.group(1));
            if (def == null) throw new IllegalStateException("undefined macro {" + m.group(1) + "} in " + regex);
            m.appendReplacement(sb, Matcher.quoteReplacement(def.asText()));
        }
        m.appendTail(sb);
        return Pattern.compile(sb.toString(), flags);
    }

    /** The names of the named groups of a pattern (Java 17 has no API for them). */
    public static Set<String> groupNames(Pattern p) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = GROUP.matcher(p.pattern());
        while (m.find()) names.add(m.group(1));
        return names;
    }

    /** The strings of a JSON array (empty for a missing field). */
    public static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
