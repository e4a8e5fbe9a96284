package org.communique.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The publication date of a JSON line: an ISO date or date-time, a basic ISO date (yyyyMMdd), or an
 * epoch number in seconds, milliseconds, microseconds or nanoseconds, told apart by magnitude. A
 * date outside {@link #FIRST}..{@link #LAST} is no publication date (the reader warns): scrapers
 * write such values by mistake, and the date resolver works on four-digit years.
 */
final class PublicationDate {
    static final LocalDate FIRST = LocalDate.of(1800, 1, 1);
    static final LocalDate LAST = LocalDate.of(2199, 12, 31);
    private static final Pattern EPOCH = Pattern.compile("-?\\d{9,}(\\.\\d+)?");
    private static final Pattern BASIC = Pattern.compile("\\d{8}");
    /** Epoch units by magnitude: below 1e11 seconds (that is up to the year 5138), below 1e14 milliseconds, ... */
    private static final long[][] UNITS = {{100_000_000_000L, 1}, {100_000_000_000_000L, 1_000},
            {100_000_000_000_000_000L, 1_000_000}};
    private static final BigDecimal NANOS = BigDecimal.valueOf(1_000_000_000L);
    private static final BigDecimal MAX_NANOS = BigDecimal.valueOf(Long.MAX_VALUE);

    private PublicationDate() {}

    /** A date read, or why none was: exactly one of the two is set. */
    record Parsed(LocalDate date, String warning) {}

    static Parsed parse(String field, JsonNode d) {
        String s = d.asText().trim();
        boolean epoch = d.isNumber() || EPOCH.matcher(s).matches();
        LocalDate date;
        try {
            if (epoch) {
                date = epoch(d.isNumber() ? d.decimalValue() : new BigDecimal(s));
            } else if (BASIC.matcher(s).matches()) {
                date = LocalDate.parse(s, DateTimeFormatter.BASIC_ISO_DATE);
            } else {
                date = iso(s);
            }
        } catch (DateTimeException | ArithmeticException e) {
            date = null;
        }
        if (date == null && !epoch) return new Parsed(null, "unreadable date in field '" + field + "': " + s);
        if (date == null || date.isBefore(FIRST) || date.isAfter(LAST)) {
            return new Parsed(null, "date out of range in field '" + field + "': " + s
                    + (date == null ? "" : " (read as " + date + ")") + "; publication dates run from " + FIRST
                    + " to " + LAST + ", so the article has none from this field");
        }
        return new Parsed(date, null);
    }

    /** The UTC day of an epoch number, its unit told by magnitude; null beyond every unit. */
    private static LocalDate epoch(BigDecimal v) {
        BigDecimal abs = v.abs();
        for (long[] unit : UNITS) {
            if (abs.compareTo(BigDecimal.valueOf(unit[0])) < 0) return day(v, BigDecimal.valueOf(unit[1]));
        }
        return abs.compareTo(MAX_NANOS) > 0 ? null : day(v, NANOS);
    }

    private static LocalDate day(BigDecimal v, BigDecimal perSecond) {
        long seconds = v.divide(perSecond, 0, RoundingMode.FLOOR).longValueExact();
        return Instant.ofEpochSecond(seconds).atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** An ISO date, date-time with or without offset, or a date followed by anything ("2024-10-29 08:00"). */
    private static LocalDate iso(String s) {
        List<Function<String, LocalDate>> forms = List.of(LocalDate::parse, t -> OffsetDateTime.parse(t).toLocalDate(),
                t -> LocalDateTime.parse(t).toLocalDate(), t -> LocalDate.parse(t.substring(0, Math.min(10, t.length()))));
        for (Function<String, LocalDate> form : forms) {
            try {
                return form.apply(s);
            } catch (DateTimeParseException e) {
                // the next form
            }
        }
        return null;
    }
}
