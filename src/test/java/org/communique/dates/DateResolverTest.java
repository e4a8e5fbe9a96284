package org.communique.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.communique.Shared;
import org.communique.api.Article;
import org.communique.api.Entity;
import org.communique.api.EntityType;
import org.junit.jupiter.api.Test;

/** Date expressions of real KCNA sentences, resolved against the publication date. */
class DateResolverTest {
    private static List<String> dates(String text, String published) {
        Article a = new Article("t", null, text, LocalDate.parse(published), null, null);
        return Shared.extractor().extract(a).entities().stream().filter(e -> e.type() == EntityType.DATE)
                .map(Entity::value).toList();
    }

    @Test
    void monthAndDayTakeTheNearestYear() {
        assertEquals(List.of("2024-10-30"), dates("An agreement was signed in Pyongyang on October 30.", "2024-11-01"));
        assertEquals(List.of("2023-12-28"), dates("The meeting was held on Dec. 28.", "2024-01-03"));
    }

    @Test
    void weekdaysAreTheLatestSuchDay() {
        // 2024-10-20 is a Sunday: "on Sunday" is that day, "on Tuesday" the one before
        assertEquals(List.of("2024-10-20"), dates("Kim Son Gyong released the following press statement on Sunday:", "2024-10-20"));
        assertEquals(List.of("2024-10-15"), dates("There were talks between them on Tuesday.", "2024-10-20"));
    }

    @Test
    void ofADateAndANameIsAName() {
        assertEquals(List.of(), dates("The National Exhibition of August 3 Consumer Goods opened in Pyongyang.", "2024-08-05"));
    }

    @Test
    void aWeekdayThatRecursIsNoDate() {
        assertEquals(List.of(), dates("Schools are hoisting national flags every Monday during lessons.", "2024-09-23"));
        assertEquals(List.of(), dates("The market opens each Sunday.", "2024-09-23"));
    }

    @Test
    void theSameDayAndTheFollowingDay() {
        assertEquals(List.of("2024-10-30"), dates("It was signed on October 30. He met the delegation on the same day.", "2024-11-01"));
        assertEquals(List.of("2024-10-30", "2024-10-31"),
                dates("It was signed on October 30. The delegation left the following day.", "2024-11-01"));
    }

    @Test
    void bareMonthsLookBackNotForward() {
        assertEquals(List.of("2024-06"), dates("The summit held last June was a success.", "2024-11-01"));
        assertEquals(List.of("2023-12"), dates("It was completed in December.", "2024-02-10"));
        assertEquals(List.of("2019-03"), dates("the historic talks held in Hanoi in March 2019", "2024-08-07"));
        assertEquals(List.of("1987-09"), dates("It joined the World Tourism Organization in September Juche 76 (1987).", "2024-09-27"));
    }

    @Test
    void yearsButNotDecadesAmountsOrAnniversaries() {
        assertEquals(List.of("2025"), dates("The team qualified for the 2025 AFC U-20 Asian Cup.", "2024-09-29"));
        assertEquals(List.of(), dates("It led to continuous defeats in the 1960s and 1970s on the 75th anniversary.", "2024-07-26"));
        assertEquals(List.of("2024"), dates("This year farming went well.", "2024-09-29"));
    }

    @Test
    void ordinalDayOfTheMonth() {
        assertEquals(List.of("2024-02-22"), dates("A reception was given at the Okryu Restaurant on the 22nd.", "2024-02-23"));
        assertEquals(List.of(), dates("He is head of the Orchestra of the 21st Century of Russia.", "2016-02-15"));
    }

    @Test
    void aDayThatNamesSomethingIsNoDate() {
        assertEquals(List.of(), dates("A delegation of the March 26 Movement of Uruguay arrived here.", "2024-01-16"));
        assertEquals(List.of(), dates("Workers of the February 8 Vinalon Complex raised production.", "2024-08-15"));
        // a year in an event's name stays a date (guideline: "2024 FIFA U-20 Women's World Cup")
        assertEquals(List.of("2024"), dates("The 2024 National Open Tennis Tournament opened.", "2024-08-10"));
    }
}
