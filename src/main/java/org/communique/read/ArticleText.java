package org.communique.read;

import java.util.List;

/** The article text a reader hands on: lines joined, a blank line between paragraphs. */
final class ArticleText {
    private ArticleText() {}

    /** @param lines the article's lines, an empty string where a paragraph ends */
    static String join(List<String> lines) {
        StringBuilder sb = new StringBuilder();
        boolean para = false;
        for (String l : lines) {
            if (l.isBlank()) { para = sb.length() > 0; continue; }
            if (sb.length() > 0) sb.append(para ? "\n\n" : "\n");
            sb.append(l.strip());
            para = false;
        }
        return sb.toString();
    }
}
