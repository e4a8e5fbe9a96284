package org.communique.doc;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds where the source ran a name into a neighbouring word ("ComradeKim Jong Unfor",
 * "PresidentKim Il Sungwith", "Kim Jong Unexpressed") and says where a space belongs.
 * A cut is made before a Korean surname glued to a lower-case word, and after a full name that
 * is known (from the lexicon, or written unglued elsewhere in the same text) when a lower-case
 * word follows it directly.
 */
public final class GlueSplitter {
    private final Set<String> surnames;
    private final Set<String> knownNames;
    private final Pattern before;

    public GlueSplitter(Set<String> koreanSurnames, Set<String> knownNames) {
        this.surnames = koreanSurnames;
        this.knownNames = knownNames;
        String alt = koreanSurnames.stream().filter(s -> s.length() > 1)
                .sorted((a, b) -> b.length() - a.length()).map(Pattern::quote).collect(Collectors.joining("|"));
        // a lower-case letter or "H.E." directly followed by "Surname Given Given"
        this.before = Pattern.compile("(?<=[a-z]|\\bH\\.E\\.|\\bHE)(?=(?:" + alt + ") [A-Z][a-z]+ [A-Z][a-z]+)");
    }

    private static final Pattern THREE = Pattern.compile("\\b([A-Z][a-z]{0,3}) ([A-Z][a-z]+) ([A-Z][a-z]+)(?![a-z])");

    /** Appends the split form of {@code s} to {@code sb}, recording the offsets of inserted spaces. */
    void split(String s, StringBuilder sb, List<Integer> ins) {
        Set<String> names = new LinkedHashSet<>(knownNames);
        Matcher m = THREE.matcher(s);
        while (m.find()) {
            if (surnames.contains(m.group(1))) names.add(m.group());
        }
        StringBuilder cutsRegex = new StringBuilder(before.pattern());
        String after = names.stream().filter(n -> n.indexOf(' ') > 0).map(Pattern::quote)
                .collect(Collectors.joining("|"));
        if (!after.isEmpty()) {
            // "Kim Jong Unexpressed": cut after a full name when a lower-case run follows it
            cutsRegex.append("|(?<=(?:").append(after).append("))(?=[a-z]{2,})");
        }
        Pattern cuts = Pattern.compile(cutsRegex.toString());
        AnalysedText.appendWithSpaces(s, sb, ins, cuts.matcher(s));
    }
}
