package org.communique.doc;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communique.dates.Dates;
import org.communique.lexicon.ModelJson;

/**
 * The dateline conventions of {@code models/read/datelines.json}: "Pyongyang, October 31 (KCNA) --",
 * "PYONGYANG, October 11. /TASS/.", "YEREVAN, FEBRUARY 2, ARMENPRESS.", "SEOUL -" and the like.
 */
public final class Datelines {
    /** One convention: a pattern with the groups place, mon, d, y, agency, and the example it must read. */
    public record Convention(String id, Pattern pattern, Set<String> groups, JsonNode example) {}

    /**
     * A dateline found at the start of a text.
     *
     * @param month null when the dateline gives no date ("Pyongyang (KCNA) -")
     * @param day   0 when it gives no date
     * @param year  0 when it gives no year
     * @param end   where the report proper begins
     */
    public record Found(String convention, String place, Month month, int day, int year, String agency, int end) {}

    private final List<Convention> conventions;

    private Datelines() {
        JsonNode root = ModelJson.read("/models/read/datelines.json");
        List<Convention> list = new ArrayList<>();
        for (JsonNode c : root.get("datelines")) {
            Pattern p = ModelJson.compile("^\\s*" + c.get("pattern").asText(), root.get("macros"), 0);
            list.add(new Convention(c.get("id").asText(), p, ModelJson.groupNames(p), c));
        }
        conventions = List.copyOf(list);
    }

    private static final class Holder {
        static final Datelines INSTANCE = new Datelines();
    }

    /** The conventions on the classpath (loaded on first use). */
    public static Datelines get() { return Holder.INSTANCE; }

    public List<Convention> conventions() { return conventions; }

    /** The dateline that opens {@code text}, if any convention reads one there. */
    public Optional<Found> at(CharSequence text) {
        for (Convention c : conventions) {
            Matcher m = c.pattern().matcher(text);
            if (!m.lookingAt()) continue;
            Month month = null;
            int day = 0;
            if (c.groups().contains("mon")) {
                month = Dates.month(m.group("mon"));
                if (month == null) continue; // "Pyongyang, Kim (KCNA)" is no dateline
                day = Integer.parseInt(m.group("d"));
            }
            int year = c.groups().contains("y") && m.group("y") != null ? Integer.parseInt(m.group("y")) : 0;
            String agency = c.groups().contains("agency") && m.group("agency") != null ? m.group("agency").trim() : null;
            return Optional.of(new Found(c.id(), place(m.group("place").trim()), month, day, year, agency, m.end()));
        }
        return Optional.empty();
    }

    /** "PYONGYANG" is written "Pyongyang", "UNITED NATIONS" "United Nations"; other forms stay as written. */
    static String place(String p) {
        if (!p.equals(p.toUpperCase(Locale.ROOT)) || p.chars().noneMatch(Character::isLetter)) return p;
        StringBuilder sb = new StringBuilder(p.length());
        boolean start = true;
        for (char ch : p.toCharArray()) {
            sb.append(start ? ch : Character.toLowerCase(ch));
            start = !Character.isLetter(ch) && ch != '\'' && ch != '’';
        }
        return sb.toString();
    }
}
