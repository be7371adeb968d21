package org.sitegen.content;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date forms real archives contain (ISO 8601, Jekyll's "2015-03-17 14:00:00 -0400",
 * Hugo's RFC 3339 and RFC 1123, "19 February 2023", "February 19, 2023"). A date without an
 * offset is in the site zone; a date without a time is that calendar day, whatever the machine.
 * Impossible dates (2023-02-31) are rejected, never rolled over.
 */
public final class DateParser {
    private static final String TIME = "(?:[T ]\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?)?";
    private static final String ZONE = "\\s*(Z|z|[+-]\\d{2}(?::?\\d{2})?)?(?:\\s+([A-Za-z]{1,5}))?";
    private static final Pattern NUMERIC = Pattern.compile(
            "(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})" + TIME + ZONE);
    /** "Sun, 19 Feb 2023 09:30:00 +0100", "19 February 2023", "February 19, 2023 09:30". */
    private static final Pattern WORDY = Pattern.compile(
            "(?:[A-Za-z]{3,9},?\\s+)?(?:(\\d{1,2})\\s+([A-Za-z]{3,9})\\.?|([A-Za-z]{3,9})\\.?\\s+(\\d{1,2}),?)\\s+(\\d{4})"
                    + "(?:,?\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?" + ZONE);
    private static final Map<String, ZoneId> ZONE_NAMES = Map.of(
            "UTC", ZoneOffset.UTC, "GMT", ZoneOffset.UTC, "Z", ZoneOffset.UTC, "UT", ZoneOffset.UTC);

    private final ZoneId siteZone;

    public DateParser(ZoneId siteZone) {
        this.siteZone = siteZone;
    }

    /** The date, or empty when {@code text} is not a date this parser knows or not a real day. */
    public Optional<PublishedDate> parse(String text) {
        String value = text.strip();
        try {
            Matcher m = NUMERIC.matcher(value);
            if (m.matches()) {
                LocalDate day = LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3)));
                return Optional.of(at(day, time(m.group(4), m.group(5), m.group(6), m.group(7)), m.group(8), m.group(9)));
            }
            m = WORDY.matcher(value);
            if (m.matches()) {
                boolean dayFirst = m.group(1) != null;
                Month month = month(dayFirst ? m.group(2) : m.group(3));
                int dayOfMonth = num(dayFirst ? m.group(1) : m.group(4));
                LocalDate day = LocalDate.of(num(m.group(5)), month, dayOfMonth);
                return Optional.of(at(day, time(m.group(6), m.group(7), m.group(8), null), m.group(9), m.group(10)));
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private PublishedDate at(LocalDate day, LocalTime time, String offset, String zoneName) {
        ZoneId zone = zone(offset, zoneName);
        if (time == null) {
            // A calendar day is that day in the site zone, even when an offset is given.
            return new PublishedDate(day.atStartOfDay(siteZone), false);
        }
        ZonedDateTime written = LocalDateTime.of(day, time).atZone(zone);
        return new PublishedDate(written.withZoneSameInstant(siteZone), true);
    }

    private ZoneId zone(String offset, String zoneName) {
        if (offset != null) {
            return "Z".equalsIgnoreCase(offset) ? ZoneOffset.UTC : ZoneOffset.of(normaliseOffset(offset));
        }
        if (zoneName != null) {
            ZoneId named = ZONE_NAMES.get(zoneName.toUpperCase(Locale.ROOT));
            if (named == null) {
                throw new IllegalArgumentException("unknown zone " + zoneName);
            }
            return named;
        }
        return siteZone;
    }

    /** "+0100" and "+01" become "+01:00", which ZoneOffset.of reads. */
    private static String normaliseOffset(String offset) {
        String digits = offset.substring(1).replace(":", "");
        String hhmm = digits.length() == 2 ? digits + "00" : digits;
        return offset.charAt(0) + hhmm.substring(0, 2) + ":" + hhmm.substring(2);
    }

    private static LocalTime time(String hour, String minute, String second, String fraction) {
        if (hour == null) {
            return null;
        }
        int nanos = fraction == null ? 0 : num((fraction + "000000000").substring(0, 9));
        return LocalTime.of(num(hour), num(minute), second == null ? 0 : num(second), nanos);
    }

    private static Month month(String name) {
        String key = name.toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = month.name();
            if (key.length() >= 3 && full.startsWith(key) || key.equals("SEPT") && month == Month.SEPTEMBER) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
