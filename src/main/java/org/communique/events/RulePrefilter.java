package org.communique.events;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence must hold for a rule's trigger pattern to match it: a word for every node the
 * pattern requires (not under a negated relation, not one choice among alternatives), with that
 * node's lemma and tag. The parser costs several times the tagging; most sentences of a report hold
 * some trigger word ("say", "hold"), few hold all a rule needs, so only those are parsed.
 */
final class RulePrefilter {
    /** A required node: the lemma pattern and, where the rule gives one, the tag pattern. */
    private record Node(Pattern lemma, Pattern tag) {
        boolean matches(CoreLabel l) {
            String lemma = l.lemma() == null ? l.word() : l.lemma();
            return this.lemma.matcher(lemma).matches() && (tag == null || l.tag() != null && tag.matcher(l.tag()).matches());
        }
    }

    private static final Pattern LEMMA = Pattern.compile("lemma:(?:/([^/]+)/|([\\w-]+))");
    private static final Pattern TAG = Pattern.compile("tag:(?:/([^/]+)/|([\\w$]+))");

    private final List<Node> required;

    private RulePrefilter(List<Node> required) {
        this.required = List.copyOf(required);
    }

    /** The prefilter of a trigger pattern, its word lists already expanded. */
    static RulePrefilter of(String pattern) {
        List<Node> nodes = new ArrayList<>();
        int alternatives = 0;
        boolean regex = false;
        List<Boolean> negatedGroups = new ArrayList<>();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '/') { regex = !regex; continue; }
            if (regex) continue;
            if (c == '[') alternatives++;
            else if (c == ']') alternatives--;
            else if (c == '(') negatedGroups.add(negatedBefore(pattern, i) || negatedGroups.contains(true));
            else if (c == ')' && !negatedGroups.isEmpty()) negatedGroups.remove(negatedGroups.size() - 1);
            else if (c == '{') {
                int end = nodeEnd(pattern, i);
                boolean negated = negatedBefore(pattern, i) || negatedGroups.contains(true);
                if (alternatives == 0 && !negated) {
                    Node n = node(pattern.substring(i, end + 1));
                    if (n != null) nodes.add(n);
                }
                i = end;
            }
        }
        return new RulePrefilter(nodes);
    }

    /** True when every node the rule requires has a word of the sentence. */
    boolean mayMatch(List<CoreLabel> sentence) {
        for (Node n : required) {
            if (sentence.stream().noneMatch(n::matches)) return false;
        }
        return true;
    }

    private static Node node(String text) {
        Matcher l = LEMMA.matcher(text);
        if (!l.find()) return null;
        Matcher t = TAG.matcher(text);
        Pattern tag = t.find() ? Pattern.compile(t.group(1) != null ? t.group(1) : t.group(2)) : null;
        return new Node(Pattern.compile(l.group(1) != null ? l.group(1) : l.group(2)), tag);
    }

    /** The end of the node description opened at {@code from} (regexes inside may hold braces). */
    private static int nodeEnd(String p, int from) {
        boolean regex = false;
        for (int i = from + 1; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '/') regex = !regex;
            else if (c == '}' && !regex) return i;
        }
        return p.length() - 1;
    }

    /** True when the relation just before position {@code at} is negated ("!>obj {...}"). */
    private static boolean negatedBefore(String p, int at) {
        int i = at - 1;
        while (i >= 0 && p.charAt(i) == ' ') i--;
        // back over the relation: ">obj", "</nsubj:pass|obj/", ">>"
        int end = i;
        if (i >= 0 && p.charAt(i) == '/') {
            i--;
            while (i >= 0 && p.charAt(i) != '/') i--;
            i--;
        } else {
            while (i >= 0 && (Character.isLetterOrDigit(p.charAt(i)) || p.charAt(i) == ':' || p.charAt(i) == '_')) i--;
        }
        while (i >= 0 && (p.charAt(i) == '>' || p.charAt(i) == '<')) i--;
        return i >= 0 && i < end && p.charAt(i) == '!';
    }
}
