package org.sitegen.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId UTC = ZoneId.of("UTC");

    private final DateParser berlin = new DateParser(BERLIN);
    private final DateParser utc = new DateParser(UTC);
    private TimeZone savedDefault;

    @BeforeEach
    void setFarAwayDefaultZone() {
        savedDefault = TimeZone.getDefault();
        // Far from both site zones: a date-only value must not move to another day.
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
    }

    @AfterEach
    void restoreDefaultZone() {
        TimeZone.setDefault(savedDefault);
    }

    private static PublishedDate parsed(DateParser parser, String text) {
        Optional<PublishedDate> result = parser.parse(text);
        assertThat(result).as("parse(%s)", text).isPresent();
        return result.get();
    }

    private static ZonedDateTime at(int y, int mo, int d, int h, int mi, int s, int nanos, ZoneId zone) {
        return ZonedDateTime.of(y, mo, d, h, mi, s, nanos, zone);
    }

    @Test
    void parse_dateOnlyBerlin_isMidnightOfThatDayInSiteZoneWithoutTime() {
        PublishedDate date = parsed(berlin, "2023-02-19");
        assertThat(date.at()).isEqualTo(at(2023, 2, 19, 0, 0, 0, 0, BERLIN));
        assertThat(date.hasTime()).isFalse();
    }

    @Test
    void parse_dateOnlyUtcWithOtherDefaultZone_isMidnightUtcOfThatDay() {
        TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
        PublishedDate date = parsed(utc, "2023-02-19");
        assertThat(date.at()).isEqualTo(at(2023, 2, 19, 0, 0, 0, 0, UTC));
        assertThat(date.at().toLocalDate().toString()).isEqualTo("2023-02-19");
        assertThat(date.hasTime()).isFalse();
    }

    @Test
    void parse_dateAndMinutesWithoutOffset_isThatTimeInSiteZone() {
        PublishedDate date = parsed(berlin, "2023-02-19 09:30");
        assertThat(date.at()).isEqualTo(at(2023, 2, 19, 9, 30, 0, 0, BERLIN));
        assertThat(date.hasTime()).isTrue();
    }

    @Test
    void parse_rfc3339WithColonOffset_isConvertedToSiteZone() {
        assertThat(parsed(berlin, "2023-02-19T09:30:00+01:00").at()).isEqualTo(at(2023, 2, 19, 9, 30, 0, 0, BERLIN));
        assertThat(parsed(utc, "2023-02-19T09:30:00+01:00").at()).isEqualTo(at(2023, 2, 19, 8, 30, 0, 0, UTC));
    }

    @Test
    void parse_rfc3339Zulu_isConvertedToSiteZone() {
        PublishedDate date = parsed(berlin, "2023-02-19T09:30:00Z");
        assertThat(date.at()).isEqualTo(at(2023, 2, 19, 10, 30, 0, 0, BERLIN));
        assertThat(date.hasTime()).isTrue();
        assertThat(parsed(utc, "2023-02-19T09:30:00Z").at()).isEqualTo(at(2023, 2, 19, 9, 30, 0, 0, UTC));
    }

    @Test
    void parse_jekyllSpaceSeparatedNegativeOffset_isConvertedToSiteZone() {
        // 14:00 at -04:00 is 18:00 UTC, 19:00 in Berlin (CET, before the March 29 change).
        assertThat(parsed(berlin, "2015-03-17 14:00:00 -0400").at()).isEqualTo(at(2015, 3, 17, 19, 0, 0, 0, BERLIN));
        assertThat(parsed(utc, "2015-03-17 14:00:00 -0400").at()).isEqualTo(at(2015, 3, 17, 18, 0, 0, 0, UTC));
    }

    @Test
    void parse_spaceSeparatedColonOffset_isConvertedToSiteZone() {
        assertThat(parsed(berlin, "2015-03-17 14:00:00 +01:00").at()).isEqualTo(at(2015, 3, 17, 14, 0, 0, 0, BERLIN));
        assertThat(parsed(utc, "2015-03-17 14:00:00 +01:00").at()).isEqualTo(at(2015, 3, 17, 13, 0, 0, 0, UTC));
    }

    @Test
    void parse_fractionalSeconds_keepsMilliseconds() {
        PublishedDate date = parsed(berlin, "2023-02-19 09:30:00.123");
        assertThat(date.at()).isEqualTo(at(2023, 2, 19, 9, 30, 0, 123_000_000, BERLIN));
        assertThat(date.hasTime()).isTrue();
    }

    @Test
    void parse_offsetWithoutColon_isConvertedToSiteZone() {
        assertThat(parsed(berlin, "2023-02-19T09:30:00+0100").at()).isEqualTo(at(2023, 2, 19, 9, 30, 0, 0, BERLIN));
        assertThat(parsed(utc, "2023-02-19T09:30:00+0100").at()).isEqualTo(at(2023, 2, 19, 8, 30, 0, 0, UTC));
    }

    @Test
    void parse_rfc1123_isConvertedToSiteZone() {
        PublishedDate date = parsed(utc, "Sun, 19 Feb 2023 09:30:00 +0100");
        assertThat(date.at()).isEqualTo(at(2023, 2, 19, 8, 30, 0, 0, UTC));
        assertThat(date.hasTime()).isTrue();
        assertThat(parsed(berlin, "Sun, 19 Feb 2023 09:30:00 +0100").at())
                .isEqualTo(at(2023, 2, 19, 9, 30, 0, 0, BERLIN));
    }

    @Test
    void parse_dayMonthNameYear_isThatDayWithoutTime() {
        PublishedDate date = parsed(berlin, "19 February 2023");
        assertThat(date.at()).isEqualTo(at(2023, 2, 19, 0, 0, 0, 0, BERLIN));
        assertThat(date.hasTime()).isFalse();
    }

    @Test
    void parse_monthNameDayCommaYear_isThatDayWithoutTime() {
        PublishedDate date = parsed(utc, "February 19, 2023");
        assertThat(date.at()).isEqualTo(at(2023, 2, 19, 0, 0, 0, 0, UTC));
        assertThat(date.hasTime()).isFalse();
    }

    @Test
    void parse_slashSeparated_isThatDayWithoutTime() {
        PublishedDate date = parsed(berlin, "2023/02/19");
        assertThat(date.at()).isEqualTo(at(2023, 2, 19, 0, 0, 0, 0, BERLIN));
        assertThat(date.hasTime()).isFalse();
    }

    @Test
    void parse_goTimeStringWithOffsetAndZoneName_usesOffset() {
        PublishedDate date = parsed(berlin, "2023-02-19 09:30:00 +0000 UTC");
        assertThat(date.at()).isEqualTo(at(2023, 2, 19, 10, 30, 0, 0, BERLIN));
        assertThat(date.hasTime()).isTrue();
    }

    @Test
    void parse_lateEveningNegativeOffset_isNextDayInUtc() {
        PublishedDate date = parsed(utc, "2023-02-19T23:30:00-05:00");
        assertThat(date.at()).isEqualTo(at(2023, 2, 20, 4, 30, 0, 0, UTC));
        assertThat(date.at().toLocalDate().toString()).isEqualTo("2023-02-20");
    }

    @Test
    void parse_surroundingWhitespace_isIgnored() {
        assertThat(parsed(utc, "  2023-02-19\t").at()).isEqualTo(at(2023, 2, 19, 0, 0, 0, 0, UTC));
    }

    @Test
    void parse_leapDay_isAccepted() {
        assertThat(parsed(utc, "2024-02-29").at()).isEqualTo(at(2024, 2, 29, 0, 0, 0, 0, UTC));
    }

    /**
     * The day of a date with an offset is its day in the site zone (URL, date archives, the date
     * shown), as Jekyll does; Hugo keeps the author's offset. Both established by building a post
     * dated "2015-03-17 04:00:00 +05:30" on a site in America/New_York: Jekyll 4.3.1 puts it at
     * /2015/03/16/, Hugo 0.111.3 at /2015/03/17/ (docs/dates.md).
     */
    @Test
    void parse_offsetDate_fallsOnItsDayInTheSiteZone() {
        ZoneId newYork = ZoneId.of("America/New_York");
        PublishedDate date = parsed(new DateParser(newYork), "2015-03-17 04:00:00 +05:30");
        assertThat(date.at()).isEqualTo(at(2015, 3, 16, 18, 30, 0, 0, newYork));
        assertThat(date.at().toLocalDate()).hasToString("2015-03-16");
    }

    /** Hugo and site-gen put a time without offset in the site zone; Jekyll (YAML 1.1) in UTC. */
    @Test
    void parse_timeWithoutOffset_isInTheSiteZoneEvenWhenItIsAYamlTimestamp() {
        ZoneId newYork = ZoneId.of("America/New_York");
        assertThat(parsed(new DateParser(newYork), "2015-03-17 14:00:00").at())
                .isEqualTo(at(2015, 3, 17, 14, 0, 0, 0, newYork));
    }

    @Test
    void read_notADate_saysWhyOrListsTheAcceptedForms() {
        assertThat(reason("yesterday")).isEqualTo(DateParser.ACCEPTED_FORMS);
        assertThat(reason("2023-02-31")).isEqualTo("February 2023 has 28 days");
        assertThat(reason("2024-02-30")).isEqualTo("February 2024 has 29 days"); // a leap year
        assertThat(reason("2023-00-10")).isEqualTo("there is no month 0 (months run from 1 to 12)");
        assertThat(reason("2023-04-31 10:00")).isEqualTo("April 2023 has 30 days");
        assertThat(reason("2023-04-30 10:60")).isEqualTo("minutes run from 00 to 59");
        assertThat(reason("2023-02-19 09:30 IST")).startsWith("unknown time zone \"IST\"");
        assertThat(reason("Mon, 19 Feb 2023")).isEqualTo("2023-02-19 is a Sunday, not a Monday");
        assertThat(reason("Xyz, 19 Feb 2023")).isEqualTo("\"Xyz\" is not a weekday (2023-02-19 is a Sunday)");
        assertThat(reason("2023-02-19 09:30 -04:75")).startsWith("offset -04:75 is not a UTC offset");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-19 9:30 p.m.", "February 19th, 2023 at 9:30 PM", "Sunday February 19, 2023 21:30",
            "2023-02-19 21:30:00 -0000 (UTC)", "19-Feb-23 21:30 GMT", "Sun Feb 19 21:30:00 +00:00 2023"})
    void parse_proseAndMailSpellings_giveTheSameInstant(String text) {
        assertThat(parsed(utc, text).at()).isEqualTo(at(2023, 2, 19, 21, 30, 0, 0, UTC));
    }

    @Test
    void parse_twelveOClock_isNoonPmAndMidnightAm() {
        assertThat(parsed(utc, "2023-02-19 12:05 PM").at()).isEqualTo(at(2023, 2, 19, 12, 5, 0, 0, UTC));
        assertThat(parsed(utc, "2023-02-19 12:05 AM").at()).isEqualTo(at(2023, 2, 19, 0, 5, 0, 0, UTC));
    }

    private String reason(String text) {
        try {
            utc.read(text);
            throw new AssertionError("read " + text);
        } catch (DateParser.NotADate e) {
            return e.getMessage();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-31", "2023-13-01", "2023-02-29", "yesterday", "2023-02-19 25:00",
            "19 Foo 2023", "", "2023-02-19 09:61", "31 February 2023"})
    void parse_impossibleOrUnknown_isEmpty(String text) {
        assertThat(berlin.parse(text)).isEmpty();
        assertThat(utc.parse(text)).isEmpty();
    }
}
