package org.communique.doc;

import java.time.LocalDate;
import java.util.Optional;
import org.communique.api.Dateline;
import org.communique.dates.Dates;

/**
 * Reads the dateline at the head of the body ("Pyongyang, October 31 (KCNA) --",
 * "SEOUL, November 16./TASS/.", the other conventions of {@link Datelines}) into metadata. The
 * dateline gives the publication date when nothing else did, and its words are kept out of the entities.
 */
public final class DatelineParser implements Component {
    private final LocalDate fallback;
    private final Datelines datelines = Datelines.get();

    /** @param fallback publication date for articles that give none (the {@code --date} option), or null */
    public DatelineParser(LocalDate fallback) {
        this.fallback = fallback;
    }

    @Override
    public void process(Doc doc) {
        read(doc);
        if (doc.published() == null && fallback != null) doc.setPublished(fallback);
    }

    private void read(Doc doc) {
        Section body = doc.text().body();
        String s = doc.string().substring(body.start(), body.end());
        Optional<Datelines.Found> found = datelines.at(s);
        if (found.isEmpty()) return;
        Datelines.Found f = found.get();
        LocalDate date = null;
        LocalDate pub = doc.published();
        LocalDate near = pub != null ? pub : fallback;
        if (f.month() != null) {
            if (f.year() != 0) {
                date = Dates.of(f.year(), f.month(), f.day());
            } else if (near != null) {
                // "Pyongyang, October 31 (KCNA)" has no year: the one nearest the known or fallback date
                date = Dates.nearest(f.month(), f.day(), near);
            }
            if (date == null && (f.year() != 0 || near != null)) {
                doc.warnings().add("dateline date is not a calendar date: " + s.substring(0, f.end()).trim());
            }
        }
        doc.setDateline(new Dateline(f.place(), date == null ? null : date.toString(), f.agency()), body.start() + f.end());
        if (pub == null && date != null) {
            doc.setPublished(date);
        } else if (pub != null && date != null && !pub.equals(date)) {
            doc.warnings().add("dateline date " + date + " differs from the publication date " + pub);
        }
    }
}
