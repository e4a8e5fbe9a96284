package org.communique.read;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.communique.dates.Dates;
import org.communique.doc.Datelines;

/**
 * Chooses the publication date among a page's stamps: the first of the strongest kind. A page header's
 * date (often the day the page was saved) yields to the body's dateline when the two disagree: the
 * dateline's day is then taken in the latest year that puts it on or before the header's date. (The
 * date of a JSON article's field is {@link PublicationDate}'s.)
 */
final class PageDate {
    private final PublicationStamps stamps = PublicationStamps.get();
    private final Datelines datelines = Datelines.get();

    /** @param body the article text, whose dateline (if any) is checked against a header date */
    LocalDate choose(List<PublicationStamps.Stamp> found, String body) {
        Optional<PublicationStamps.Stamp> best = found.stream()
                .min(Comparator.comparingInt((PublicationStamps.Stamp s) -> stamps.rank(s.kind())));
        if (best.isEmpty()) return null;
        LocalDate date = best.get().date();
        if (!best.get().kind().equals("header")) return date;
        Optional<Datelines.Found> d = datelines.at(body);
        if (d.isEmpty() || d.get().month() == null) return date;
        Datelines.Found f = d.get();
        if (f.month() == date.getMonth() && f.day() == date.getDayOfMonth()) return date;
        if (f.year() != 0) return Dates.of(f.year(), f.month(), f.day());
        for (int y = date.getYear(); y >= date.getYear() - 1; y--) {
            LocalDate c = Dates.of(y, f.month(), f.day());
            if (c != null && !c.isAfter(date)) return c;
        }
        return date;
    }
}
