package org.communique.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.communique.Shared;
import org.junit.jupiter.api.Test;

/**
 * Saved text pages of outlets other than KCNA Watch: the block classifier finds headline, body and
 * publication stamp, and leaves menus, captions, bylines, mastheads, credit lines, share lines,
 * related lists and teasers out of the text.
 */
class PagesOfAnyOutletTest {
    private final PageParser parser = new PageParser();

    private PageParser.Page own(String name) throws Exception {
        return parser.parse(name, Files.readString(Path.of("src/test/resources/pages", name)));
    }

    private PageParser.Page dev(String name) throws Exception {
        Path p = Shared.devSet().resolve("pages").resolve(name + ".txt");
        assumeTrue(Files.exists(p), "the development pages are needed: " + p);
        return parser.parse(name, Files.readString(p));
    }

    private static void lacks(PageParser.Page p, String... furniture) {
        for (String f : furniture) {
            assertFalse(p.article().text().contains(f), () -> "'" + f + "' in " + p.article().text());
        }
    }

    @Test
    void hardWrappedAgencyPage() throws Exception {
        PageParser.Page p = own("agency-wrapped.txt");
        assertEquals("DPRK ambassador presents copy of credentials to Armenian Foreign Ministry", p.article().title());
        assertEquals(LocalDate.of(2023, 2, 2), p.article().published());
        assertTrue(p.article().text().startsWith("YEREVAN, FEBRUARY 2, ARMENPRESS. The newly appointed ambassador of the "
                + "Democratic People's Republic of Korea"), "wrapped lines are joined");
        assertTrue(p.article().text().endsWith("foreign ministries of the two countries."));
        lacks(p, "Share", "Telegram", "Pashinyan", "Azerbaijani", "Armenpress. All", "Politics");
        assertEquals(List.of("Armenian, Iranian foreign ministers hold phone talks",
                "Pashinyan receives delegation of European Parliament", "Lavrov to visit Yerevan next month"),
                p.related().stream().map(r -> r.title()).toList());
    }

    @Test
    void headerDateOfTheSavedPageYieldsToTheDateline() throws Exception {
        PageParser.Page p = own("saved-header.txt");
        assertEquals("Kim Jong Un Receives Russian Defence Minister", p.article().title());
        assertEquals(LocalDate.of(2024, 11, 30), p.article().published(), "the page was saved on December 9");
        lacks(p, "Voice of the Nation", "Posted by", "Labels");
        assertTrue(p.article().text().startsWith("Pyongyang, November 30 (KCNA) --"));
    }

    @Test
    void teasersOfOtherStoriesAfterTheArticleAreCut() throws Exception {
        PageParser.Page p = own("teasers-after.txt");
        assertNull(p.article().title(), "an agency's name over the text is no headline");
        assertEquals(LocalDate.of(2025, 9, 29), p.article().published());
        assertTrue(p.article().text().startsWith("SEOUL--North Korean Foreign Minister"));
        assertTrue(p.article().text().endsWith("the agency reported."));
        lacks(p, "REUTERS", "chefs", "archive", "Gardening");
    }

    @Test
    void newspaperIssueLineAgainstTheSiteHeaderDate() throws Exception {
        PageParser.Page p = dev("q102");
        assertEquals("Chinese Party and Government Delegation Leaves Pyongyang", p.article().title());
        assertEquals(LocalDate.of(2024, 4, 15), p.article().published(), "2024.4.15., not the header's Nov. 28, 2024");
        lacks(p, "Rodong Sinmun", "Politics");
    }

    @Test
    void stampsOfTheConventionsOfTheField() throws Exception {
        assertEquals(LocalDate.of(2024, 3, 29), dev("q104").article().published(), "(Juche113.3.29.)");
        assertEquals(LocalDate.of(2009, 2, 26), dev("q106").article().published(), "(Xinhua News Agency February 26, 2009)");
        assertEquals(LocalDate.of(2016, 5, 31), dev("q107").article().published(), "Updated: 2016-05-31 21:30");
        assertEquals(LocalDate.of(2024, 3, 12), dev("q108").article().published(), "Published / Mar 12, 2024, 06:17 AM");
        assertEquals(LocalDate.of(2011, 9, 22), dev("q112").article().published(), "Thu, 09/22/2011 - 11:20");
        assertEquals(LocalDate.of(2018, 11, 14), dev("q113").article().published(), "18:24, 14 November 2018 | GMT +6");
        assertEquals(LocalDate.of(2017, 10, 11), dev("q101").article().published(), "the saved page's date line");
    }

    @Test
    void furnitureOfDevelopmentPagesIsLeftOut() throws Exception {
        PageParser.Page kbs = dev("q105");
        assertEquals("Mongolia's New Ambassador to N. Korea Takes up Post", kbs.article().title());
        lacks(kbs, "Menu Content", "KBS", "YONHAP", "Editor's Pick", "cookies", "Takes up Post");
        PageParser.Page cd = dev("q107");
        lacks(cd, "AN BAIJIE", "Related Stories", "Musudan", "EIB", "Nansha", "|");
        assertEquals("DPRK delegation leaves Pyongyang for China visit", cd.related().get(0).title());
        assertEquals("2016-05-31", cd.related().get(0).date());
        lacks(dev("q108"), "FILE PHOTO", "Alfiky", "REUTERS", "Updated");
        lacks(dev("q109"), "State Duma", "Published:");
        lacks(dev("q110"), "in this picture", "hibakusha", "Cooking", "Japan’s Foreign Ministry");
        lacks(dev("q111"), "Home", "Deutsche Welle", "2018/05/31");
        lacks(dev("q112"), "Auther", "ID :");
        lacks(dev("q114"), "No comments");
        PageParser.Page kcna = dev("q104");
        lacks(kcna, "-0-", "www.kcna.kp", "Juche113");
        assertTrue(kcna.article().text().endsWith("hosted by Nguyen Van Nen."));
    }
}
