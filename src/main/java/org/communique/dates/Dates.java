package org.communique.dates;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/** Month names and the year of a date written without one, shared by the dateline and the date resolver. */
public final class Dates {
    private Dates() {}

    /** The month a word names ("October", "Oct.", "Sept"), or null. */
    public static Month month(String word) {
        String w = word.replace(".", "").toLowerCase(Locale.ROOT);
        for (Month mo : Month.values()) {
            String full = mo.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.equals(w) || full.startsWith(w) && w.length() >= 3) return mo;
        }
        return null;
    }

    /** The day of that month in the year that puts it nearest the reference date, or null. */
    public static LocalDate nearest(Month month, int day, LocalDate ref) {
        LocalDate best = null;
        for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
            LocalDate d = of(y, month, day);
            if (d != null && (best == null || Math.abs(d.toEpochDay() - ref.toEpochDay())
                    < Math.abs(best.toEpochDay() - ref.toEpochDay()))) best = d;
        }
        return best;
    }

    /** The date, or null when there is none (February 30). */
    public static LocalDate of(int year, Month month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
