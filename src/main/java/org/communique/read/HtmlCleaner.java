package org.communique.read;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Drops what is never article text from an HTML page before its main content is looked for: scripts,
 * styles, forms, navigation, sidebars, footers, captions, and elements whose ARIA role or class and id
 * name furniture ({@link HtmlConventions}). An element named as furniture that holds most of the page's
 * paragraph text stays: a name cannot outweigh the text.
 */
final class HtmlCleaner {
    private final HtmlConventions html = HtmlConventions.get();

    void clean(Document doc) {
        Element body = doc.body();
        int paragraphs = textOf(body);
        List<Element> gone = new ArrayList<>();
        collect(body, paragraphs, gone);
        gone.forEach(Element::remove);
    }

    /** The elements to drop below e, outermost only. */
    private void collect(Element e, int paragraphs, List<Element> gone) {
        for (Element c : e.children()) {
            if (drops(c, paragraphs)) gone.add(c);
            else collect(c, paragraphs, gone);
        }
    }

    private boolean drops(Element e, int paragraphs) {
        String tag = e.normalName();
        if (html.drop.contains(tag)) return true;
        if (html.dropOutside.contains(tag) && e.closest("article, main") == null) return true;
        if (html.dropRoles.contains(e.attr("role").toLowerCase(java.util.Locale.ROOT))) return true;
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equals("true")
                || e.attr("style").replace(" ", "").toLowerCase(java.util.Locale.ROOT).contains("display:none")) return true;
        if (tag.equals("article") || tag.equals("main") || !html.furnitureByName(e)) return false;
        return paragraphs == 0 || textOf(e) * 2 < paragraphs;
    }

    /** Characters of paragraph-like text below an element. */
    private static int textOf(Element e) {
        int n = 0;
        for (Element p : e.select("p, td, li, blockquote")) n += p.ownText().length();
        return n;
    }
}
