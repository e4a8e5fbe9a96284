package org.communique;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.communique.api.Article;
import org.communique.api.ExtractionResult;
import org.communique.api.OutputRecord;
import org.junit.jupiter.api.Test;

/** extractAll(Stream) takes articles as records are consumed: an endless stream works, in input order. */
class ExtractAllStreamTest {
    @Test
    void anEndlessStreamIsExtractedInOrderAndBounded() {
        AtomicInteger taken = new AtomicInteger();
        AtomicBoolean closed = new AtomicBoolean();
        Stream<Article> endless = Stream.generate(() -> new Article("a" + taken.incrementAndGet(), null,
                "Talks were held in Pyongyang on Monday.", null, null, null)).onClose(() -> closed.set(true));
        List<OutputRecord> first;
        try (Stream<OutputRecord> records = Shared.extractor().extractAll(endless)) {
            first = records.limit(5).toList();
        }
        assertEquals(List.of("a1", "a2", "a3", "a4", "a5"), first.stream().map(OutputRecord::id).toList());
        assertTrue(first.stream().allMatch(r -> r instanceof ExtractionResult), first::toString);
        // 2 threads: at most 2 × 2 articles ahead of the last record returned
        assertTrue(taken.get() <= 5 + 4, () -> "taken " + taken.get());
        assertTrue(closed.get(), "closing the records closes the articles");
    }

    @Test
    void aFiniteStreamGivesOneRecordPerArticle() {
        List<Article> articles = List.of(new Article("x", null, "Talks were held.", null, null, null),
                new Article("y", null, "", null, null, null), new Article("z", null, "A meeting took place.", null, null, null));
        assertEquals(List.of("x", "y", "z"), Shared.extractor().extractAll(articles.stream()).map(OutputRecord::id).toList());
    }
}
