package org.communique.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.communique.Shared;
import org.communique.api.OutputRecord;
import org.communique.api.ExtractionResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Epoch dates in seconds, milliseconds, microseconds and nanoseconds are told apart by magnitude;
 * a date out of range (a huge number, a five-digit year) is a warning and no publication date,
 * never an {@code internal} error (issue 11, case 12).
 */
class PublicationDateTest {
    private static final LocalDate DAY = LocalDate.of(2024, 10, 29);
    private static final long SECONDS = 1_730_160_000L; // 2024-10-29T00:00:00Z

    @TempDir
    Path dir;

    private List<Input.Ok> read(String... dates) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < dates.length; i++) {
            sb.append("{\"id\": \"d").append(i).append("\", \"date\": ").append(dates[i])
                    .append(", \"story_text\": \"Pyongyang (KCNA) -- Kim Jong Un inspected a farm on Sunday.\"}\n");
        }
        Path p = Files.writeString(dir.resolve("dates.jsonl"), sb);
        List<Input.Ok> out = new ArrayList<>();
        new InputReader(List.of(p.toString()), 2_000_000, InputStream::nullInputStream)
                .forEach(in -> out.add(assertInstanceOf(Input.Ok.class, in)));
        return out;
    }

    @Test
    void epochUnitsByMagnitude() throws IOException {
        List<Input.Ok> in = read(Long.toString(SECONDS), Long.toString(SECONDS * 1000), Long.toString(SECONDS * 1_000_000),
                Long.toString(SECONDS * 1_000_000_000), "\"" + SECONDS + "\"", "\"" + SECONDS * 1_000_000 + "\"",
                SECONDS + ".5", "\"20241029\"", "\"2024-10-29T09:30:00+09:00\"", "\"2024-10-29T09:30:00\"");
        for (Input.Ok ok : in) {
            assertEquals(DAY, ok.article().published(), ok.id());
            assertEquals(List.of(), ok.warnings(), ok.id());
        }
    }

    @Test
    void outOfRangeDatesAreAWarningAndNoPublicationDate() throws IOException {
        List<Input.Ok> in = read("123456789012345678901234567890", "-99999999999999999999", "\"+10000-01-01\"",
                "\"99999-12-31T00:00:00Z\"", Long.toString(Long.MAX_VALUE), "1e300", "\"1500-01-01\"");
        for (Input.Ok ok : in) {
            assertNull(ok.article().published(), ok.id());
            assertEquals(1, ok.warnings().size(), ok.id());
            String w = ok.warnings().get(0);
            assertTrue(w.contains("out of range") || w.contains("unreadable date"), w);
        }
        assertTrue(in.get(0).warnings().get(0).contains("out of range"), in.get(0).warnings()::toString);
        assertTrue(in.get(4).warnings().get(0).contains("out of range"), "Long.MAX_VALUE ns is 2262: " + in.get(4).warnings());
    }

    /** Through the extractor: an article dated in microseconds, or far out of range, is extracted. */
    @Test
    void datesThatUsedToBeInternalErrorsAreExtracted() throws IOException {
        for (Input.Ok ok : read(Long.toString(SECONDS * 1_000_000), "\"" + SECONDS * 1_000_000_000 + "\"",
                "987654321987654321987")) {
            OutputRecord r = Shared.extractor().extract(ok.article(), ok.related(), ok.warnings());
            ExtractionResult x = assertInstanceOf(ExtractionResult.class, r);
            assertTrue(x.published() == null || x.published().equals(DAY.toString()), x::toString);
        }
    }
}
