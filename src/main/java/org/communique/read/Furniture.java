package org.communique.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communique.lexicon.ModelJson;

/**
 * The page furniture of {@code models/read/furniture.json}: whole lines that are menus, share buttons,
 * comment counters, list headings, footers, blog chrome, bylines and credit lines; photo captions; and
 * the names of agencies that make a credit line.
 */
public final class Furniture {
    /** A role of furniture lines; {@code breaks}: the article's block ends at such a line. */
    public record LineRole(String role, boolean breaks, List<Pattern> patterns, List<String> examples) {}

    private static final Pattern TRAILING_CREDIT = Pattern.compile("(?<=[.!?\"”])\\s+(\\S+(?:\\s\\S+){0,2})$");
    private static final Pattern WRAPPED = Pattern.compile("^(?:by\\s+|source\\s*:\\s*)?[(\\[]?(.+?)[)\\]]?$",
            Pattern.CASE_INSENSITIVE);

    private final List<LineRole> roles;
    private final List<Pattern> captions;
    private final List<String> captionExamples;
    private final Set<String> agencies = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private final Set<String> endMarks;

    private Furniture() {
        JsonNode root = ModelJson.read("/models/read/furniture.json");
        List<LineRole> rs = new ArrayList<>();
        for (JsonNode r : root.get("lines")) {
            List<Pattern> ps = ModelJson.strings(r.get("patterns")).stream()
                    .map(p -> Pattern.compile(p, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
            rs.add(new LineRole(r.get("role").asText(), r.get("breaks").asBoolean(), ps, ModelJson.strings(r.get("examples"))));
        }
        roles = List.copyOf(rs);
        captions = ModelJson.strings(root.get("captions")).stream().map(Pattern::compile).toList();
        captionExamples = ModelJson.strings(root.get("captionExamples"));
        agencies.addAll(ModelJson.strings(root.get("agencies")));
        endMarks = Set.copyOf(ModelJson.strings(root.get("endMarks")));
    }

    private static final class Holder {
        static final Furniture INSTANCE = new Furniture();
    }

    /** The furniture on the classpath (loaded on first use). */
    public static Furniture get() { return Holder.INSTANCE; }

    public List<LineRole> roles() { return roles; }

    public List<String> captionExamples() { return captionExamples; }

    /** The role of a whole line of furniture, if it is one. */
    public Optional<LineRole> role(String line) {
        String t = line.strip();
        for (LineRole r : roles) {
            for (Pattern p : r.patterns()) {
                if (p.matcher(t).matches()) return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public boolean isCaption(String line) {
        for (Pattern p : captions) {
            if (p.matcher(line).find()) return true;
        }
        return false;
    }

    /** True for a line that is only an agency's or outlet's name ("REUTERS", "(Xinhua)", "By Deutsche Welle"). */
    public boolean isCredit(String line) {
        Matcher m = WRAPPED.matcher(line.strip());
        return m.matches() && agencies.contains(m.group(1).strip());
    }

    /** The line without an agency's name or an end mark after its last full stop ("... on Tuesday. REUTERS", "... -0-"). */
    public String withoutTrailingCredit(String line) {
        Matcher m = TRAILING_CREDIT.matcher(line);
        if (m.find() && (endMarks.contains(m.group(1))
                || agencies.contains(m.group(1)) && m.group(1).equals(m.group(1).toUpperCase(Locale.ROOT)))) {
            return line.substring(0, m.start()).stripTrailing();
        }
        return line;
    }
}
