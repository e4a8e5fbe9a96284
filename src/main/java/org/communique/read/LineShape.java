package org.communique.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communique.lexicon.ModelJson;

/**
 * What a line of text looks like, the evidence of the block classifier: running prose has many words,
 * ends its sentences and is about one third function words; headlines, menus and link lists are short,
 * unpunctuated and title-cased.
 *
 * @param words     words in the line
 * @param sentence  it ends with sentence punctuation, or holds a sentence end inside ("... Kursk. Ukraine earl")
 * @param stopShare share of English function words among its words
 * @param capShare  share of capitalised words among its words other than function words
 */
public record LineShape(int words, boolean sentence, double stopShare, double capShare) {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
    private static final Pattern END = Pattern.compile("[.!?…:;][\"'”’)\\]]*$");
    private static final Pattern INNER_END = Pattern.compile("[a-z)][.!?][\"”’]?\\s+[A-Z\"“]");
    private static final Set<String> STOP = Set.copyOf(ModelJson.lines("/models/read/stopwords.txt"));

    public static LineShape of(String line) {
        List<String> w = words(line);
        int stop = 0;
        int caps = 0;
        int content = 0;
        for (String x : w) {
            if (STOP.contains(x.toLowerCase(Locale.ROOT))) {
                stop++;
            } else {
                content++;
                if (Character.isUpperCase(x.codePointAt(0))) caps++;
            }
        }
        String t = line.strip();
        boolean sentence = END.matcher(t).find() || (w.size() >= 8 && INNER_END.matcher(t).find());
        return new LineShape(w.size(), sentence, w.isEmpty() ? 0 : (double) stop / w.size(),
                content == 0 ? 0 : (double) caps / content);
    }

    /** Running prose: a sentence of eight words or more, or a long line of function-word-rich text. */
    public boolean prose() {
        return (sentence && words >= 8) || (words >= 20 && stopShare >= 0.3);
    }

    static List<String> words(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(line);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** The content words of a line, lower-cased, plural and possessive endings off: what topics share. */
    static Set<String> contentWords(String line) {
        Set<String> out = new java.util.HashSet<>();
        for (String x : words(line)) {
            String w = x.toLowerCase(Locale.ROOT).replaceAll("['’]s?$", "").replaceAll("[.-]+$", "");
            if (w.length() < 3 || STOP.contains(w) || !Character.isLetter(w.charAt(0))) continue;
            if (w.endsWith("s") && w.length() > 3) w = w.substring(0, w.length() - 1);
            out.add(w);
        }
        return out;
    }
}
