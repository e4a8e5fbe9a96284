package org.communique.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.communique.doc.Datelines;
import org.junit.jupiter.api.Test;

/** Every example of the reading conventions in models/read reads as its entry says. */
class ReadingConventionsTest {
    private final PublicationStamps stamps = PublicationStamps.get();

    @Test
    void everyStampFormReadsItsExample() {
        for (PublicationStamps.Form f : stamps.forms()) {
            LocalDate got = f.prefix()
                    ? stamps.prefix(f.example()).map(p -> p.stamp().date()).orElse(null)
                    : stamps.dates(f.example()).stream().filter(d -> d.stamp().form().equals(f.id())).findFirst()
                            .map(d -> d.stamp().date()).orElse(null);
            assertEquals(f.date(), got, f.id() + ": " + f.example());
        }
    }

    @Test
    void stampLinesAndTheirKinds() {
        assertEquals("published", stamps.stampLine("Written: 2024-01-30 09:47:14Updated: 2024-01-30 09:54:46", null).get(0).kind());
        assertEquals("updated", stamps.stampLine("Written: 2024-01-30 09:47:14Updated: 2024-01-30 09:54:46", null).get(1).kind());
        assertEquals("issue", stamps.stampLine("Politics 2024.4.15.", null).get(0).kind());
        assertEquals(LocalDate.of(2017, 2, 1), stamps.stampLine("calendar>>February 1. 2017 Juche 106", null).get(0).date());
        assertEquals(LocalDate.of(2011, 9, 22), stamps.stampLine("Thu, 09/22/2011 - 11:20", null).get(0).date(),
                "month first, as the American CMS writes it");
        assertEquals(LocalDate.of(2025, 3, 16), stamps.stampLine("Published: 16 Mar. 2025, 14:37", null).get(0).date());
        assertTrue(stamps.stampLine("DPRK delegation leaves Pyongyang for China visit 2016-05-31 15:01", null).isEmpty(),
                "a list item with a date is no stamp line");
        assertTrue(stamps.stampLine("On October 12, 2017, Russia and North Korea will mark the anniversary.", null).isEmpty());
        assertEquals("updated", stamps.labelOnly("Updated"));
        assertEquals(7, stamps.dates("Monday, 05/07/2018").get(0).stamp().date().getDayOfMonth(), "the weekday decides the order");
    }

    @Test
    void everyDatelineConventionReadsItsExample() {
        for (Datelines.Convention c : Datelines.get().conventions()) {
            JsonNode ex = c.example();
            Optional<Datelines.Found> f = Datelines.get().at(ex.get("example").asText());
            assertTrue(f.isPresent(), c.id());
            assertEquals(c.id(), f.get().convention(), "the first convention to read " + ex.get("example"));
            assertEquals(ex.get("place").asText(), f.get().place(), c.id());
            assertEquals(ex.path("month").asInt(0), f.get().month() == null ? 0 : f.get().month().getValue(), c.id());
            assertEquals(ex.path("day").asInt(0), f.get().day(), c.id());
            assertEquals(ex.path("year").asInt(0), f.get().year(), c.id());
            assertEquals(ex.hasNonNull("agency") ? ex.get("agency").asText() : null, f.get().agency(), c.id());
        }
    }

    @Test
    void datelinesAreNotFoundInOrdinaryOpenings() {
        for (String s : List.of("DPRK-Russia friendship grows", "Kim Jong Un, general secretary of the WPK, inspected",
                "The Central Committee of the WPK - the party's highest body", "Talks were held in Pyongyang.")) {
            assertFalse(Datelines.get().at(s).isPresent(), s);
        }
    }

    @Test
    void everyFurnitureExampleHasItsRole() {
        Furniture f = Furniture.get();
        for (Furniture.LineRole r : f.roles()) {
            for (String ex : r.examples()) {
                assertEquals(r.role(), f.role(ex).map(Furniture.LineRole::role).orElse(null), ex);
            }
        }
        for (String ex : f.captionExamples()) assertTrue(f.isCaption(ex), ex);
        assertFalse(f.isCaption("Kim Jong Un met Wang Yi in Pyongyang on May 3."));
        assertTrue(f.isCredit("REUTERS") && f.isCredit("By  Deutsche Welle") && f.isCredit("(Xinhua)"));
        assertEquals("KCNA said on Tuesday.", f.withoutTrailingCredit("KCNA said on Tuesday. REUTERS"));
        assertEquals("hosted by Nguyen Van Nen.", f.withoutTrailingCredit("hosted by Nguyen Van Nen. -0-"));
        assertEquals("He met Wang Yi.", f.withoutTrailingCredit("He met Wang Yi."));
    }
}
