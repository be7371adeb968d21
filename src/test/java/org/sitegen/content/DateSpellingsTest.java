package org.sitegen.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Date spellings from the test suites of the generators archives come from, with the instant
 * each of them gives (site time zone UTC), so that every difference from Jekyll or Hugo is a
 * decision written down here and in docs/dates.md, never an accident.
 *
 * <p>Columns: the text of a {@code date:} value | what site-gen reads (an instant; a bare
 * YYYY-MM-DD for a calendar day without time; "error") | what Jekyll 4.3.1 (Ruby 3.1, its YAML
 * loader then {@code Utils.parse_date}) gives for {@code date: TEXT} | what Hugo 0.111.3
 * (spf13/cast 1.5.0) gives ("zero": Hugo dates the page 0001-01-01 without a word) | where the
 * case comes from, and why site-gen differs where it does. The generators' columns were made by
 * running them (src/test/tools/dates/, see docs/dates.md). Sources:
 * [YAML] yaml.org/type/timestamp.html examples; [JU] jekyll/jekyll test/test_utils.rb;
 * [JP] jekyll/jekyll test/source/_posts; [RT] ruby/ruby test/test_time.rb (lib/time.rb, which
 * Jekyll's Time.parse is); [CT] spf13/cast cast_test.go TestToTime (Hugo's date parsing);
 * [18F] 18F/18f.gsa.gov posts (docs/real-archives.md); [#21] the project's issue 21.
 */
class DateSpellingsTest {
    private static final String TABLE = """
            2001-12-15T02:59:43.1Z | 2001-12-15T02:59:43.100Z | 2001-12-15T02:59:43Z | 2001-12-15T02:59:43.100Z | [YAML] canonical
            2001-12-14t21:59:43.10-05:00 | 2001-12-15T02:59:43.100Z | 2001-12-15T02:59:43Z | zero | [YAML] valid iso8601, lowercase t. Hugo: zero
            2001-12-14 21:59:43.10 -5 | 2001-12-15T02:59:43.100Z | 2001-12-15T02:59:43Z | zero | [YAML] space separated, hour offset. Hugo: zero
            2001-12-15 2:59:43.10 | 2001-12-15T02:59:43.100Z | 2001-12-15T02:59:43Z | 2001-12-15T02:59:43.100Z | [YAML] no time zone, one-digit hour
            2002-12-14 | 2002-12-14 | 2002-12-14T00:00:00Z | 2002-12-14T00:00:00Z | [YAML] date
            2014-08-02 14:43:06 PDT | 2014-08-02T21:43:06Z | 2014-08-02T21:43:06Z | zero | [JU] RFC 822 zone name. Hugo: zero
            2010-01-10 13:07:09 +00:00 | 2010-01-10T13:07:09Z | 2010-01-10T13:07:09Z | 2010-01-10T13:07:09Z | [JP] timezone-override
            2010-01-10 13:07:09 | 2010-01-10T13:07:09Z | 2010-01-10T13:07:09Z | 2010-01-10T13:07:09Z | [JP] time-override
            2010-01-10 | 2010-01-10 | 2010-01-10T00:00:00Z | 2010-01-10T00:00:00Z | [JP] date-override
            Blah | error | error | zero | [JU] no date data. Hugo: zero
            9999-99-99 | error | error | zero | [JU] out of range. Hugo: zero
            1999-05-31T13:20:00-05:00 | 1999-05-31T18:20:00Z | 1999-05-31T18:20:00Z | 1999-05-31T18:20:00Z | [RT] xmlschema
            2000-01-20T12:00:00Z | 2000-01-20T12:00:00Z | 2000-01-20T12:00:00Z | 2000-01-20T12:00:00Z | [RT] xmlschema
            2000-01-20T12:00:00+12:00 | 2000-01-20T00:00:00Z | 2000-01-20T00:00:00Z | 2000-01-20T00:00:00Z | [RT] xmlschema
            2000-01-20T12:00:00-13:00 | 2000-01-21T01:00:00Z | 2000-01-21T01:00:00Z | 2000-01-21T01:00:00Z | [RT] xmlschema
            2001-04-17T19:23:17.3Z | 2001-04-17T19:23:17.300Z | 2001-04-17T19:23:17Z | 2001-04-17T19:23:17.300Z | [RT] xmlschema fraction
            2000-01-01T24:00:00Z | error | 2000-01-02T00:00:00Z | zero | [RT] Jekyll: the next day's 00:00; a writer of 24:00 may mean either day. Hugo: zero
            2000-01-01T00:00:00.+00:00 | error | 2000-01-01T00:00:00Z | zero | [RT] a point without digits: Ruby's xmlschema refuses it, Jekyll's Time.parse takes it. Hugo: zero
            1996-12-19T16:39:57-08:00 | 1996-12-20T00:39:57Z | 1996-12-20T00:39:57Z | 1996-12-20T00:39:57Z | [RT] xmlschema
            1996-12-19T16:39:57-0800 | 1996-12-20T00:39:57Z | 1996-12-20T00:39:57Z | 1996-12-20T00:39:57Z | [RT] offset without colon
            1996-12-19T16:39:57-08 | 1996-12-20T00:39:57Z | 1996-12-20T00:39:57Z | zero | [RT] offset in hours. Hugo: zero
            1985-04-12T23:20:50.52Z | 1985-04-12T23:20:50.520Z | 1985-04-12T23:20:50Z | 1985-04-12T23:20:50.520Z | [RT] xmlschema fraction
            1937-01-01T12:00:27.87+00:20 | 1937-01-01T11:40:27.870Z | 1937-01-01T11:40:27Z | 1937-01-01T11:40:27.870Z | [RT] Amsterdam's +00:20
            2008-06-05T23:49:23.000249+09:00 | 2008-06-05T14:49:23.000249Z | 2008-06-05T14:49:23Z | 2008-06-05T14:49:23Z | [RT] microseconds
            1990-12-31T23:59:60Z | error | 1991-01-01T00:00:00Z | zero | [RT] leap second. Jekyll: the next second; refused as a time that is not on any clock here. Hugo: zero
            Fri, 21 Nov 1997 09:55:06 -0600 | 1997-11-21T15:55:06Z | 1997-11-21T15:55:06Z | 1997-11-21T15:55:06Z | [RT] RFC 2822
            Tue, 1 Jul 2003 10:52:37 +0200 | 2003-07-01T08:52:37Z | 2003-07-01T08:52:37Z | zero | [RT] RFC 2822, one-digit day. Hugo: zero
            Thu, 13 Feb 1969 23:32:54 -0330 | 1969-02-14T03:02:54Z | 1969-02-14T03:02:54Z | 1969-02-14T03:02:54Z | [RT] RFC 2822, Newfoundland
            21 Nov 97 09:55:06 GMT | 1997-11-21T09:55:06Z | 1997-11-21T09:55:06Z | zero | [RT] RFC 822 two-digit year. Hugo: zero
            26 Aug 76 14:30 EDT | 1976-08-26T18:30:00Z | 1976-08-26T18:30:00Z | 1976-08-26T14:30:00Z | [RT] RFC 822. Hugo: takes EDT for the site zone
            Sun, 06 Nov 1994 08:49:37 GMT | 1994-11-06T08:49:37Z | 1994-11-06T08:49:37Z | 1994-11-06T08:49:37Z | [RT] RFC 2616
            Sunday, 06-Nov-94 08:49:37 GMT | 1994-11-06T08:49:37Z | 1994-11-06T08:49:37Z | 1994-11-06T08:49:37Z | [RT] RFC 850
            Sun Nov  6 08:49:37 1994 | 1994-11-06T08:49:37Z | 1994-11-06T08:49:37Z | 1994-11-06T08:49:37Z | [RT] asctime
            2001/11/29 21:12 | 2001-11-29T21:12:00Z | 2001-11-29T21:12:00Z | zero | [RT] completion. Hugo: zero
            2001/11/29 | 2001-11-29 | 2001-11-29T00:00:00Z | zero | [RT] completion. Hugo: zero
            2014-13-13T18:00:00-0900 | error | error | zero | [RT] out of range. Hugo: zero
            2009-11-10 23:00:00 +0000 UTC | 2009-11-10T23:00:00Z | 2009-11-10T23:00:00Z | 2009-11-10T23:00:00Z | [CT] Go's Time.String
            Tue Nov 10 23:00:00 2009 | 2009-11-10T23:00:00Z | 2009-11-10T23:00:00Z | 2009-11-10T23:00:00Z | [CT] ANSIC
            Tue Nov 10 23:00:00 UTC 2009 | 2009-11-10T23:00:00Z | 2009-11-10T23:00:00Z | 2009-11-10T23:00:00Z | [CT] UnixDate
            Tue Nov 10 23:00:00 +0000 2009 | 2009-11-10T23:00:00Z | 2009-11-10T23:00:00Z | 2009-11-10T23:00:00Z | [CT] RubyDate
            10 Nov 09 23:00 UTC | 2009-11-10T23:00:00Z | 2009-11-10T23:00:00Z | 2009-11-10T23:00:00Z | [CT] RFC822
            10 Nov 09 23:00 +0000 | 2009-11-10T23:00:00Z | 2009-11-10T23:00:00Z | 2009-11-10T23:00:00Z | [CT] RFC822Z
            Tuesday, 10-Nov-09 23:00:00 UTC | 2009-11-10T23:00:00Z | 2009-11-10T23:00:00Z | 2009-11-10T23:00:00Z | [CT] RFC850
            Tue, 10 Nov 2009 23:00:00 UTC | 2009-11-10T23:00:00Z | 2009-11-10T23:00:00Z | 2009-11-10T23:00:00Z | [CT] RFC1123
            Tue, 10 Nov 2009 23:00:00 +0000 | 2009-11-10T23:00:00Z | 2009-11-10T23:00:00Z | 2009-11-10T23:00:00Z | [CT] RFC1123Z
            2009-11-10T23:00:00Z | 2009-11-10T23:00:00Z | 2009-11-10T23:00:00Z | 2009-11-10T23:00:00Z | [CT] RFC3339
            2018-10-21T23:21:29+0200 | 2018-10-21T21:21:29Z | 2018-10-21T21:21:29Z | 2018-10-21T21:21:29Z | [CT] RFC3339 without colon
            2016-03-06 15:28:01-00:00 | 2016-03-06T15:28:01Z | 2016-03-06T15:28:01Z | 2016-03-06T15:28:01Z | [CT] RFC3339 without T
            2016-03-06 15:28:01-0000 | 2016-03-06T15:28:01Z | 2016-03-06T15:28:01Z | 2016-03-06T15:28:01Z | [CT]
            2016-03-06 15:28:01 | 2016-03-06T15:28:01Z | 2016-03-06T15:28:01Z | 2016-03-06T15:28:01Z | [CT]
            2016-03-06 15:28:01 -0000 | 2016-03-06T15:28:01Z | 2016-03-06T15:28:01Z | 2016-03-06T15:28:01Z | [CT]
            2016-03-06 15:28:01 -00:00 | 2016-03-06T15:28:01Z | 2016-03-06T15:28:01Z | 2016-03-06T15:28:01Z | [CT]
            2016-03-06 15:28:01 +0900 | 2016-03-06T06:28:01Z | 2016-03-06T06:28:01Z | 2016-03-06T06:28:01Z | [CT]
            2016-03-06 15:28:01 +09:00 | 2016-03-06T06:28:01Z | 2016-03-06T06:28:01Z | 2016-03-06T06:28:01Z | [CT]
            2006-01-02 | 2006-01-02 | 2006-01-02T00:00:00Z | 2006-01-02T00:00:00Z | [CT]
            02 Jan 2006 | 2006-01-02 | 2006-01-02T00:00:00Z | 2006-01-02T00:00:00Z | [CT]
            2006 | error | error | 1970-01-01T00:33:26Z | [CT] a year alone. Hugo: YAML reads 2006 as seconds since 1970
            11:00PM | error | build-day | 0000-01-01T23:00:00Z | [CT] Kitchen. Jekyll: the build's day. Hugo: year 0
            Nov 10 23:00:00 | error | build-year | 0000-11-10T23:00:00Z | [CT] Stamp. Jekyll: the build's year. Hugo: year 0
            2015-03-17 14:00:00 -4 | 2015-03-17T18:00:00Z | 2015-03-17T18:00:00Z | zero | [#21] [18F] offset in bare hours. Hugo: zero
            2015-03-17 14:00:00 +5 | 2015-03-17T09:00:00Z | 2015-03-17T09:00:00Z | zero | [#21] Hugo: zero
            2015-03-17 14:00:00 +05:30 | 2015-03-17T08:30:00Z | 2015-03-17T08:30:00Z | 2015-03-17T08:30:00Z | [#21]
            2015-03-17 14:00:00 +0530 | 2015-03-17T08:30:00Z | 2015-03-17T08:30:00Z | 2015-03-17T08:30:00Z | [#21]
            2015-03-17 4:00:00 +05:30 | 2015-03-16T22:30:00Z | 2015-03-16T22:30:00Z | 2015-03-16T22:30:00Z | [#21] one-digit hour
            2015-03-17T14:00:00.5z | 2015-03-17T14:00:00.500Z | 2015-03-17T14:00:00.500Z | zero | [#21] lowercase z. Hugo: zero
            2015-03-17 14:00:00 Z | 2015-03-17T14:00:00Z | 2015-03-17T14:00:00Z | zero | [YAML] space before Z. Hugo: zero
            2016-06-17 12:00-400 | 2016-06-17T16:00:00Z | 2016-06-17T12:00:00Z | zero | [18F] three-digit offset, -4:00 as Ruby's Date._parse reads it. Jekyll: Time.parse drops it silently. Hugo: zero
            2016-03-21 12:00 EDT | 2016-03-21T16:00:00Z | 2016-03-21T16:00:00Z | zero | [18F] Hugo: zero
            2016-07-19 (optional) | 2016-07-19 | 2016-07-19T00:00:00Z | zero | [18F] RFC 2822 comment, left out with a warning. Hugo: zero
            June 9, 2016 | 2016-06-09 | 2016-06-09T00:00:00Z | zero | [18F] Hugo: zero
            2016-03-03 3:00 | 2016-03-03T03:00:00Z | 2016-03-03T03:00:00Z | zero | [18F] Hugo: zero
            February 19, 2023 9:30 PM | 2023-02-19T21:30:00Z | 2023-02-19T21:30:00Z | zero | 12-hour clock. Hugo: zero
            Mon, 19 Feb 2023 09:30:00 +0100 | error | 2023-02-19T08:30:00Z | 2023-02-19T08:30:00Z | 19 February 2023 is a Sunday: the day or the weekday is wrong. Jekyll and Hugo: ignore the weekday
            2023-02-19 09:30 CET | error | 2023-02-19T09:30:00Z | zero | a zone name that is not one offset everywhere. Jekyll: drops CET, site zone. Hugo: zero
            03/04/2023 | error | 2023-04-03T00:00:00Z | zero | March 4 or 3 April? Jekyll: 3 April. Hugo: zero
            2023-02-31 | error | 2023-03-03T00:00:00Z | zero | Jekyll: rolls over to March 3. Hugo: zero
            2015-03-17 14:00:00 +25 | error | error | zero | no such offset. Hugo: zero
            """;

    private final DateParser utc = new DateParser(ZoneOffset.UTC);

    record Row(String text, String siteGen, String jekyll, String hugo, String note) {
        @Override
        public String toString() {
            return text;
        }
    }

    static Stream<Row> rows() {
        return TABLE.lines().map(line -> {
            List<String> cells = Arrays.stream(line.split(" \\| ", -1)).map(String::strip).toList();
            assertThat(cells).as(line).hasSize(5);
            return new Row(cells.get(0), cells.get(1), cells.get(2), cells.get(3), cells.get(4));
        });
    }

    @ParameterizedTest
    @MethodSource("rows")
    void read_givesTheTablesInstantOrRefuses(Row row) throws Exception {
        if (row.siteGen().equals("error")) {
            assertThatThrownBy(() -> utc.read(row.text())).isInstanceOf(DateParser.NotADate.class);
            return;
        }
        PublishedDate date = utc.read(row.text()).date();
        if (row.siteGen().length() == 10) {
            assertThat(date.hasTime()).as("calendar day").isFalse();
            assertThat(date.at().toLocalDate()).isEqualTo(LocalDate.parse(row.siteGen()));
            assertThat(date.at().toLocalTime()).hasToString("00:00");
        } else {
            assertThat(date.hasTime()).isTrue();
            assertThat(date.at().toInstant()).isEqualTo(Instant.parse(row.siteGen()));
        }
        assertThat(date.at().getZone()).isEqualTo(ZoneOffset.UTC);
    }

    /** Where site-gen and a generator give different dates, the row says why. */
    @ParameterizedTest
    @MethodSource("rows")
    void everyDifferenceFromJekyllOrHugo_isExplained(Row row) {
        // Jekyll's YAML loader keeps whole seconds only; Hugo's were recorded in milliseconds.
        if (!sameDate(row.siteGen(), row.jekyll(), ChronoUnit.SECONDS)) {
            assertThat(row.note()).as("why Jekyll differs").contains("Jekyll");
        }
        if (!sameDate(row.siteGen(), row.hugo(), ChronoUnit.MILLIS)) {
            assertThat(row.note()).as("why Hugo differs").contains("Hugo");
        }
    }

    private static boolean sameDate(String siteGen, String generator, ChronoUnit precision) {
        if (siteGen.equals("error") || !Character.isDigit(generator.charAt(0))) {
            return siteGen.equals(generator);
        }
        Instant ours = siteGen.length() == 10 ? LocalDate.parse(siteGen).atStartOfDay(ZoneId.of("UTC")).toInstant()
                : Instant.parse(siteGen);
        Instant theirs = Instant.parse(generator);
        return ours.truncatedTo(precision).equals(theirs.truncatedTo(precision));
    }
}
