package org.communique.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins the lines of hard-wrapped text back into paragraphs, so that the block classifier sees
 * paragraphs, not the pieces a saving tool cut at a fixed width. A page is wrapped when most of the
 * lines that reach one width stop mid-sentence with more text below; then each group of lines between
 * blank lines whose lines, but the last, all reach near that width is one paragraph.
 */
final class Unwrapper {
    private static final int MIN_OPEN = 3;
    private static final double FILLED = 0.6;
    private static final Pattern END = Pattern.compile("[.!?:\"”’]$");

    List<String> unwrap(List<String> lines) {
        int width = wrapWidth(lines);
        if (width == 0) return lines;
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).isBlank()) {
                out.add(lines.get(i++));
                continue;
            }
            int j = i;
            while (j + 1 < lines.size() && !lines.get(j + 1).isBlank()) j++;
            boolean filled = true;
            for (int k = i; k < j; k++) filled &= lines.get(k).strip().length() >= width * FILLED;
            if (filled) {
                out.add(String.join(" ", lines.subList(i, j + 1).stream().map(String::strip).toList()));
            } else {
                out.addAll(lines.subList(i, j + 1));
            }
            i = j + 1;
        }
        return out;
    }

    /** The width the page is wrapped at, or 0 when it is not wrapped. */
    static int wrapWidth(List<String> lines) {
        int[] lengths = lines.stream().mapToInt(l -> l.strip().length()).filter(n -> n >= 30).sorted().toArray();
        if (lengths.length < MIN_OPEN) return 0;
        int width = lengths[(int) Math.floor(lengths.length * 0.8)];
        if (width > 160) return 0; // paragraphs on one line each: nothing was wrapped
        int near = 0;
        int open = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (l.length() < width * 0.8 || l.length() > width + 2) continue;
            near++;
            // a wrapped line stops mid-sentence and its paragraph goes on below
            if (!END.matcher(l).find() && i + 1 < lines.size() && !lines.get(i + 1).isBlank()) open++;
        }
        return open >= MIN_OPEN && open * 2 >= near ? width : 0;
    }
}
