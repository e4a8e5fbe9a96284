package org.communique.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communique.api.RelatedItem;
import org.communique.dates.Dates;
import org.communique.lexicon.ModelJson;

/**
 * The page layouts of {@code models/read/layouts.json}, recognised by their first line (the KCNA Watch
 * layout: crawl-date line, outlet line, title, "Date: DD/MM/YYYY | Source: ..." line, body, "More From ..."
 * teasers). Teasers become {@link RelatedItem}s and are never extracted.
 */
final class KnownLayouts {
    /** One layout; see the file's "about" for the fields. */
    record Layout(String id, Pattern first, Pattern meta, int metaWithin, Pattern end, Pattern teaserDate,
                  Pattern teaserSkip) {}

    /**
     * A page read by a layout.
     *
     * @param body the lines between the meta line and the end line
     */
    record Read(String layout, String title, List<String> body, LocalDate published, String source,
                List<RelatedItem> related, List<String> warnings) {}

    private final List<Layout> layouts;

    KnownLayouts() {
        List<Layout> ls = new ArrayList<>();
        for (JsonNode l : ModelJson.read("/models/read/layouts.json").get("layouts")) {
            ls.add(new Layout(l.get("id").asText(), Pattern.compile(l.get("first").asText()),
                    Pattern.compile(l.get("meta").asText()), l.get("metaWithin").asInt(), Pattern.compile(l.get("end").asText()),
                    Pattern.compile(l.get("teaserDate").asText()), Pattern.compile(l.get("teaserSkip").asText())));
        }
        layouts = List.copyOf(ls);
    }

    /** The page read by the first layout whose first line and meta line it has, if any. */
    Optional<Read> read(List<String> lines) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) i++;
        if (i == lines.size()) return Optional.empty();
        for (Layout l : layouts) {
            if (!l.first().matcher(lines.get(i).trim()).matches()) continue;
            Optional<Read> r = read(l, lines, i + 1);
            if (r.isPresent()) return r;
        }
        return Optional.empty();
    }

    private static Optional<Read> read(Layout l, List<String> lines, int from) {
        int meta = -1;
        Matcher m = null;
        for (int j = from; j < Math.min(lines.size(), from + l.metaWithin()); j++) {
            Matcher mm = l.meta().matcher(lines.get(j).trim());
            if (mm.matches()) { meta = j; m = mm; break; }
        }
        if (meta < 0) return Optional.empty();
        String title = null;
        for (int j = meta - 1; j >= from; j--) {
            if (!lines.get(j).isBlank()) { title = lines.get(j).trim(); break; }
        }
        List<String> warnings = new ArrayList<>();
        LocalDate published = null;
        int month = Integer.parseInt(m.group("m"));
        if (month >= 1 && month <= 12) {
            published = Dates.of(Integer.parseInt(m.group("y")), java.time.Month.of(month), Integer.parseInt(m.group("d")));
        }
        if (published == null) warnings.add("page date is not a calendar date: " + lines.get(meta).trim());
        String source = m.group("source").isBlank() ? null : m.group("source").trim();
        int end = lines.size();
        for (int j = meta + 1; j < lines.size(); j++) {
            if (l.end().matcher(lines.get(j).trim()).matches()) { end = j; break; }
        }
        List<RelatedItem> related = end < lines.size() ? teasers(l, lines.subList(end + 1, lines.size())) : List.of();
        return Optional.of(new Read(l.id(), title, lines.subList(meta + 1, end), published, source, related, warnings));
    }

    /** Teaser blocks: title, title again, text, date, text again. */
    private static List<RelatedItem> teasers(Layout layout, List<String> lines) {
        List<String> l = lines.stream().map(String::trim).filter(s -> !s.isEmpty())
                .filter(s -> !layout.teaserSkip().matcher(s).matches()).toList();
        List<RelatedItem> out = new ArrayList<>();
        int k = 0;
        while (k < l.size()) {
            String title = l.get(k);
            int d = k + 1;
            while (d < l.size() && !layout.teaserDate().matcher(l.get(d)).matches()) d++;
            String text = null;
            for (int t = k + 1; t < d; t++) {
                if (!l.get(t).equals(title)) { text = l.get(t); break; }
            }
            String date = d < l.size() ? PublicationStamps.get().dates(l.get(d)).stream().findFirst()
                    .map(f -> f.stamp().date().toString()).orElse(null) : null;
            out.add(new RelatedItem(title, date, text));
            k = d + 1;
            if (k < l.size() && text != null && l.get(k).equals(text)) k++;
        }
        return out;
    }
}
