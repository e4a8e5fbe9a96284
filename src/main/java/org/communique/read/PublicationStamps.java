package org.communique.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communique.dates.Dates;
import org.communique.lexicon.ModelJson;

/**
 * The publication-stamp conventions of {@code models/read/stamps.json}: date forms ("Updated: 2016-03-14
 * 18:05", "2024.4.15.", "(Juche113.7.25.)", "Thu, 09/22/2011 - 11:20", "(Xinhua News Agency February 26,
 * 2009)"), the labels that say what a date is, and the order of strength of the kinds of stamp.
 */
public final class PublicationStamps {
    /** A date form; {@code kind} is null when the kind comes from the label or the place of the stamp. */
    public record Form(String id, String kind, boolean prefix, Pattern pattern, Set<String> groups, boolean monthFirst,
                       String example, LocalDate date) {}

    /** A date a page states, of a kind ("published", "issue", "header", ...), read by a form. */
    public record Stamp(LocalDate date, String kind, String form) {}

    /** A stamp that opens a line, and where the line's content begins after it. */
    public record Prefix(Stamp stamp, int end) {}

    /** A date found in a line: where it stands and its stamp. */
    record Found(int start, int end, Stamp stamp) {}

    private record Label(String kind, Pattern pattern) {}

    private final List<Form> forms;
    private final List<Label> labels;
    private final List<Pattern> noise;
    private final Pattern weekday;
    private final List<String> kinds;

    private PublicationStamps() {
        JsonNode root = ModelJson.read("/models/read/stamps.json");
        JsonNode macros = root.get("macros");
        List<Form> fs = new ArrayList<>();
        for (JsonNode f : root.get("forms")) {
            Pattern p = ModelJson.compile(f.get("pattern").asText(), macros, 0);
            fs.add(new Form(f.get("id").asText(), f.hasNonNull("kind") ? f.get("kind").asText() : null,
                    f.path("prefix").asBoolean(false), p, ModelJson.groupNames(p), "md".equals(f.path("order").asText("md")),
                    f.get("example").asText(), LocalDate.parse(f.get("date").asText())));
        }
        forms = List.copyOf(fs);
        List<Label> ls = new ArrayList<>();
        for (JsonNode l : root.get("labels")) {
            ls.add(new Label(l.get("kind").asText(), ModelJson.compile(l.get("pattern").asText(), macros, 0)));
        }
        labels = List.copyOf(ls);
        noise = ModelJson.strings(root.get("noise")).stream().map(n -> ModelJson.compile(n, macros, 0)).toList();
        weekday = ModelJson.compile("\\b{WEEKDAY}\\b", macros, 0);
        kinds = ModelJson.strings(root.get("kinds"));
    }

    private static final class Holder {
        static final PublicationStamps INSTANCE = new PublicationStamps();
    }

    /** The conventions on the classpath (loaded on first use). */
    public static PublicationStamps get() { return Holder.INSTANCE; }

    public List<Form> forms() { return forms; }

    /** The strength of a kind of stamp: lower is stronger. */
    public int rank(String kind) {
        int i = kinds.indexOf(kind);
        return i < 0 ? kinds.size() : i;
    }

    /** A stamp that opens the line (" date 2017-10-11 PYONGYANG, ..."), with the rest of the line after it. */
    public Optional<Prefix> prefix(String line) {
        for (Form f : forms) {
            if (!f.prefix()) continue;
            Matcher m = f.pattern().matcher(line);
            if (!m.lookingAt()) continue;
            LocalDate d = date(f, m, null);
            if (d != null) return Optional.of(new Prefix(new Stamp(d, f.kind(), f.id()), m.end()));
        }
        return Optional.empty();
    }

    /**
     * The stamps of a stamp line: a line that holds dates and, besides times, zones, weekdays, labels and site
     * names, at most one word ("Politics 2024.4.15."). Each stamp takes its kind from its form, else from the
     * label just before it, else {@code unlabelled}. Empty for any other line.
     */
    public List<Stamp> stampLine(String line, String unlabelled) {
        List<Found> found = dates(line);
        if (found.isEmpty()) return List.of();
        StringBuilder rest = new StringBuilder(line);
        for (int k = found.size() - 1; k >= 0; k--) rest.replace(found.get(k).start(), found.get(k).end(), " ");
        String left = rest.toString();
        for (Label l : labels) left = l.pattern().matcher(left).replaceAll(" ");
        for (Pattern p : noise) left = p.matcher(left).replaceAll(" ");
        if (left.isBlank() || left.trim().split("\\s+").length <= 1) {
            List<Stamp> out = new ArrayList<>();
            int from = 0;
            for (Found f : found) {
                String kind = f.stamp().kind();
                if (kind == null) {
                    String label = labelIn(line.substring(from, f.start()));
                    kind = label != null ? label : unlabelled;
                }
                out.add(new Stamp(f.stamp().date(), kind, f.stamp().form()));
                from = f.end();
            }
            return out;
        }
        return List.of();
    }

    /** The kind a line that is only a label gives to the date below it ("Published", "Updated:"), or null. */
    public String labelOnly(String line) {
        for (Label l : labels) {
            if (l.pattern().matcher(line.strip()).matches()) return l.kind();
        }
        return null;
    }

    /** The date at the end of a list item ("DPRK delegation leaves Pyongyang 2016-05-31 15:01"), with its start. */
    Optional<Found> trailingDate(String line) {
        List<Found> found = dates(line);
        if (found.isEmpty()) return Optional.empty();
        Found last = found.get(found.size() - 1);
        String after = line.substring(last.end());
        for (Pattern p : noise) after = p.matcher(after).replaceAll(" ");
        return after.isBlank() && last.start() > 0 ? Optional.of(last) : Optional.empty();
    }

    private String labelIn(String before) {
        String kind = null;
        int at = -1;
        for (Label l : labels) {
            Matcher m = l.pattern().matcher(before);
            while (m.find()) {
                if (m.start() > at) { at = m.start(); kind = l.kind(); }
            }
        }
        return kind;
    }

    /** The dates of a line, left to right, not overlapping; at one place the longest match wins. */
    List<Found> dates(String line) {
        List<Found> all = new ArrayList<>();
        DayOfWeek wd = weekdayIn(line);
        for (Form f : forms) {
            if (f.prefix()) continue;
            Matcher m = f.pattern().matcher(line);
            while (m.find()) {
                LocalDate d = date(f, m, wd);
                if (d != null) all.add(new Found(m.start(), m.end(), new Stamp(d, f.kind(), f.id())));
            }
        }
        all.sort(Comparator.comparingInt(Found::start).thenComparing(f -> -(f.end() - f.start())));
        List<Found> out = new ArrayList<>();
        int end = -1;
        for (Found f : all) {
            if (f.start() >= end) { out.add(f); end = f.end(); }
        }
        return out;
    }

    private DayOfWeek weekdayIn(String line) {
        Matcher m = weekday.matcher(line);
        if (!m.find()) return null;
        String w = m.group().toLowerCase(Locale.ROOT);
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().toLowerCase(Locale.ROOT).startsWith(w.substring(0, 3))) return d;
        }
        return null;
    }

    /** The date a match gives, or null; two bare numbers are read in the form's order unless only the other fits. */
    private static LocalDate date(Form f, Matcher m, DayOfWeek weekday) {
        int year = f.groups().contains("juche") ? Integer.parseInt(m.group("juche")) + 1911 : Integer.parseInt(m.group("y"));
        if (f.groups().contains("n1")) {
            int a = Integer.parseInt(m.group("n1"));
            int b = Integer.parseInt(m.group("n2"));
            LocalDate first = f.monthFirst() ? of(year, a, b) : of(year, b, a);
            LocalDate second = f.monthFirst() ? of(year, b, a) : of(year, a, b);
            if (first != null && (weekday == null || first.getDayOfWeek() == weekday || second == null
                    || second.getDayOfWeek() != weekday)) return first;
            return second;
        }
        int day = Integer.parseInt(m.group("d"));
        if (f.groups().contains("mon")) {
            Month mo = Dates.month(m.group("mon"));
            return mo == null ? null : Dates.of(year, mo, day);
        }
        return of(year, Integer.parseInt(m.group("m")), day);
    }

    private static LocalDate of(int year, int month, int day) {
        return month < 1 || month > 12 ? null : Dates.of(year, Month.of(month), day);
    }
}
