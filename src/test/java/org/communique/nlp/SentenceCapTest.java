package org.communique.nlp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.communique.Extractor;
import org.communique.Shared;
import org.communique.api.Article;
import org.communique.api.Entity;
import org.communique.api.EntityType;
import org.junit.jupiter.api.Test;

/** A sentence far over the cap is cut into pieces that are all tagged, not skipped. */
class SentenceCapTest {
    @Test
    void namesDeepInAnEndlessSentenceAreStillFound() {
        StringBuilder sb = new StringBuilder("The delegation toured");
        for (int i = 0; i < 8 * Extractor.DEFAULT_MAX_SENTENCE_TOKENS; i++) sb.append(i % 7 == 0 ? " farms," : " farms");
        int at = sb.length() + 1;
        sb.append(" and Choe Ryong Hae met Sergei Lavrov in Pyongyang");
        for (int i = 0; i < 300; i++) sb.append(" and fields");
        var r = Shared.extractor().extract(Article.of("long", sb.append('.').toString()));
        Entity choe = r.entities().stream().filter(e -> e.name().equals("Choe Ryong Hae")).findFirst().orElseThrow();
        assertTrue(choe.mentions().get(0).start() > at);
        assertTrue(r.entities().stream().anyMatch(e -> e.type() == EntityType.PERSON && e.name().equals("Sergei Lavrov")),
                "the tagger ran on the piece: " + r.entities());
    }
}
