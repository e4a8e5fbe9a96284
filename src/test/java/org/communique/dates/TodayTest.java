package org.communique.dates;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** "today" meaning nowadays is no date; the publication day is meant otherwise (the guideline). */
class TodayTest {
    private static boolean nowadays(String s) {
        int at = s.toLowerCase(java.util.Locale.ROOT).indexOf("today");
        return DateResolver.nowadays(s, at, at + 5);
    }

    @Test
    void nowadaysIsNoDate() {
        assertTrue(nowadays("Pyongyang, May 2 (KCNA) -- Today the youth are proud of their country."));
        assertTrue(nowadays("Today's world is changing fast."));
        assertTrue(nowadays("The Korea of today is strong."));
    }

    @Test
    void theDayItselfIsADate() {
        assertFalse(nowadays("Pyongyang, September 27 (KCNA) -- Today is the World Tourism Day."));
        assertFalse(nowadays("Kim Jong Un visited the factory today."));
        assertFalse(nowadays("Today he inspected the farm."));
    }
}
