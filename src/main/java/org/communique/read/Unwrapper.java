package org.communique.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Joins the lines of hard-wrapped text back into paragraphs, so that the block classifier sees
 * paragraphs, not the pieces a saving tool cut at a fixed width. A page is wrapped when most of its
 * long lines end near one width; a line that reaches it continues on the next line.
 */
final class Unwrapper {
    private static final int MIN_LINES = 4;
    private static final java.util.regex.Pattern END = java.util.regex.Pattern.compile("[.!?:\"”’]$");

    List<String> unwrap(List<String> lines) {
        int width = wrapWidth(lines);
        if (width == 0) return lines;
        List<String> out = new ArrayList<>();
        StringBuilder para = null;
        for (String raw : lines) {
            String l = raw.strip();
            if (para != null && !l.isEmpty()) {
                para.append(' ').append(l);
            } else {
                if (para != null) out.add(para.toString());
                para = null;
                if (l.isEmpty()) {
                    out.add("");
                    continue;
                }
                para = new StringBuilder(l);
            }
            if (raw.stripTrailing().length() < width * 0.7) {
                out.add(para.toString());
                para = null;
            }
        }
        if (para != null) out.add(para.toString());
        return out;
    }

    /** The width the page is wrapped at, or 0 when it is not wrapped. */
    static int wrapWidth(List<String> lines) {
        int[] lengths = lines.stream().mapToInt(l -> l.stripTrailing().length()).filter(n -> n >= 30).sorted().toArray();
        if (lengths.length < MIN_LINES) return 0;
        int width = lengths[(int) Math.floor(lengths.length * 0.8)];
        if (width > 160) return 0; // paragraphs on one line each: nothing was wrapped
        long near = Arrays.stream(lengths).filter(n -> n >= width * 0.8 && n <= width + 2).count();
        // wrapped lines stop mid-sentence; one-line paragraphs of similar length end theirs
        long open = lines.stream().map(String::strip).filter(l -> l.length() >= width * 0.8 && l.length() <= width + 2)
                .filter(l -> !END.matcher(l).find()).count();
        return near * 2 >= lengths.length && open * 5 >= near * 3 ? width : 0;
    }
}
