package org.sitegen.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitegen.PropertySeed;

/**
 * ISO-8601 weeks, checked against a source site-gen did not write: the weeks GNU date prints
 * ({@code %G-W%V}) for every day around 51 year ends, in src/test/resources/calendar.
 */
class IsoWeekTest {

    @ParameterizedTest
    @CsvSource({
            "2020-12-31, 2020, 53, /2020/w53/", // a Thursday: 2020 has 53 weeks
            "2021-01-03, 2020, 53, /2020/w53/", // a Sunday in January, still 2020's last week
            "2021-01-04, 2021, 1, /2021/w01/",
            "2024-12-30, 2025, 1, /2025/w01/",  // a Monday in December, already 2025's first week
            "2023-02-19, 2023, 7, /2023/w07/",
            "2023-02-13, 2023, 7, /2023/w07/",
            "2026-12-31, 2026, 53, /2026/w53/",
            "2027-01-01, 2026, 53, /2026/w53/"})
    void of_edgesOfTheYear(LocalDate day, int year, int week, String url) {
        IsoWeek iso = IsoWeek.of(day);
        assertThat(iso).isEqualTo(new IsoWeek(year, week));
        assertThat(iso.url()).isEqualTo(url);
        assertThat(iso.year()).isEqualTo(day.get(IsoFields.WEEK_BASED_YEAR));
        assertThat(iso.week()).isEqualTo(day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    @Test
    void of_agreesWithGnuDate_aroundEveryYearEnd() throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = IsoWeekTest.class.getResourceAsStream("/calendar/iso-weeks-gnu-date.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        }
        assertThat(lines).hasSizeGreaterThan(1100).contains("2020-12-31 2020-W53", "2021-01-03 2020-W53",
                "2024-12-30 2025-W01");
        for (String line : lines) {
            String[] dayAndWeek = line.split(" ");
            assertThat(IsoWeek.of(LocalDate.parse(dayAndWeek[0])).toString()).as(dayAndWeek[0])
                    .isEqualTo(dayAndWeek[1]);
        }
    }

    @Property(seed = PropertySeed.VALUE)
    void mondayToSunday_holdTheDay_andNameTheSameWeek(@ForAll @IntRange(min = -200_000, max = 200_000) int offset) {
        LocalDate day = LocalDate.of(2000, 1, 1).plusDays(offset);
        IsoWeek week = IsoWeek.of(day);
        assertThat(week.monday().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(week.monday()).isBeforeOrEqualTo(day);
        assertThat(week.sunday()).isAfterOrEqualTo(day).isEqualTo(week.monday().plusDays(6));
        assertThat(IsoWeek.of(week.monday())).isEqualTo(week);
        assertThat(IsoWeek.of(week.sunday())).isEqualTo(week);
        assertThat(week.url()).matches("/\\d{4}/w\\d{2}/");
        assertThat(week.week()).isBetween(1, 53);
    }

    @Test
    void compareTo_ordersByWeekBasedYearThenWeek() {
        assertThat(new IsoWeek(2020, 53)).isLessThan(new IsoWeek(2021, 1));
        assertThat(new IsoWeek(2021, 2)).isGreaterThan(new IsoWeek(2021, 1));
        assertThat(new IsoWeek(2023, 7).compareTo(IsoWeek.of(LocalDate.of(2023, 2, 19)))).isZero();
    }
}
