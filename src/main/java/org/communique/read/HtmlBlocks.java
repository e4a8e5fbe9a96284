package org.communique.read;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The text of an HTML tree as blocks: each run of text between block elements ({@code p}, {@code div},
 * {@code td}, ...) or line breaks is one block, with the share of it that is link text and the element
 * it stands in. Two line breaks in a row end a paragraph, as on the table layouts of older sites.
 */
final class HtmlBlocks {
    /**
     * One block of text.
     *
     * @param container    the nearest block element around the text
     * @param paragraphEnd a paragraph ends after it (an element ends, or two line breaks follow)
     */
    record Block(String text, int linkChars, Element container, boolean heading, boolean paragraphEnd) {
        double linkDensity() { return text.isEmpty() ? 0 : (double) linkChars / text.length(); }
    }

    private final HtmlConventions html = HtmlConventions.get();

    List<Block> of(Element root) {
        Walk w = new Walk();
        w.visit(root, root);
        w.flush(root, true);
        return w.out;
    }

    private final class Walk {
        final List<Block> out = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        int links;
        int breaks;

        void visit(Node n, Element container) {
            if (n instanceof TextNode t) {
                String s = t.text().replace('\u00a0', ' ');
                if (s.isBlank()) {
                    if (text.length() > 0 && !s.isEmpty()) text.append(' ');
                    return;
                }
                breaks = 0;
                if (text.length() > 0 && Character.isWhitespace(s.charAt(0))) text.append(' ');
                String st = s.strip();
                text.append(st);
                if (t.parent() != null && t.parent().closest("a") != null) links += st.length();
                if (Character.isWhitespace(s.charAt(s.length() - 1))) text.append(' ');
                return;
            }
            if (!(n instanceof Element e)) return;
            if (e.normalName().equals("br")) {
                breaks++;
                flush(container, breaks >= 2);
                return;
            }
            boolean block = html.blocks.contains(e.normalName());
            if (block) flush(container, true);
            Element inner = block ? e : container;
            for (Node c : e.childNodes()) visit(c, inner);
            if (block) flush(inner, true);
        }

        /** The last block ends a paragraph (a second line break in a row). */
        void mark() {
            Block b = out.get(out.size() - 1);
            out.set(out.size() - 1, new Block(b.text(), b.linkChars(), b.container(), b.heading(), true));
        }

        void flush(Element container, boolean paragraphEnd) {
            String s = text.toString().replaceAll("\\s+", " ").strip();
            if (!s.isEmpty()) {
                boolean heading = container.normalName().matches("h[1-6]");
                out.add(new Block(s, Math.min(links, s.length()), container, heading, paragraphEnd || heading));
            } else if (paragraphEnd && !out.isEmpty() && !out.get(out.size() - 1).paragraphEnd()) {
                mark();
            }
            text.setLength(0);
            links = 0;
        }
    }
}
