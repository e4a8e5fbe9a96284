package org.communique;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.communique.api.Article;
import org.communique.api.ErrorRecord;
import org.communique.api.ExtractionException;
import org.communique.api.ExtractionResult;
import org.communique.api.OutputRecord;
import org.communique.read.PageParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The builder's per-article time budget (issue 12): the batch's CPU-time budget, in the library. */
class ExtractorTimeoutTest {
    private static Article seed;
    /** The seed's text ten times: far more work than a watchdog tick, however warm the JVM. */
    private static Article tenfold;

    @BeforeAll
    static void read() throws Exception {
        String page = Files.readString(Path.of("samples/seed-000.txt"), StandardCharsets.UTF_8);
        seed = new PageParser().parse("seed-000", page).article();
        tenfold = new Article("seed-x10", seed.title(), String.join("\n\n", Collections.nCopies(10, seed.text())),
                seed.published(), seed.source(), seed.section(), seed.url());
    }

    @Test
    void anArticleOverATinyBudgetIsATimeout() {
        Extractor tight = Extractor.builder().threads(1).timeout(Duration.ofMillis(1)).build();
        ExtractionException e = assertThrows(ExtractionException.class, () -> tight.extract(tenfold));
        assertEquals("timeout", e.kind());
        assertFalse(Thread.currentThread().isInterrupted(), "the budget's interrupt stays with the article");

        List<OutputRecord> records = tight.extractAll(List.of(tenfold));
        ErrorRecord r = assertInstanceOf(ErrorRecord.class, records.get(0));
        assertEquals("timeout", r.error().kind());
        assertTrue(r.error().message().contains("1 ms"), r.error().message());
    }

    @Test
    void theDefaultHasNoBudget() {
        OutputRecord r = Shared.extractor().extractOrError(seed);
        assertInstanceOf(ExtractionResult.class, r, r::toString);
    }

    @Test
    void aGenerousBudgetChangesNothing() {
        Extractor roomy = Extractor.builder().threads(1).timeout(Duration.ofMinutes(5)).build();
        assertEquals(Shared.extractor().extract(seed), roomy.extract(seed));
    }

    @Test
    void theBudgetMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> Extractor.builder().timeout(Duration.ZERO));
    }
}
