package org.communique.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an HTML page says about its article: the headline (an {@code h1} that agrees with og:title or
 * the {@code <title>}, else og:title, else the {@code <title>} without the site's name), the publication
 * date ({@code meta} article:published_time and kin, JSON-LD datePublished, {@code time} elements),
 * the canonical address and the site's name. Sources and their order are in {@code models/read/html.json}.
 */
final class HtmlMetadata {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final double SAME_TITLE = 0.5;

    /**
     * The metadata; any field may be null.
     *
     * @param titleFromTag the title is only the {@code <title>} (often the site's name on older sites)
     * @param pageTitle    the {@code <title>} as written
     */
    record Meta(String title, boolean titleFromTag, String pageTitle, LocalDate published, String site, String url) {}

    private final HtmlConventions html = HtmlConventions.get();
    private final PublicationStamps stamps = PublicationStamps.get();

    /**
     * @param page    the page as parsed (meta tags, JSON-LD)
     * @param cleaned the page without its furniture (where {@code time} elements are looked for)
     */
    Meta read(Document page, Document cleaned) {
        String site = first(page, html.siteName);
        String title = title(page, site);
        boolean fromTag = title != null && page.select("h1").isEmpty() && html.title.stream()
                .filter(s -> !s.select().equals("title")).allMatch(s -> value(page, s) == null);
        return new Meta(title, fromTag, page.title().strip(), published(page, cleaned), site, first(page, html.url));
    }

    private String title(Document page, String site) {
        String meta = null;
        for (HtmlConventions.Source s : html.title) {
            if (s.select().equals("title")) continue;
            meta = value(page, s);
            if (meta != null) break;
        }
        String tag = page.title().isBlank() ? null : withoutSite(page.title().strip(), site);
        List<String> h1 = new ArrayList<>();
        for (Element e : page.select("h1")) {
            if (e.closest("nav, footer, aside") == null && !e.text().isBlank()) h1.add(e.text().strip());
        }
        String ref = meta != null ? meta : tag;
        if (!h1.isEmpty()) {
            if (ref != null) {
                String best = h1.stream().max(Comparator.comparingDouble(h -> similarity(h, ref))).get();
                if (similarity(best, ref) >= SAME_TITLE) return best;
                if (meta != null) return meta;
            }
            return h1.stream().max(Comparator.comparingInt(h -> h.split("\\s+").length)).get();
        }
        return ref;
    }

    /** "Headline | Site" is "Headline": the longest part that is not the site's name. */
    private String withoutSite(String title, String site) {
        return Arrays.stream(html.siteSeparators.split(title)).map(String::strip)
                .filter(p -> !p.isEmpty() && (site == null || !p.equalsIgnoreCase(site.strip())))
                .max(Comparator.comparingInt(String::length)).orElse(title);
    }

    /**
     * The headline a {@code <title>} such as "Headline - Pride of DPRK - World - Site" holds when the page shows
     * it as a line of its own: the longest part before a separator that equals one of the texts, else null.
     */
    String titleAmong(String pageTitle, List<String> texts) {
        Set<String> shown = new java.util.HashSet<>();
        for (String t : texts) shown.add(t.strip().replaceAll("\\s+", " "));
        String best = shown.contains(pageTitle.replaceAll("\\s+", " ")) ? pageTitle : null;
        java.util.regex.Matcher m = html.siteSeparators.matcher(pageTitle);
        while (m.find()) {
            String prefix = pageTitle.substring(0, m.start()).strip().replaceAll("\\s+", " ");
            if (shown.contains(prefix) && (best == null || prefix.length() > best.length())) best = prefix;
        }
        return best;
    }

    /** Jaccard similarity of two texts' content words. */
    static double similarity(String a, String b) {
        Set<String> x = LineShape.contentWords(a);
        Set<String> y = LineShape.contentWords(b);
        if (x.isEmpty() || y.isEmpty()) return 0;
        long shared = x.stream().filter(y::contains).count();
        return (double) shared / (x.size() + y.size() - shared);
    }

    private LocalDate published(Document page, Document cleaned) {
        boolean ld = false;
        for (HtmlConventions.Source s : html.published) {
            boolean meta = s.select().startsWith("meta");
            if (!meta && !ld) {
                ld = true;
                LocalDate d = jsonLd(page);
                if (d != null) return d;
            }
            for (Element e : (meta ? page : cleaned).select(s.select())) {
                LocalDate d = date(s.value(e));
                if (d != null) return d;
            }
        }
        return ld ? null : jsonLd(page);
    }

    /** The datePublished of the page's JSON-LD blocks. */
    private LocalDate jsonLd(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode n = JSON.readTree(script.data());
                JsonNode d = n == null ? null : n.findValue("datePublished");
                LocalDate date = d == null ? null : date(d.asText());
                if (date != null) return date;
            } catch (java.io.IOException e) {
                // a broken JSON-LD block says nothing
            }
        }
        return null;
    }

    /** An ISO date or date-time (the date as written, not moved to UTC), or a date in a form of the stamps. */
    LocalDate date(String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        try {
            return v.length() == 10 ? LocalDate.parse(v) : OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException e) {
            return stamps.dates(v).stream().findFirst().map(f -> f.stamp().date()).orElse(null);
        }
    }

    private String first(Document page, List<HtmlConventions.Source> sources) {
        for (HtmlConventions.Source s : sources) {
            String v = value(page, s);
            if (v != null) return v;
        }
        return null;
    }

    private static String value(Document page, HtmlConventions.Source s) {
        for (Element e : page.select(s.select())) {
            String v = s.value(e).strip();
            if (!v.isEmpty()) return v;
        }
        return null;
    }
}
