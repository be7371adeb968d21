package org.sitegen.content;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date spellings that Jekyll (Ruby's YAML and {@code Time.parse}), Hugo (Go's
 * {@code spf13/cast} formats) and YAML 1.1 timestamps accept, as far as they name one instant
 * without guessing: ISO 8601 / RFC 3339 / YAML ({@code 2015-03-17 14:00:00 -4},
 * {@code 2023-02-19t09:30:00.5z}), RFC 822/850/1123/2822 ({@code Sun, 19 Feb 2023 09:30:00 +0100}),
 * prose ({@code 19 February 2023}, {@code February 19, 2023 9:30 PM}) and Go's and Unix's
 * {@code Sun Feb 19 09:30:00 UTC 2023}. See docs/dates.md for where each form comes from.
 *
 * <p>A date without a time is that calendar day in the site zone, whatever the machine; a time
 * without an offset is in the site zone. Anything else is refused with a reason, never guessed:
 * impossible days (2023-02-31, which Ruby rolls over to March 3), all-numeric day/month orders
 * (03/04/2023), zone names that mean different offsets in different places (IST, CST in China),
 * a weekday that disagrees with the day.
 */
public final class DateParser {
    /** What a writer is told when a date is in none of the forms this parser reads. */
    public static final String ACCEPTED_FORMS = "accepted forms: 2023-02-19, 2023-02-19 09:30, "
            + "2023-02-19T09:30:00.5Z, 2023-02-19 09:30:00 +01:00 (or +0100, +01, +1, -4, UTC, GMT, "
            + "EST/EDT, CST/CDT, MST/MDT, PST/PDT), Sun, 19 Feb 2023 09:30:00 +0100, 19 February 2023, "
            + "February 19, 2023 9:30 PM, Sun Feb 19 09:30:00 UTC 2023";

    /** 09:30, 9:30:00, 09:30:00.123456, 9:30 p.m. */
    private static final String TIME = "(?<hour>\\d{1,2}):(?<minute>\\d{2})(?::(?<second>\\d{2})"
            + "(?:[.,](?<fraction>\\d+))?)?(?:\\s*(?<meridiem>[AaPp])\\.?[Mm]\\.?)?";
    /**
     * Z; +05:30, +0530, +05, +5, -4 and +530 (hour and minutes, as Ruby's Date._parse reads
     * three digits); then, or instead, a zone name (Go's Time.String writes "+0000 UTC").
     */
    private static final String ZONE = "(?:\\s*(?:(?<zulu>[Zz])|(?<sign>[+-])(?<offsetHours>\\d{1,2})"
            + "(?::?(?<offsetMinutes>\\d{2}))?))?(?:\\s*(?<zoneName>[A-Za-z]{1,5}))?";
    /** ISO 8601, RFC 3339, YAML 1.1 timestamps, Jekyll's and Go's "2006-01-02 15:04:05 -0700". */
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<year>\\d{4})(?<sep>[-/])(?<month>\\d{1,2})\\k<sep>(?<day>\\d{1,2})"
                    + "(?:(?:[Tt]|\\s+)" + TIME + ")?" + ZONE);
    /** RFC 822/850/1123/2822 ("Sun, 19 Feb 2023", "Sunday, 19-Feb-23"), "19 February 2023", "February 19th, 2023". */
    private static final Pattern WRITTEN = Pattern.compile(
            "(?:(?<weekday>[A-Za-z]{3,9})\\.?,?\\s+)?"
                    + "(?:(?<dayFirst>\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|-)(?<monthSecond>[A-Za-z]{3,9})\\.?(?:\\s+|-)"
                    + "(?<yearThird>\\d{4}|\\d{2})"
                    + "|(?<monthFirst>[A-Za-z]{3,9})\\.?\\s+(?<daySecond>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<yearLast>\\d{4}))"
                    + "(?:,?\\s+(?:at\\s+)?" + TIME + ")?" + ZONE);
    /** Go's ANSIC, UnixDate and RubyDate, and what {@code date} prints: "Sun Feb 19 09:30:00 UTC 2023". */
    private static final Pattern UNIX = Pattern.compile(
            "(?<weekday>[A-Za-z]{3,9}),?\\s+(?<month>[A-Za-z]{3,9})\\.?\\s+(?<day>\\d{1,2})\\s+" + TIME + ZONE
                    + "\\s+(?<year>\\d{4})");
    /**
     * The zone names that mean one offset wherever they are used: UTC's names and the US zones
     * of RFC 822 section 5 (also in Ruby's Time::ZoneOffset). CET, IST, BST... are refused.
     */
    private static final Map<String, ZoneOffset> ZONE_NAMES = Map.ofEntries(
            Map.entry("UTC", ZoneOffset.UTC), Map.entry("UT", ZoneOffset.UTC), Map.entry("GMT", ZoneOffset.UTC),
            Map.entry("Z", ZoneOffset.UTC),
            Map.entry("EST", ZoneOffset.ofHours(-5)), Map.entry("EDT", ZoneOffset.ofHours(-4)),
            Map.entry("CST", ZoneOffset.ofHours(-6)), Map.entry("CDT", ZoneOffset.ofHours(-5)),
            Map.entry("MST", ZoneOffset.ofHours(-7)), Map.entry("MDT", ZoneOffset.ofHours(-6)),
            Map.entry("PST", ZoneOffset.ofHours(-8)), Map.entry("PDT", ZoneOffset.ofHours(-7)));

    private final ZoneId siteZone;

    public DateParser(ZoneId siteZone) {
        this.siteZone = siteZone;
    }

    /**
     * A date read from text.
     *
     * @param date    the date
     * @param comment a trailing parenthesised comment that was left out, as RFC 2822 allows
     *                ("-0330 (Newfoundland Time)"; "2016-07-19 (optional)" in a real archive), or null
     */
    public record Reading(PublishedDate date, String comment) {
    }

    /** Why a text is not a date; {@link #getMessage()} is null when the text itself shows it (2023-02-31). */
    public static final class NotADate extends Exception {
        NotADate(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The date, or empty when {@code text} is not one (see {@link #read} for why). */
    public Optional<PublishedDate> parse(String text) {
        try {
            return Optional.of(read(text).date());
        } catch (NotADate e) {
            return Optional.empty();
        }
    }

    /** Reads {@code text}, or says why it is not a date. */
    public Reading read(String text) throws NotADate {
        String value = text.strip();
        String comment = null;
        int open = value.lastIndexOf('(');
        if (value.endsWith(")") && open > 0 && value.indexOf(')') == value.length() - 1) {
            comment = value.substring(open);
            value = value.substring(0, open).strip();
        }
        PublishedDate quick = quick(value);
        if (quick != null) {
            return new Reading(quick, comment);
        }
        return new Reading(withPatterns(value), comment);
    }

    /**
     * The two spellings nearly every front matter uses, 2023-02-19 and 2023-02-19T09:30:00Z, read
     * without the patterns when they name a real day and time; null for anything else (an
     * impossible day or hour included, which the patterns then explain). DateSpellingsTest holds
     * it to what the patterns read.
     */
    PublishedDate quick(String value) {
        int n = value.length();
        if ((n != 10 && n != 20) || !digits(value, 0, 4) || value.charAt(4) != '-' || !digits(value, 5, 7)
                || value.charAt(7) != '-' || !digits(value, 8, 10)) {
            return null;
        }
        int year = twoDigits(value, 0) * 100 + twoDigits(value, 2);
        int month = twoDigits(value, 5);
        int dayOfMonth = twoDigits(value, 8);
        if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        LocalDate day = LocalDate.of(year, month, dayOfMonth);
        if (n == 10) {
            return new PublishedDate(day.atStartOfDay(siteZone), false);
        }
        if (value.charAt(10) != 'T' || value.charAt(13) != ':' || value.charAt(16) != ':' || value.charAt(19) != 'Z'
                || !digits(value, 11, 13) || !digits(value, 14, 16) || !digits(value, 17, 19)) {
            return null;
        }
        int hour = twoDigits(value, 11);
        int minute = twoDigits(value, 14);
        int second = twoDigits(value, 17);
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        return new PublishedDate(LocalDateTime.of(day, LocalTime.of(hour, minute, second)).atZone(ZoneOffset.UTC)
                .withZoneSameInstant(siteZone), true);
    }

    private static boolean digits(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int twoDigits(String value, int at) {
        return (value.charAt(at) - '0') * 10 + value.charAt(at + 1) - '0';
    }

    /** {@code value} (stripped, without a comment) read by the patterns. */
    PublishedDate withPatterns(String value) throws NotADate {
        try {
            Matcher m = NUMERIC.matcher(value);
            if (m.matches()) {
                LocalDate day = day(num(m.group("year")), num(m.group("month")), num(m.group("day")));
                return at(day, m);
            }
            m = WRITTEN.matcher(value);
            if (m.matches()) {
                boolean dayFirst = m.group("dayFirst") != null;
                Month month = month(m.group(dayFirst ? "monthSecond" : "monthFirst"));
                int dayOfMonth = num(m.group(dayFirst ? "dayFirst" : "daySecond"));
                LocalDate day = day(year(m.group(dayFirst ? "yearThird" : "yearLast")), month.getValue(), dayOfMonth);
                checkWeekday(m.group("weekday"), day);
                return at(day, m);
            }
            m = UNIX.matcher(value);
            if (m.matches()) {
                LocalDate day = day(num(m.group("year")), month(m.group("month")).getValue(), num(m.group("day")));
                checkWeekday(m.group("weekday"), day);
                return at(day, m);
            }
        } catch (DateTimeException e) {
            throw new NotADate(null); // checked before; a year beyond what java.time holds shows itself
        }
        throw new NotADate(ACCEPTED_FORMS);
    }

    /** The day, or why there is no such day ("February 2025 has 28 days"). */
    private static LocalDate day(int year, int month, int dayOfMonth) throws NotADate {
        if (month < 1 || month > 12) {
            throw new NotADate("there is no month " + month + " (months run from 1 to 12)");
        }
        int length = java.time.YearMonth.of(year, month).lengthOfMonth();
        if (dayOfMonth < 1 || dayOfMonth > length) {
            throw new NotADate(display(Month.of(month).name()) + " " + year + " has " + length + " days");
        }
        return LocalDate.of(year, month, dayOfMonth);
    }

    private PublishedDate at(LocalDate day, Matcher m) throws NotADate {
        ZoneId zone = zone(m);
        LocalTime time = time(m);
        if (time == null) {
            // A calendar day is that day in the site zone, even when an offset is given.
            return new PublishedDate(day.atStartOfDay(siteZone), false);
        }
        return new PublishedDate(LocalDateTime.of(day, time).atZone(zone).withZoneSameInstant(siteZone), true);
    }

    private ZoneId zone(Matcher m) throws NotADate {
        String name = m.group("zoneName");
        ZoneOffset named = name == null ? null : ZONE_NAMES.get(name.toUpperCase(Locale.ROOT));
        ZoneOffset written = null;
        if (m.group("zulu") != null) {
            written = ZoneOffset.UTC;
        } else if (m.group("sign") != null) {
            int minutes = m.group("offsetMinutes") == null ? 0 : num(m.group("offsetMinutes"));
            int seconds = (num(m.group("offsetHours")) * 3600 + minutes * 60) * (m.group("sign").equals("-") ? -1 : 1);
            String shown = m.group("sign") + m.group("offsetHours") + (minutes == 0 ? "" : ":" + m.group("offsetMinutes"));
            if (minutes > 59 || Math.abs(seconds) > ZoneOffset.MAX.getTotalSeconds()) {
                throw new NotADate("offset " + shown + " is not a UTC offset (they run from -18:00 to +18:00)");
            }
            written = ZoneOffset.ofTotalSeconds(seconds);
        }
        if (written != null) {
            // After an offset a name is a label (Go writes "+0200 CEST"); one that we know must agree.
            if (named != null && !named.equals(written)) {
                throw new NotADate("the offset " + shown(written) + " and the zone " + name + " (" + shown(named)
                        + ") disagree");
            }
            return written;
        }
        if (name != null) {
            if (named == null) {
                throw new NotADate("unknown time zone \"" + name + "\": write its offset instead, e.g. +01:00 "
                        + "(known names: UTC, GMT, Z, EST, EDT, CST, CDT, MST, MDT, PST, PDT)");
            }
            return named;
        }
        return siteZone;
    }

    /** "+00:00" rather than Java's "Z", beside offsets written as "+0000". */
    private static String shown(ZoneOffset offset) {
        return offset.equals(ZoneOffset.UTC) ? "+00:00" : offset.getId();
    }

    private static LocalTime time(Matcher m) throws NotADate {
        if (m.group("hour") == null) {
            return null;
        }
        int hour = num(m.group("hour"));
        String meridiem = m.group("meridiem");
        if (meridiem != null) {
            if (hour < 1 || hour > 12) {
                throw new NotADate(hour + " is not an hour of a 12-hour clock (1 to 12 before AM or PM)");
            }
            hour = hour % 12 + (meridiem.equalsIgnoreCase("p") ? 12 : 0);
        }
        String fraction = m.group("fraction");
        // Digits beyond nanoseconds are below anything a date can show.
        int nanos = fraction == null ? 0 : num((fraction + "000000000").substring(0, 9));
        String second = m.group("second");
        int minute = num(m.group("minute"));
        int seconds = second == null ? 0 : num(second);
        if (hour > 23) {
            throw new NotADate("hours run from 00 to 23" + (hour == 24 && minute == 0 ? " (midnight at the end of a day is 00:00 of the next)" : ""));
        }
        if (minute > 59 || seconds > 59) {
            throw new NotADate((minute > 59 ? "minutes" : "seconds") + " run from 00 to 59");
        }
        return LocalTime.of(hour, minute, seconds, nanos);
    }

    /** A weekday, when written, must be the day's: otherwise the day or the weekday is a typo. */
    private static void checkWeekday(String name, LocalDate day) throws NotADate {
        if (name == null) {
            return;
        }
        DayOfWeek written = null;
        for (DayOfWeek candidate : DayOfWeek.values()) {
            if (isNameOf(name, candidate.name())) {
                written = candidate;
            }
        }
        String actual = display(day.getDayOfWeek().name());
        if (written == null) {
            throw new NotADate("\"" + name + "\" is not a weekday (" + day + " is a " + actual + ")");
        }
        if (written != day.getDayOfWeek()) {
            throw new NotADate(day + " is a " + actual + ", not a " + display(written.name()));
        }
    }

    private static Month month(String name) throws NotADate {
        for (Month month : Month.values()) {
            if (isNameOf(name, month.name()) || name.equalsIgnoreCase("sept") && month == Month.SEPTEMBER) {
                return month;
            }
        }
        throw new NotADate("\"" + name + "\" is not a month");
    }

    /** "Feb", "febr" and "February" name FEBRUARY; two letters are too few. */
    private static boolean isNameOf(String name, String fullName) {
        return name.length() >= 3 && fullName.startsWith(name.toUpperCase(Locale.ROOT));
    }

    private static String display(String upperName) {
        return upperName.charAt(0) + upperName.substring(1).toLowerCase(Locale.ROOT);
    }

    /** Two-digit years (RFC 822 and 850) as Go and Ruby read them: 69-99 are 1969-1999, 00-68 are 2000-2068. */
    private static int year(String digits) {
        int year = num(digits);
        return digits.length() > 2 ? year : year + (year >= 69 ? 1900 : 2000);
    }

    private static int num(String digits) {
        return Integer.parseInt(digits);
    }
}
