package org.communique.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.communique.api.EntityType;
import org.communique.doc.AnalysedText;
import org.communique.doc.Component;
import org.communique.doc.DateMention;
import org.communique.doc.Doc;
import org.communique.doc.EntityDraft;

/**
 * Finds date expressions and resolves them to the calendar against the publication date:
 * "October 30" and "Oct. 15" (the year that puts them nearest the publication date), weekdays
 * (the most recent such day on or before it, unless "next"), "the 22nd", "the same day" (the date
 * last mentioned), "the following day", "last June" and "in March 2019" (month precision), years
 * alone. News reports the past, so a bare month resolves backwards, never into the next year
 * (the habit of SUTime we avoid). Durations, ages, decades and anniversaries are not dates.
 */
public final class DateResolver implements Component {
    private static final String MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
    private static final String ABBR = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";
    private static final String MONTH = "(?:" + MONTHS + "|(?:" + ABBR + ")\\.)";
    private static final String WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    private static final Pattern EXPR = Pattern.compile(String.join("|",
            // 1 month 2 day 3 second day of a range 4 year
            "\\b(" + MONTH + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:\\s*(?:-|\u2013|to|and)\\s*(\\d{1,2})\\b(?!\\s*(?:" + MONTHS + ")))?(?:,?\\s+(\\d{4})\\b)?",
            // 5 day 6 month 7 year
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(" + MONTH + ")(?:,?\\s+(\\d{4}))?\\b",
            // 8 modifier 9 month 10 year: "last June", "in March 2019", "early September"
            "\\b(last|this|next|in|early|late|mid-|since|from|until|till|by|of|during|throughout|between)\\s+(?:the\\s+)?(?:(?:early|late)\\s+)?(" + MONTHS + ")(?:\\s+(?:of\\s+)?(\\d{4}))?\\b(?!\\s+\\d)",
            // 11 modifier 12 weekday
            "\\b(?:(last|next|this|on|On)\\s+)?(" + WEEKDAYS + ")\\b",
            // 13 ordinal day alone: "on the 22nd"
            "\\b(?:on|On|of|since)\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?i:anniversary|century|session|plenary|congress|meeting|conference|birth|founding|day|year|" + MONTHS + "))(?!\\s+[A-Z])",
            // 14 relative day words
            "\\b((?:the\\s+)?same\\s+day|(?:the\\s+)?(?:following|next)\\s+day|(?:the\\s+)?previous\\s+day|(?:the\\s+)?day\\s+before|yesterday|today)\\b",
            // 15 ISO date
            "\\b(\\d{4}-\\d{2}-\\d{2})\\b",
            // 16 year alone (not a decade, not a Juche year, not an amount)
            "(?<![\\d,.$])(?<!Juche )\\b((?:19|20)\\d{2})\\b(?!s\\b|'s\\b|[,.]\\d|\\s*(?:tons?|km|metres?|meters?|people|persons|hectares?|won|dollars?|years?))"));

    @Override
    public void process(Doc doc) {
        LocalDate pub = doc.published();
        String s = doc.string();
        List<DateMention> found = new ArrayList<>();
        LocalDate last = null;
        for (Matcher m = EXPR.matcher(s); m.find(); ) {
            if (!doc.inContent(m.start())) continue;
            List<DateMention> got = resolve(m, pub, last, doc.text());
            for (DateMention d : got) {
                found.add(d);
                if (d.isDay()) last = LocalDate.parse(d.value());
            }
        }
        doc.dates().addAll(found);
        Map<String, EntityDraft> byValue = new LinkedHashMap<>();
        for (DateMention d : found) {
            EntityDraft e = byValue.computeIfAbsent(d.value(), v -> {
                EntityDraft x = new EntityDraft(EntityType.DATE, d.text());
                x.value = v;
                return x;
            });
            e.mentions.add(new EntityDraft.Span(d.start(), d.end(), d.text()));
        }
        byValue.values().stream().sorted(Comparator.comparingInt(e -> e.mentions.get(0).start()))
                .forEach(doc.entities()::add);
    }

    private List<DateMention> resolve(Matcher m, LocalDate pub, LocalDate last, AnalysedText text) {
        String surface = AnalysedText.squash(m.group());
        List<DateMention> out = new ArrayList<>();
        if (m.group(1) != null) {
            Month mo = month(m.group(1));
            int day = Integer.parseInt(m.group(2));
            Integer year = m.group(4) != null ? Integer.valueOf(m.group(4)) : null;
            LocalDate d = day(mo, day, year, pub);
            if (d != null) out.add(new DateMention(m.start(), m.end(), surface, d.toString(), false));
            if (m.group(3) != null && d != null) {
                LocalDate d2 = day(mo, Integer.parseInt(m.group(3)), d.getYear(), pub);
                if (d2 != null && d2.isAfter(d)) out.add(new DateMention(m.start(), m.end(), surface, d2.toString(), false));
            }
        } else if (m.group(5) != null) {
            LocalDate d = day(month(m.group(6)), Integer.parseInt(m.group(5)),
                    m.group(7) != null ? Integer.valueOf(m.group(7)) : null, pub);
            if (d != null) out.add(new DateMention(m.start(), m.end(), surface, d.toString(), false));
        } else if (m.group(9) != null) {
            Month mo = month(m.group(9));
            String mod = m.group(8).toLowerCase(Locale.ROOT);
            YearMonth ym;
            if (m.group(10) != null) {
                ym = YearMonth.of(Integer.parseInt(m.group(10)), mo);
            } else if (pub == null) {
                return out;
            } else if (mod.equals("next")) {
                ym = YearMonth.of(pub.getYear() + (mo.getValue() <= pub.getMonthValue() ? 1 : 0), mo);
            } else if (mod.equals("last")) {
                ym = YearMonth.of(pub.getYear() - (mo.getValue() >= pub.getMonthValue() ? 1 : 0), mo);
            } else {
                ym = YearMonth.of(pub.getYear() - (mo.getValue() > pub.getMonthValue() ? 1 : 0), mo);
            }
            int start = m.start(9);
            out.add(new DateMention(start, m.end(), AnalysedText.squash(text.string().substring(start, m.end())),
                    ym.toString(), false));
        } else if (m.group(12) != null) {
            if (pub == null) return out;
            DayOfWeek dow = DayOfWeek.valueOf(m.group(12).toUpperCase(Locale.ROOT));
            String mod = m.group(11) == null ? "" : m.group(11).toLowerCase(Locale.ROOT);
            LocalDate d = mod.equals("next") ? pub.with(TemporalAdjusters.next(dow))
                    : mod.equals("last") && pub.getDayOfWeek() == dow ? pub.minusWeeks(1)
                    : pub.with(TemporalAdjusters.previousOrSame(dow));
            out.add(new DateMention(m.start(12), m.end(12), m.group(12), d.toString(), false));
        } else if (m.group(13) != null) {
            if (pub == null) return out;
            int day = Integer.parseInt(m.group(13));
            LocalDate ref = last != null ? last : pub;
            LocalDate d = safeDay(ref.getYear(), ref.getMonth(), day);
            if (d != null && d.isAfter(pub)) d = safeDay(pub.minusMonths(1).getYear(), pub.minusMonths(1).getMonth(), day);
            if (d != null) out.add(new DateMention(m.start(), m.end(), surface, d.toString(), false));
        } else if (m.group(14) != null) {
            String w = m.group(14).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            LocalDate d;
            boolean anaphoric = false;
            if (w.contains("same day")) { d = last; anaphoric = true; }
            else if (w.contains("following") || w.contains("next")) d = last == null ? null : last.plusDays(1);
            else if (w.contains("previous") || w.contains("before")) d = last == null ? null : last.minusDays(1);
            else if (w.equals("yesterday")) d = pub == null ? null : pub.minusDays(1);
            else d = pub;
            if (d != null) out.add(new DateMention(m.start(), m.end(), surface, d.toString(), anaphoric));
        } else if (m.group(15) != null) {
            try {
                out.add(new DateMention(m.start(), m.end(), surface, LocalDate.parse(m.group(15)).toString(), false));
            } catch (java.time.format.DateTimeParseException ignored) {
                // "2024-13-45" is no date
            }
        } else if (m.group(16) != null) {
            out.add(new DateMention(m.start(), m.end(), surface, m.group(16), false));
        }
        return out;
    }

    /** Month and day with an explicit year, or the year nearest the publication date. */
    private static LocalDate day(Month mo, int day, Integer year, LocalDate pub) {
        if (mo == null) return null;
        if (year != null) return safeDay(year, mo, day);
        if (pub == null) return null;
        LocalDate best = null;
        for (int y = pub.getYear() - 1; y <= pub.getYear() + 1; y++) {
            LocalDate d = safeDay(y, mo, day);
            if (d != null && (best == null || Math.abs(d.toEpochDay() - pub.toEpochDay())
                    < Math.abs(best.toEpochDay() - pub.toEpochDay()))) best = d;
        }
        return best;
    }

    private static LocalDate safeDay(int y, Month mo, int day) {
        try {
            return LocalDate.of(y, mo, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    static Month month(String word) {
        String w = word.replace(".", "").toLowerCase(Locale.ROOT);
        for (Month mo : Month.values()) {
            String full = mo.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.equals(w) || full.startsWith(w) && w.length() >= 3) return mo;
        }
        return null;
    }
}
