package org.communique.doc;

import java.time.LocalDate;
import java.time.Month;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communique.api.Dateline;
import org.communique.dates.Dates;

/**
 * Reads the dateline at the head of the body ("Pyongyang, October 31 (KCNA) --",
 * "SEOUL, November 16./TASS/.") into metadata. The dateline gives the publication date when
 * nothing else did, and its words are kept out of the entities.
 */
public final class DatelineParser implements Component {
    private final LocalDate fallback;

    /** @param fallback publication date for articles that give none (the {@code --date} option), or null */
    public DatelineParser(LocalDate fallback) {
        this.fallback = fallback;
    }

    private static final Pattern KCNA = Pattern.compile(
            "^\\s*([A-Z][A-Za-z .'-]{1,40}?),\\s+([A-Z][a-z]{2,8})\\.?\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?\\s*"
                    + "(?:\\(([A-Za-z .]{2,20})\\)\\s*-+|\\.?/([A-Za-z ]{2,20})/\\.?|--)\\s*");

    @Override
    public void process(Doc doc) {
        read(doc);
        if (doc.published() == null && fallback != null) doc.setPublished(fallback);
    }

    private void read(Doc doc) {
        Section body = doc.text().body();
        String s = doc.string().substring(body.start(), body.end());
        Matcher m = KCNA.matcher(s);
        if (!m.lookingAt()) return;
        Month month = Dates.month(m.group(2));
        if (month == null) return;
        int day = Integer.parseInt(m.group(3));
        String agency = m.group(5) != null ? m.group(5).trim() : m.group(6) != null ? m.group(6).trim() : null;
        LocalDate date = null;
        LocalDate pub = doc.published();
        LocalDate near = pub != null ? pub : fallback;
        try {
            if (m.group(4) != null) {
                date = LocalDate.of(Integer.parseInt(m.group(4)), month, day);
            } else if (near != null) {
                // "Pyongyang, October 31 (KCNA)" has no year: the one nearest the known or fallback date
                date = Dates.nearest(month, day, near);
            }
        } catch (java.time.DateTimeException e) {
            doc.warnings().add("dateline date is not a calendar date: " + m.group().trim());
        }
        doc.setDateline(new Dateline(m.group(1).trim(), date == null ? null : date.toString(), agency),
                body.start() + m.end());
        if (pub == null && date != null) {
            doc.setPublished(date);
        } else if (pub != null && date != null && !pub.equals(date)) {
            doc.warnings().add("dateline date " + date + " differs from the publication date " + pub);
        }
    }
}
