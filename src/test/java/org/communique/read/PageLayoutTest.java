package org.communique.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.communique.Shared;
import org.junit.jupiter.api.Test;

/** Saved pages of the development set: the article is found and the page chrome left out. */
class PageLayoutTest {
    private static PageParser.Page page(String name) throws Exception {
        Path p = Path.of("samples").resolve(name);
        if (!Files.exists(p)) p = Shared.devSet().resolve("pages").resolve(name);
        return new PageParser().parse(name, Files.readString(p));
    }

    @Test
    void kcnaWatchPage() throws Exception {
        PageParser.Page p = page("seed-000.txt");
        assertEquals("Agreement on cooperation signed between ministries of DPRK and Russia", p.article().title());
        assertEquals(LocalDate.of(2024, 11, 1), p.article().published(), "Date: is day/month/year; the crawl line is not it");
        assertEquals("Pyongyang Times", p.article().source());
        assertTrue(p.article().text().startsWith("An agreement on cooperation"));
        assertTrue(p.article().text().endsWith("on the same day."));
        assertEquals("Hungarian PM rejects reckless remarks of Zelensky", p.related().get(0).title());
        assertTrue(p.related().get(0).text().startsWith("The Hungarian Prime Minister"));
    }

    @Test
    void blogPageWithHeaderDateAndFooter() throws Exception {
        PageParser.Page p = page("talks-p100.txt");
        assertEquals("Talks Held Between DPRK and Chinese FMs", p.article().title());
        assertEquals(LocalDate.of(2019, 9, 5), p.article().published());
        assertFalse(p.article().text().contains("No comments"));
        assertFalse(p.article().text().endsWith("KCNA"));
    }

    @Test
    void calendarPageWithCopyrightFooter() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Shared.hasDevSet());
        PageParser.Page p = page("p099.txt");
        assertEquals("Reception Given at DPRK Embassy in Moscow", p.article().title());
        assertEquals(LocalDate.of(2016, 2, 15), p.article().published());
        assertTrue(p.article().text().startsWith("Pyongyang, February 15 (KCNA) --"));
        assertFalse(p.article().text().contains("Copyright"));
    }
}
