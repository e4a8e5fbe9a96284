package org.communique;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.communique.api.Article;
import org.communique.api.Entity;
import org.communique.api.Event;
import org.communique.api.ExtractionResult;
import org.communique.output.JsonLines;
import org.junit.jupiter.api.Test;

/** Compiles and runs the library example of README.md ("Use as a library"); keep the two identical. */
class ReadmeExampleTest {
    static void example(PrintStream out) {
        // --- README example starts
        Extractor extractor = Extractor.create();   // loads the models once; thread-safe, reuse it
        Article article = new Article("kcna-1", "DPRK Foreign Minister Leaves for Russia",
                "Pyongyang, October 29 (KCNA) -- Choe Son Hui, minister of Foreign Affairs of the DPRK, "
                        + "left here on Tuesday for an official visit to the Russian Federation.",
                LocalDate.of(2024, 10, 29), "KCNA", null);
        ExtractionResult result = extractor.extract(article);
        for (Entity e : result.entities()) {
            out.println(e.type() + " " + e.name() + " " + (e.titles() == null ? "" : e.titles()));
        }
        for (Event ev : result.events()) {
            out.println(ev.type() + " " + ev.date() + " (rule " + ev.rule() + ")");
        }
        out.println(JsonLines.line(result));        // the record as one line of JSON
        // --- README example ends
    }

    @Test
    void theReadmeExampleRuns() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        example(new PrintStream(buf, true, StandardCharsets.UTF_8));
        String out = buf.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("PERSON Choe Son Hui [minister of Foreign Affairs of the DPRK]"), out);
        assertTrue(out.contains("VISIT 2024-10-29"), out);
        assertTrue(out.contains("\"published\":\"2024-10-29\""), out);
        // the text_hash of the README's output example: SHA-256 of the article text
        assertTrue(out.contains("\"text_hash\":\"3208b4f680bebdee16ab7b6a0ccfcf4dd73c84f24f870ccf285792463c3ce2b2\","
                + "\"duplicate_of\":null"), out);
    }
}
