package org.communique.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
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
            // "October 30", "Oct. 15, 2024", "June 25-27"
            "\\b(?<md>" + MONTH + ")\\s+(?<mdd>\\d{1,2})(?:st|nd|rd|th)?\\b(?:\\s*(?:-|\u2013|to|and)\\s*(?<mdd2>\\d{1,2})\\b(?!\\s*(?:" + MONTHS + ")))?(?:,?\\s+(?<mdy>\\d{4})\\b)?",
            // "30 October 2024"
            "\\b(?<dmd>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<dmm>" + MONTH + ")(?:,?\\s+(?<dmy>\\d{4}))?\\b",
            // "last June", "in March 2019", "In January alone", "in September Juche 76 (1987)"
            "\\b(?<mmod>(?i:last|this|next|in|early|late|mid-|since|from|until|till|by|of|during|throughout|between))\\s+(?:the\\s+)?(?:(?:early|late)\\s+)?(?<mm>" + MONTHS + ")\\b(?:\\s+(?:of\\s+)?(?<my>\\d{4})\\b|\\s+Juche\\s+\\d+\\s*\\((?<mjy>\\d{4})\\)|\\s+(?:of\\s+)?(?<mry>last|this|next)\\s+year\\b)?(?!\\s+\\d)",
            // "2023 December Plenary Meeting"
            "\\b(?<ymy>(?:19|20)\\d{2})\\s+(?<ymm>" + MONTHS + ")\\b(?!\\s+\\d)",
            // "on Wednesday", "last Friday"
            "\\b(?:(?<wmod>last|next|this|on|On)\\s+)?(?<wd>" + WEEKDAYS + ")\\b",
            // "on the 22nd"
            "\\b(?:on|On|of|since)\\s+the\\s+(?<od>\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?i:anniversary|century|session|plenary|congress|meeting|conference|birth|founding|day|year|" + MONTHS + "))(?!\\s+[A-Z])",
            // "the same day", "the following day", "today"
            "\\b(?<rel>(?i:(?:the\\s+)?same\\s+day|(?:the\\s+)?(?:following|next)\\s+day|(?:the\\s+)?previous\\s+day|(?:the\\s+)?day\\s+before|yesterday|today))\\b",
            // "this year", "last month"
            "\\b(?<rym>(?i:this|last|next|the\\s+previous|the\\s+same))\\s+(?<unit>year|month)\\b",
            // "2024-10-30"
            "\\b(?<iso>\\d{4}-\\d{2}-\\d{2})\\b",
            // a year alone, not a decade, a Juche year or an amount
            "(?<![\\d,.$])(?<!Juche )\\b(?<y>(?:19|20)\\d{2})\\b(?!s\\b|'s\\b|[,.]\\d|\\s*(?:tons?|km|metres?|meters?|people|persons|hectares?|won|dollars?|years?))"));

    private final NameAfterDate nameAfter;

    public DateResolver() {
        this(org.communique.lexicon.Lexicon.get());
    }

    public DateResolver(org.communique.lexicon.Lexicon lex) {
        this.nameAfter = new NameAfterDate(lex);
    }

    @Override
    public void process(Doc doc) {
        LocalDate pub = doc.published();
        String s = doc.string();
        List<DateMention> found = new ArrayList<>();
        LocalDate last = null;
        for (Matcher m = EXPR.matcher(s); m.find(); ) {
            if (!doc.inContent(m.start())) continue;
            // "the March 26 Movement": a day that names something dates nothing
            boolean day = m.group("md") != null || m.group("dmd") != null;
            if (day && nameAfter.test(s, m.start(), m.end())) continue;
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
        if (m.group("md") != null) {
            Month mo = month(m.group("md"));
            LocalDate d = day(mo, Integer.parseInt(m.group("mdd")),
                    m.group("mdy") != null ? Integer.valueOf(m.group("mdy")) : null, pub);
            add(out, m.start(), m.end(), surface, d, false);
            if (m.group("mdd2") != null && d != null) {
                LocalDate d2 = day(mo, Integer.parseInt(m.group("mdd2")), d.getYear(), pub);
                if (d2 != null && d2.isAfter(d)) add(out, m.start(), m.end(), surface, d2, false);
            }
        } else if (m.group("dmd") != null) {
            add(out, m.start(), m.end(), surface, day(month(m.group("dmm")), Integer.parseInt(m.group("dmd")),
                    m.group("dmy") != null ? Integer.valueOf(m.group("dmy")) : null, pub), false);
        } else if (m.group("mm") != null) {
            Month mo = month(m.group("mm"));
            String mod = m.group("mmod").toLowerCase(Locale.ROOT);
            String y = m.group("my") != null ? m.group("my") : m.group("mjy");
            YearMonth ym;
            if (y != null) {
                ym = YearMonth.of(Integer.parseInt(y), mo);
            } else if (pub == null) {
                return out;
            } else if (m.group("mry") != null) {
                // "in February last year"
                String r = m.group("mry");
                ym = YearMonth.of(pub.getYear() + (r.equals("last") ? -1 : r.equals("next") ? 1 : 0), mo);
            } else if (mod.equals("next")) {
                ym = YearMonth.of(pub.getYear() + (mo.getValue() <= pub.getMonthValue() ? 1 : 0), mo);
            } else if (mod.equals("last")) {
                ym = YearMonth.of(pub.getYear() - (mo.getValue() >= pub.getMonthValue() ? 1 : 0), mo);
            } else {
                // a bare month is the latest such month up to publication: news reports the past
                ym = YearMonth.of(pub.getYear() - (mo.getValue() > pub.getMonthValue() ? 1 : 0), mo);
            }
            int start = m.start("mm");
            out.add(new DateMention(start, m.end(), AnalysedText.squash(text.string().substring(start, m.end())),
                    ym.toString(), false));
        } else if (m.group("ymm") != null) {
            out.add(new DateMention(m.start(), m.end(), surface,
                    YearMonth.of(Integer.parseInt(m.group("ymy")), month(m.group("ymm"))).toString(), false));
        } else if (m.group("wd") != null) {
            if (pub == null || recurring(text.string(), m.start("wd"))) return out;
            DayOfWeek dow = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
            String mod = m.group("wmod") == null ? "" : m.group("wmod").toLowerCase(Locale.ROOT);
            LocalDate d = mod.equals("next") ? pub.with(TemporalAdjusters.next(dow))
                    : mod.equals("last") && pub.getDayOfWeek() == dow ? pub.minusWeeks(1)
                    : pub.with(TemporalAdjusters.previousOrSame(dow));
            add(out, m.start("wd"), m.end("wd"), m.group("wd"), d, false);
        } else if (m.group("od") != null) {
            if (pub == null) return out;
            int day = Integer.parseInt(m.group("od"));
            LocalDate ref = last != null ? last : pub;
            LocalDate d = safeDay(ref.getYear(), ref.getMonth(), day);
            if (d != null && d.isAfter(pub)) d = safeDay(pub.minusMonths(1).getYear(), pub.minusMonths(1).getMonth(), day);
            add(out, m.start(), m.end(), surface, d, false);
        } else if (m.group("rel") != null) {
            String w = m.group("rel").toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            LocalDate d;
            boolean anaphoric = false;
            if (w.contains("same day")) { d = last; anaphoric = true; }
            else if (w.contains("following") || w.contains("next")) d = last == null ? null : last.plusDays(1);
            else if (w.contains("previous") || w.contains("before")) d = last == null ? null : last.minusDays(1);
            else if (w.equals("yesterday")) d = pub == null ? null : pub.minusDays(1);
            else d = nowadays(text.string(), m.start(), m.end()) ? null : pub;
            add(out, m.start(), m.end(), surface, d, anaphoric);
        } else if (m.group("unit") != null) {
            if (pub == null) return out;
            String mod = m.group("rym").toLowerCase(Locale.ROOT);
            int shift = mod.equals("last") || mod.contains("previous") ? -1 : mod.equals("next") ? 1 : 0;
            String v = m.group("unit").equals("year") ? String.valueOf(pub.getYear() + shift)
                    : YearMonth.from(pub).plusMonths(shift).toString();
            out.add(new DateMention(m.start(), m.end(), surface, v, false));
        } else if (m.group("iso") != null) {
            try {
                add(out, m.start(), m.end(), surface, LocalDate.parse(m.group("iso")), false);
            } catch (java.time.format.DateTimeParseException ignored) {
                // "2024-13-45" is no date
            }
        } else if (m.group("y") != null) {
            out.add(new DateMention(m.start(), m.end(), surface, m.group("y"), false));
        }
        return out;
    }

    private static final java.util.regex.Pattern PRESENT = java.util.regex.Pattern.compile("\\b(?:is|are|has|have|remains?)\\b");

    /**
     * "today's world", "the Korea of today", "Today, the DPRK is a powerful state": "today" meaning
     * nowadays is no date (the guideline); the publication day is meant otherwise.
     */
    static boolean nowadays(String s, int start, int end) {
        String after = s.substring(end, Math.min(s.length(), end + 200));
        String before = s.substring(Math.max(0, start - 12), start).toLowerCase(Locale.ROOT);
        if (after.startsWith("'s") || after.startsWith("\u2019s") || before.matches("(?s).*\\b(?:of|until|till|to)\\s+$")) return true;
        boolean sentenceStart = start == 0 || s.substring(Math.max(0, start - 4), start).matches("(?s).*(?:[.!?]\\s*|\\n\\s*|--\\s*)$");
        // "Today is the World Tourism Day", "Today marks ...": the day itself
        if (!sentenceStart || after.matches("(?s)\\s+(?:is|marks)\\b.*")) return false;
        int stop = after.indexOf(". ");
        return PRESENT.matcher(stop < 0 ? after : after.substring(0, stop)).find();
    }

    private static final java.util.regex.Pattern RECURRING = java.util.regex.Pattern.compile("(?i)(?s).*\\b(?:every|each)\\s+$");

    /** "every Monday", "each Sunday": a weekday that recurs is no date. */
    static boolean recurring(String s, int start) {
        return RECURRING.matcher(s.substring(Math.max(0, start - 8), start)).matches();
    }

    private static void add(List<DateMention> out, int start, int end, String surface, LocalDate d, boolean anaphoric) {
        if (d != null) out.add(new DateMention(start, end, surface, d.toString(), anaphoric));
    }

    /** Month and day with an explicit year, or the year nearest the publication date. */
    private static LocalDate day(Month mo, int day, Integer year, LocalDate pub) {
        if (mo == null) return null;
        if (year != null) return Dates.of(year, mo, day);
        return pub == null ? null : Dates.nearest(mo, day, pub);
    }

    private static LocalDate safeDay(int y, Month mo, int day) {
        return Dates.of(y, mo, day);
    }

    static Month month(String word) {
        return Dates.month(word);
    }
}
