package org.communique.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.communique.api.RelatedItem;
import org.communique.doc.Datelines;

/**
 * Finds the article among the classified lines of a page, by what articles look like rather than by
 * one site's layout:
 * <ul>
 *   <li>runs of three or more short unpunctuated lines are link lists (menus, "more from" lists);
 *   <li>the page falls into blocks at list headings, comment counters, footers and link lists; the
 *       article is the block with the most running prose;
 *   <li>the headline is the nearest headline-shaped line above the article's first sentence;
 *   <li>short lines at the article's end that share no words with it are teasers of other stories;
 *   <li>short lines repeated on the page (a masthead over and under the text) are furniture;
 *   <li>stamps above the headline are the page header's, others the article's; list items' dates are neither.
 * </ul>
 */
final class ArticleFinder {
    private static final int LIST_RUN = 3;
    private static final int TEASER_WORDS = 25;
    private static final double TEASER_OVERLAP = 0.15;
    private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}");

    /** A stamp and the line it stands on. */
    record PlacedStamp(int line, PublicationStamps.Stamp stamp) {}

    /**
     * What the finder found.
     *
     * @param body   the article's lines, an empty string where a paragraph ends
     * @param stamps the publication stamps of the page, in page order
     */
    record Found(String title, List<String> body, List<RelatedItem> related, List<PlacedStamp> stamps) {}

    private final Furniture furniture = Furniture.get();
    private final PublicationStamps dates = PublicationStamps.get();
    private final Datelines datelines = Datelines.get();

    /**
     * @param knownTitle the headline when the page's metadata gave it (HTML), else null
     * @param blocks     the lines are the blocks of an HTML page's main content: links and sidebars are gone
     *                   already, so short lines are no link lists, the lines around the prose are the article's
     *                   (a salutation, a signature, a section name) and nothing after it is a teaser
     */
    Found find(List<PageLine> lines, String knownTitle, boolean blocks) {
        boolean[] listed = blocks ? new boolean[lines.size()] : linkLists(lines);
        int[] core = core(lines, listed);
        if (core == null) return new Found(knownTitle, List.of(), List.of(), stamps(lines, listed, -1, 0, lines.size()));
        int prose = core[0];
        int titleAt = knownTitle != null ? lineOf(lines, knownTitle, prose) : titleLine(lines, prose);
        String title = knownTitle != null ? knownTitle : titleAt >= 0 ? lines.get(titleAt).text() : null;
        int start = blocks ? firstText(lines, titleAt >= 0 ? titleAt + 1 : segmentStart(lines, listed, prose), prose) : prose;
        int end = blocks ? lastText(lines, core[1], core[2]) : teasersCut(lines, start, core[1], knownTitle);
        Set<String> repeated = blocks ? Set.of() : repeated(lines);
        List<String> body = new ArrayList<>();
        for (int i = start; i <= end; i++) {
            PageLine l = lines.get(i);
            boolean text = l.role().text() || (blocks && i > prose && (l.role() == Role.STAMP || l.role() == Role.CREDIT));
            if (l.role() == Role.BLANK) {
                body.add("");
            } else if (text && !(title != null && same(l.text(), title))
                    && !(l.role() == Role.FRAGMENT && repeated.contains(key(l.text())))) {
                body.add(furniture.withoutTrailingCredit(l.text()));
            }
        }
        return new Found(title, body, related(lines, listed, end + 1),
                stamps(lines, listed, titleAt >= 0 ? titleAt : start, prose, end));
    }

    /** The line above the first sentence that is the known headline, or -1. */
    private static int lineOf(List<PageLine> lines, String title, int prose) {
        for (int i = prose - 1; i >= 0; i--) {
            if (same(lines.get(i).text(), title)) return i;
        }
        return -1;
    }

    /** The first line of text from {@code from} on, or the first sentence when there is none before it. */
    private static int firstText(List<PageLine> lines, int from, int prose) {
        for (int i = from; i < prose; i++) {
            if (lines.get(i).role().text()) return i;
        }
        return prose;
    }

    /** The last line of text of the article's block, from its last sentence to the block's end. */
    private static int lastText(List<PageLine> lines, int last, int blockEnd) {
        int end = last;
        for (int i = last + 1; i <= blockEnd; i++) {
            if (lines.get(i).role().text()) end = i;
        }
        return end;
    }

    /** Where the block that holds line i begins (after the last break above it). */
    private static int segmentStart(List<PageLine> lines, boolean[] listed, int i) {
        int k = i;
        while (k > 0 && lines.get(k - 1).role() != Role.END && !listed[k - 1]) k--;
        return k;
    }

    /** The stamps of lines that stand above an article (an HTML page's header): unlabelled dates are the header's. */
    List<PlacedStamp> headerStamps(List<PageLine> lines) {
        return stamps(lines, new boolean[lines.size()], lines.size(), 0, lines.size());
    }

    /** Lines in runs of at least three short unpunctuated lines (blank lines between them do not count). */
    private static boolean[] linkLists(List<PageLine> lines) {
        boolean[] listed = new boolean[lines.size()];
        List<Integer> run = new ArrayList<>();
        for (int i = 0; i <= lines.size(); i++) {
            Role r = i < lines.size() ? lines.get(i).role() : Role.PROSE;
            if (r == Role.BLANK) continue;
            if (r == Role.FRAGMENT || r == Role.MENU || r == Role.SHARE) {
                run.add(i);
                continue;
            }
            if (run.size() >= LIST_RUN) run.forEach(k -> listed[k] = true);
            run.clear();
        }
        return listed;
    }

    /**
     * The article's block: the lines between breaks (list headings, comments, footers, link lists) with the
     * most running prose: its first sentence (or dateline), its last, and the block's last line. Null when
     * the page has none.
     */
    private int[] core(List<PageLine> lines, boolean[] listed) {
        int[] best = null;
        int bestWeight = 0;
        int first = -1;
        int last = -1;
        int weight = 0;
        for (int i = 0; i <= lines.size(); i++) {
            boolean breaks = i == lines.size() || lines.get(i).role() == Role.END || listed[i];
            if (breaks) {
                if (first >= 0 && weight > bestWeight) {
                    best = new int[] {first, last, i - 1};
                    bestWeight = weight;
                }
                first = -1;
                last = -1;
                weight = 0;
                continue;
            }
            PageLine l = lines.get(i);
            if (l.role() == Role.PROSE || l.role() == Role.SENTENCE || isDateline(l)) {
                if (first < 0) first = i;
                last = i;
                weight += l.role() == Role.PROSE ? l.text().length() : l.text().length() / 4;
            }
        }
        return best;
    }

    private boolean isDateline(PageLine l) {
        return l.role() == Role.FRAGMENT && datelines.at(l.text()).isPresent();
    }

    /**
     * Where the article ends once the teasers of other stories after it are cut: a run of short lines at the
     * end that share (almost) no words with the article before them, with an unpunctuated one among them or
     * three or more of them.
     */
    private int teasersCut(List<PageLine> lines, int start, int end, String knownTitle) {
        int runStart = end + 1;
        boolean fragment = false;
        int count = 0;
        for (int i = end; i > start; i--) {
            PageLine l = lines.get(i);
            if (l.role() == Role.BLANK || l.role().furniture()) continue;
            if (l.shape().words() > TEASER_WORDS || overlap(lines, start, i, knownTitle) > TEASER_OVERLAP) break;
            runStart = i;
            count++;
            fragment |= l.role() == Role.FRAGMENT;
        }
        if (count >= 3 || (count >= 2 && fragment)) {
            int e = runStart - 1;
            while (e > start && !(lines.get(e).role() == Role.PROSE || lines.get(e).role() == Role.SENTENCE)) e--;
            return e;
        }
        return end;
    }

    /** The share of line i's content words found in the article's lines above it (and its known title). */
    private static double overlap(List<PageLine> lines, int start, int i, String knownTitle) {
        Set<String> words = LineShape.contentWords(lines.get(i).text());
        if (words.isEmpty()) return 0;
        Set<String> before = new HashSet<>(knownTitle == null ? Set.of() : LineShape.contentWords(knownTitle));
        for (int k = Math.max(0, start - 8); k < i; k++) {
            if (lines.get(k).role().text()) before.addAll(LineShape.contentWords(lines.get(k).text()));
        }
        long shared = words.stream().filter(before::contains).count();
        return (double) shared / words.size();
    }

    /** The headline: the nearest headline-shaped line above the article's first sentence, past stamps and captions. */
    private int titleLine(List<PageLine> lines, int start) {
        int seen = 0;
        for (int i = start - 1; i >= 0 && seen < 10; i--) {
            PageLine l = lines.get(i);
            if (l.role() == Role.BLANK) continue;
            seen++;
            if (l.role() == Role.PROSE) return -1;
            if (headlineShaped(l)) return i;
        }
        return -1;
    }

    private boolean headlineShaped(PageLine l) {
        String t = l.text();
        boolean shape = l.role() == Role.FRAGMENT || (l.role() == Role.SENTENCE && (t.endsWith("?") || t.endsWith("!")));
        return shape && l.shape().words() >= 2 && l.shape().words() <= 30 && t.length() <= 250 && !t.endsWith(":")
                && l.shape().capShare() > 0 && datelines.at(t).isEmpty();
    }

    /** Short lines that stand more than once on the page: mastheads, repeated headlines, section names. */
    private static Set<String> repeated(List<PageLine> lines) {
        Map<String, Integer> n = new HashMap<>();
        for (PageLine l : lines) {
            if (l.role() == Role.FRAGMENT && l.shape().words() <= 8) n.merge(key(l.text()), 1, Integer::sum);
        }
        Set<String> out = new HashSet<>();
        n.forEach((k, c) -> { if (c > 1) out.add(k); });
        return out;
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static boolean same(String a, String b) { return key(a).equals(key(b)); }

    /**
     * The page's stamps: those on stamp lines outside link lists, each of the kind its form or label gives,
     * else "header" above the headline and "dated" elsewhere; after the article only stamps that say what they are.
     */
    private List<PlacedStamp> stamps(List<PageLine> lines, boolean[] listed, int headerEnd, int start, int end) {
        List<PlacedStamp> out = new ArrayList<>();
        String label = null;
        for (int i = 0; i < lines.size(); i++) {
            PageLine l = lines.get(i);
            if (l.role() == Role.STAMP_LABEL) {
                label = dates.labelOnly(l.text());
                continue;
            }
            if (l.role() == Role.BLANK) continue;
            if (l.role() == Role.STAMP && !listed[i]) {
                for (PublicationStamps.Stamp s : l.stamps()) {
                    String kind = s.kind() != null ? s.kind() : label;
                    if (kind == null && i > end) continue;
                    if (kind == null) kind = i < headerEnd && !TIME.matcher(l.text()).find() ? "header" : "dated";
                    out.add(new PlacedStamp(i, new PublicationStamps.Stamp(s.date(), kind, s.form())));
                }
            }
            label = null;
        }
        return out;
    }

    /** The items of the link lists after the article that a list heading introduces ("Related Stories"). */
    private List<RelatedItem> related(List<PageLine> lines, boolean[] listed, int from) {
        List<RelatedItem> out = new ArrayList<>();
        boolean open = false;
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            PageLine l = lines.get(i);
            if (l.role() == Role.BLANK) continue;
            if (l.role() == Role.END) {
                open = furniture.role(l.text()).map(r -> r.role().equals("list-heading")).orElse(false);
                continue;
            }
            if (!open || !listed[i] || l.role() != Role.FRAGMENT || l.shape().words() < 3) continue;
            Optional<PublicationStamps.Found> d = dates.trailingDate(l.text());
            out.add(d.map(f -> new RelatedItem(l.text().substring(0, f.start()).strip(), f.stamp().date().toString(), null))
                    .orElseGet(() -> new RelatedItem(l.text(), null, null)));
        }
        return out;
    }
}
