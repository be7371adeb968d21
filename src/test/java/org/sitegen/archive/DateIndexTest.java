package org.sitegen.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sitegen.archive.Entries.briefing;
import static org.sitegen.archive.Entries.date;
import static org.sitegen.archive.Entries.dateTime;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateIndexTest {
    private final Entry feb19late = briefing("late", dateTime(2023, 2, 19, 18, 0));
    private final Entry feb19early = briefing("early", dateTime(2023, 2, 19, 9, 0));
    private final Entry jan9 = briefing("florin", date(2023, 1, 9));
    private final Entry jun10 = briefing("border", date(2022, 6, 10));
    private final Entry jan14 = briefing("budget", date(2022, 1, 14));
    private final DateIndex index = new DateIndex(List.of(feb19late, feb19early, jan9, jun10, jan14));

    @Test
    void years_groupedNewestFirst() {
        assertThat(index.years().keySet()).containsExactly(2023, 2022);
        assertThat(index.years().get(2023)).containsExactly(feb19late, feb19early, jan9);
        assertThat(index.years().get(2022)).containsExactly(jun10, jan14);
    }

    @Test
    void months_groupedNewestFirst() {
        assertThat(index.months().keySet()).containsExactly(YearMonth.of(2023, 2), YearMonth.of(2023, 1),
                YearMonth.of(2022, 6), YearMonth.of(2022, 1));
        assertThat(index.months().get(YearMonth.of(2023, 2))).containsExactly(feb19late, feb19early);
    }

    @Test
    void days_groupedNewestFirstKeepingOrderWithinDay() {
        assertThat(index.days().keySet()).containsExactly(LocalDate.of(2023, 2, 19), LocalDate.of(2023, 1, 9),
                LocalDate.of(2022, 6, 10), LocalDate.of(2022, 1, 14));
        assertThat(index.days().get(LocalDate.of(2023, 2, 19))).containsExactly(feb19late, feb19early);
    }

    @Test
    void monthsOf_oneYearNewestFirst() {
        assertThat(index.monthsOf(2022)).containsExactly(YearMonth.of(2022, 6), YearMonth.of(2022, 1));
        assertThat(index.monthsOf(2021)).isEmpty();
    }

    @Test
    void days_useSiteZoneDateOfEntry() {
        // 23:30 in Berlin on the 19th is the 19th, though it is the 19th 22:30 UTC
        Entry berlin = briefing("b", new org.sitegen.content.PublishedDate(
                java.time.ZonedDateTime.of(2023, 2, 19, 23, 30, 0, 0, java.time.ZoneId.of("Europe/Berlin")), true));
        assertThat(new DateIndex(List.of(berlin)).days().keySet()).containsExactly(LocalDate.of(2023, 2, 19));
    }

    @Test
    void empty_hasNoGroups() {
        DateIndex empty = new DateIndex(List.of());
        assertThat(empty.years()).isEmpty();
        assertThat(empty.months()).isEmpty();
        assertThat(empty.days()).isEmpty();
    }
}
