package org.communique.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.communique.Shared;
import org.communique.api.Article;
import org.communique.api.Entity;
import org.communique.api.EntityType;
import org.junit.jupiter.api.Test;

/** Titles stop at the end of the person's sentence, also when a comma or "who is" ends the text. */
class TitleEdgeTest {
    private static Entity person(String text, String name) {
        return Shared.extractor().extract(Article.of("t", text)).entities().stream()
                .filter(e -> e.type() == EntityType.PERSON && e.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aCommaOrWhoIsAtTheEndOfTheTextIsNoTitle() {
        assertEquals(List.of(), person("Kim Jong Un met Choe Son Hui,", "Choe Son Hui").titles());
        assertEquals(List.of(), person("Kim Jong Un met Choe Son Hui, who is", "Choe Son Hui").titles());
    }

    @Test
    void theNextSentenceGivesNoTitle() {
        Entity choe = person("Kim Jong Un met Choe Son Hui,\n\nminister of Foreign Affairs of the DPRK, left.", "Choe Son Hui");
        assertTrue(choe.titles().isEmpty(), choe.titles()::toString);
    }
}
