package org.communique.registry;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.communique.lexicon.ModelJson;

/**
 * Rewrite rules read from a model file of {@code models/registry}: one rule a line,
 * {@code pattern<TAB>replacement<TAB>example<TAB>normalised}, applied in file order to a name already
 * in its basic form ({@link PhraseForm}). The example and its normalised form document the rule, and a
 * test checks each.
 */
final class PhraseRules {
    /** One rule with the example that shows it. */
    record Rule(Pattern pattern, String replacement, String example, String normalised) {}

    private final List<Rule> rules;

    private PhraseRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** @param resource a classpath path, {@code /models/registry/offices.tsv} */
    static PhraseRules load(String resource) {
        List<Rule> rules = new ArrayList<>();
        for (String line : ModelJson.lines(resource)) {
            String[] c = line.split("\t");
            if (c.length != 4) {
                throw new IllegalStateException(resource + ": a rule has 4 columns separated by tabs, not: " + line);
            }
            try {
                rules.add(new Rule(Pattern.compile(c[0]), c[1], c[2], c[3]));
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException(resource + ": bad pattern " + c[0] + ": " + e.getDescription());
            }
        }
        return new PhraseRules(rules);
    }

    List<Rule> rules() { return rules; }

    String apply(String text) {
        String s = text;
        for (Rule r : rules) s = r.pattern().matcher(s).replaceAll(r.replacement());
        return s.replaceAll("\\s+", " ").strip();
    }
}
