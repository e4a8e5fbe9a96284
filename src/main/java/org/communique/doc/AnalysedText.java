package org.communique.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.communique.api.Mention;

/**
 * The string CoreNLP analyses: headline, a blank line, body, with spaces inserted where the source
 * glued a name to the next word ("PresidentKim Il Sungwith"). Keeps the map back to the offsets
 * of the article as read, so that every output offset points into {@code Article.text()} (or the
 * title for headline mentions).
 */
public final class AnalysedText {
    private final String string;
    private final Section title;
    private final Section body;
    /** For each inserted space, its offset in {@link #string}; sorted. */
    private final int[] insertions;

    private AnalysedText(String string, Section title, Section body, int[] insertions) {
        this.string = string;
        this.title = title;
        this.body = body;
        this.insertions = insertions;
    }

    public String string() { return string; }
    public Section title() { return title; }
    public Section body() { return body; }

    /**
     * Builds the analysed text.
     *
     * @param headline the article's title, or null
     * @param body     the body as read
     * @param glue     the splitter of glued names (knows the names)
     */
    public static AnalysedText of(String headline, String body, GlueSplitter glue) {
        StringBuilder sb = new StringBuilder();
        List<Integer> ins = new ArrayList<>();
        Section t;
        if (headline != null && !headline.isBlank()) {
            glue.split(hyphens(headline), sb, ins);
            t = new Section("title", 0, sb.length());
            sb.append("\n\n");
        } else {
            t = new Section("title", 0, 0);
        }
        int bodyStart = sb.length();
        glue.split(hyphens(body), sb, ins);
        return new AnalysedText(sb.toString(), t, new Section("body", bodyStart, sb.length()),
                ins.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * "Aalam－Party of Non－Parties": the full-width and Unicode hyphens some copy uses are read as "-",
     * which the tokenizer keeps inside a word; one character for one, so offsets stay.
     */
    private static String hyphens(String s) {
        return s.replace('\uFF0D', '-').replace('\u2010', '-').replace('\u2011', '-');
    }

    private int inserted(int from, int to) {
        int n = 0;
        for (int i : insertions) {
            if (i >= from && i < to) n++;
        }
        return n;
    }

    /** Offset in the original section (body or title) of an analysed-text offset. */
    public int original(int offset) {
        Section s = title.contains(offset) || (offset == title.end() && title.end() > 0 && offset < body.start())
                ? title : body;
        return offset - s.start() - inserted(s.start(), offset);
    }

    /** A mention of [start, end) of the analysed text, with offsets into the article as read. */
    public Mention mention(int start, int end, String original) {
        boolean inTitle = title.contains(start);
        return new Mention(original(start), original(end), original, inTitle ? Mention.TITLE : null);
    }

    /** The original text of [start, end): the analysed text without the spaces we inserted. */
    public String originalText(int start, int end) {
        if (inserted(start, end) == 0) return string.substring(start, end);
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (java.util.Arrays.binarySearch(insertions, i) < 0) sb.append(string.charAt(i));
        }
        return sb.toString();
    }

    /** Collapses runs of white space, for names and titles written across line breaks. */
    public static String squash(String s) {
        return WS.matcher(s.trim()).replaceAll(" ");
    }

    private static final Pattern WS = Pattern.compile("\\s+");
}
