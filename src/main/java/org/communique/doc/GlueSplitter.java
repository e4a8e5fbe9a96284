package org.communique.doc;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where the source ran a name into a neighbouring word ("ComradeKim Jong Unfor",
 * "PresidentKim Il Sungwith", "Kim Jong Unexpressed") and says where a space belongs.
 * A cut is made before a Korean surname glued to a lower-case word (or to "H.E."), and after a full
 * name that is known (from the lexicon, or written unglued elsewhere in the same text) when a
 * lower-case word follows it directly. Scans only at case changes, so it costs little per article.
 */
public final class GlueSplitter {
    private final Set<String> surnames;
    private final Set<String> knownNames;

    public GlueSplitter(Set<String> koreanSurnames, Set<String> knownNames) {
        this.surnames = koreanSurnames;
        this.knownNames = knownNames;
    }

    private static final Pattern THREE = Pattern.compile("\\b([A-Z][a-z]{0,3}) ([A-Z][a-z]+) ([A-Z][a-z]+)(?![a-z])");
    /** " Given Given" after a surname. */
    private static final Pattern GIVEN = Pattern.compile(" [A-Z][a-z]+ [A-Z][a-z]+");

    /** Appends the split form of {@code s} to {@code sb}, recording the offsets of inserted spaces. */
    void split(String s, StringBuilder sb, List<Integer> ins) {
        // names of this text written unglued somewhere, besides the known ones
        Set<String> names = new LinkedHashSet<>();
        Matcher m = THREE.matcher(s);
        while (m.find()) {
            if (surnames.contains(m.group(1)) && !knownNames.contains(m.group())) names.add(m.group());
        }
        TreeSet<Integer> cuts = new TreeSet<>();
        Matcher given = GIVEN.matcher(s);
        for (int i = 1; i < s.length(); i++) {
            if (!Character.isUpperCase(s.charAt(i)) || !gluedBefore(s, i)) continue;
            int e = i;
            while (e < s.length() && Character.isLetter(s.charAt(e)) && e - i < 5) e++;
            // the surname may itself be followed by glued letters: try each prefix
            for (int k = i + 1; k <= e; k++) {
                if (surnames.contains(s.substring(i, k)) && given.region(k, s.length()).lookingAt()) {
                    cuts.add(i);
                    break;
                }
            }
        }
        for (String n : com.google.common.collect.Iterables.concat(knownNames, names)) {
            if (n.indexOf(' ') < 0 || !s.contains(n)) continue;
            for (int at = s.indexOf(n); at >= 0; at = s.indexOf(n, at + 1)) {
                int end = at + n.length();
                boolean lowerRun = end + 1 < s.length() && Character.isLowerCase(s.charAt(end))
                        && Character.isLowerCase(s.charAt(end + 1));
                boolean capital = end + 1 < s.length() && Character.isUpperCase(s.charAt(end))
                        && Character.isLowerCase(s.charAt(end + 1)); // "Kim Il SungUniversity"
                if (lowerRun || capital) {
                    cuts.add(end);
                }
            }
        }
        // "Ko Kyong Chan-led Hero Workteam", "U.S.-led": the leader's name is a name of its own
        Matcher led = LED.matcher(s);
        while (led.find()) cuts.add(led.start(1));
        int last = 0;
        for (int cut : cuts) {
            sb.append(s, last, cut);
            ins.add(sb.length());
            sb.append(' ');
            last = cut;
        }
        sb.append(s, last, s.length());
    }

    private static final Pattern LED = Pattern.compile("\\b[A-Z][A-Za-z.]*(-(?:led|headed|run|backed|sponsored|made)\\b)");

    /** A lower-case letter or the honorific "H.E."/"HE" directly before position i. */
    private static boolean gluedBefore(String s, int i) {
        char p = s.charAt(i - 1);
        if (Character.isLowerCase(p)) return true;
        return s.startsWith("H.E.", i - 4) && (i == 4 || !Character.isLetter(s.charAt(i - 5)))
                || s.startsWith("HE", i - 2) && (i == 2 || !Character.isLetter(s.charAt(i - 3)));
    }
}
