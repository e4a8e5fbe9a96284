package org.communique.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the main content of an HTML page by structure and text density, not by one site's class
 * names: every block of prose (long enough, few links) scores for the element it stands in, half for
 * that element's parent and a third for the grandparent; scores are lowered by the link density of the
 * element's text and raised inside an article or main element. The best element, with the siblings
 * that score nearly as well, holds the article; its blocks become lines, a blank line between paragraphs.
 */
final class HtmlMainContent {
    private static final int MIN_PROSE = 25;
    private static final double MAX_LINKS = 0.5;
    private static final double SIBLING_SHARE = 0.3;
    private static final double CONTENT_BONUS = 1.5;

    /**
     * The main content.
     *
     * @param lines its lines, "" between paragraphs
     * @param first the index of its first block among the page's blocks
     */
    record Content(List<String> lines, int first) {}

    private final HtmlConventions html = HtmlConventions.get();

    /** The main content, or all blocks when no prose was found. */
    Content find(List<HtmlBlocks.Block> blocks) {
        Map<Element, Double> score = new HashMap<>();
        for (HtmlBlocks.Block b : blocks) {
            if (b.text().length() < MIN_PROSE || b.linkDensity() > MAX_LINKS) continue;
            double s = 1 + commas(b.text()) + Math.min(3, b.text().length() / 100.0);
            Element e = b.container();
            for (int level = 1; e != null && level <= 3; level++, e = e.parent()) score.merge(e, s / level, Double::sum);
        }
        if (score.isEmpty()) return render(blocks, b -> true);
        Map<Element, long[]> chars = chars(blocks);
        Map<Element, Double> adjusted = new HashMap<>();
        score.forEach((e, s) -> {
            long[] c = chars.get(e);
            double links = c == null || c[0] == 0 ? 0 : (double) c[1] / c[0];
            adjusted.put(e, s * (1 - links) * (inContent(e) ? CONTENT_BONUS : 1));
        });
        Element best = adjusted.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
        // one long paragraph is no article: the article is the element that holds it and its neighbours
        while (best.parent() != null && blocksIn(best, blocks) <= 1) best = best.parent();
        Set<Element> chosen = new java.util.HashSet<>(List.of(best));
        if (best.parent() != null) {
            double bar = adjusted.getOrDefault(best, 0.0) * SIBLING_SHARE;
            for (Element sib : best.parent().children()) {
                if (adjusted.getOrDefault(sib, 0.0) >= bar) chosen.add(sib);
            }
        }
        return render(blocks, b -> within(b.container(), chosen));
    }

    private Content render(List<HtmlBlocks.Block> blocks, java.util.function.Predicate<HtmlBlocks.Block> keep) {
        List<String> out = new ArrayList<>();
        int first = -1;
        for (int i = 0; i < blocks.size(); i++) {
            HtmlBlocks.Block b = blocks.get(i);
            if (!keep.test(b) || (!b.heading() && b.linkDensity() > MAX_LINKS)) continue;
            if (first < 0) first = i;
            out.add(b.text());
            if (b.paragraphEnd()) out.add("");
        }
        return new Content(out, Math.max(first, 0));
    }

    private boolean inContent(Element e) {
        return e.is(html.contentElements) || e.closest(html.contentElements) != null;
    }

    private static boolean within(Element e, Set<Element> chosen) {
        for (Element x = e; x != null; x = x.parent()) {
            if (chosen.contains(x)) return true;
        }
        return false;
    }

    private static int blocksIn(Element e, List<HtmlBlocks.Block> blocks) {
        Set<Element> one = Set.of(e);
        int n = 0;
        for (HtmlBlocks.Block b : blocks) if (within(b.container(), one)) n++;
        return n;
    }

    /** Per element: the characters of text below it and those of them in links. */
    private static Map<Element, long[]> chars(List<HtmlBlocks.Block> blocks) {
        Map<Element, long[]> out = new HashMap<>();
        for (HtmlBlocks.Block b : blocks) {
            for (Element x = b.container(); x != null; x = x.parent()) {
                long[] c = out.computeIfAbsent(x, k -> new long[2]);
                c[0] += b.text().length();
                c[1] += b.linkChars();
            }
        }
        return out;
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == ',') n++;
        return n;
    }
}
