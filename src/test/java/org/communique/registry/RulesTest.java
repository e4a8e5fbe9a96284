package org.communique.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every rule of models/registry has an example, and the example gives its documented key. */
class RulesTest {
    private final PhraseForm form = new PhraseForm();

    @Test
    void everyOrganizationRuleExample() {
        assertFalse(form.organizationRules().rules().isEmpty());
        for (PhraseRules.Rule r : form.organizationRules().rules()) {
            assertEquals(r.normalised(), form.organization(r.example()), () -> "rule " + r.pattern());
        }
    }

    @Test
    void everyOfficeRuleExample() {
        assertFalse(form.officeRules().rules().isEmpty());
        for (PhraseRules.Rule r : form.officeRules().rules()) {
            assertEquals(r.normalised(), form.office(r.example()), () -> "rule " + r.pattern());
        }
    }

    @Test
    void oneOfficeWrittenThreeWays() {
        List<String> titles = List.of("foreign minister of the DPRK",
                "Minister of Foreign Affairs of the Democratic People's Republic of Korea", "DPRK Foreign Minister",
                "North Korea's Foreign Minister", "North Korean Foreign Minister");
        for (String t : titles) assertEquals("foreign minister of #prk", form.office(t), t);
        assertEquals(form.organization("DPRK Foreign Ministry"),
                form.organization("Foreign Ministry of the Democratic People’s Republic of Korea"));
    }

    @Test
    void aBareTitleIsAnOfficeOfItsHoldersCountry() {
        assertEquals(form.office("foreign minister of the DPRK"), form.office("Foreign Minister", "PRK"));
        assertEquals(form.office("president of the Russian Federation"), form.office("President", "RUS"));
        assertEquals(form.office("president of the State Affairs of the DPRK"),
                form.office("President of the State Affairs", "PRK"));
        assertEquals("secretary of central committee of workers' party of #prk",
                form.office("secretary of the C.C., WPK", "CHN"));
        assertEquals("president", form.office("President", null));
    }

    @Test
    void romanisationsOfOneName() {
        assertEquals("choe son hui", NameKey.of("Choe Son-hui"));
        assertEquals("choe son hui", NameKey.of("CHOE SON HUI"));
        assertEquals("choe son hui", NameKey.of(" Choe  Son Hui "));
    }
}
