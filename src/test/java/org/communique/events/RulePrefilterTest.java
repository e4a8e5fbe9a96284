package org.communique.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser's prefilter asks for every word a pattern requires, but not for alternatives or what it forbids. */
class RulePrefilterTest {
    private static List<CoreLabel> sentence(String... lemmaTag) {
        List<CoreLabel> out = new ArrayList<>();
        for (String lt : lemmaTag) {
            String[] p = lt.split("/");
            CoreLabel l = new CoreLabel();
            l.setWord(p[0]);
            l.setLemma(p[0]);
            l.setTag(p[1]);
            out.add(l);
        }
        return out;
    }

    @Test
    void everyRequiredWordWithItsTag() {
        RulePrefilter f = RulePrefilter.of("{lemma:/sign|conclude/;tag:/VB.*/}=trigger >/obj|nsubj:pass/ {lemma:/agreement|treaty/}");
        assertTrue(f.mayMatch(sentence("they/PRP", "sign/VBD", "the/DT", "agreement/NN")));
        assertFalse(f.mayMatch(sentence("they/PRP", "sign/VBD", "the/DT", "letter/NN")), "no document word");
        assertFalse(f.mayMatch(sentence("the/DT", "sign/NN", "agreement/NN")), "the trigger must be a verb");
    }

    @Test
    void alternativesAndNegatedNodesAreNotRequired() {
        RulePrefilter f = RulePrefilter.of("{lemma:/leave/;tag:/VB.*/}=trigger [>/obl:for/ {} | >advmod {lemma:/here|home/}] "
                + "!>obj {lemma:/job|post/}");
        assertTrue(f.mayMatch(sentence("he/PRP", "leave/VBD", "for/IN", "Moscow/NNP")));
    }
}
