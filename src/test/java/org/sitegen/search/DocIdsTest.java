package org.sitegen.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitegen.store.StoredText;

class DocIdsTest {
    private static SearchDoc on(String day) {
        return new SearchDoc("T", "../x/", day, day, List.of(), List.of(), "", StoredText.of(""));
    }

    private static List<SearchDoc> days(String... days) {
        List<SearchDoc> docs = new ArrayList<>();
        for (String day : days) {
            docs.add(on(day));
        }
        return docs;
    }

    @Test
    void ids_areSlotsOfDays_fromTheFirstOfTheOldestYear_aFullDaySpillingIntoTheNext() {
        // 6 briefings over 3 days: 2.5 slots needed a day on average → 4 slots a day
        DocIds ids = DocIds.of(days("2020-01-02", "2020-01-02", "2020-01-03", "2020-01-03", "2020-01-03", "2020-01-04"));
        assertThat(ids.shift).isEqualTo(2);
        assertThat(ids.ids).containsExactly(4, 5, 8, 9, 10, 12);
        // five on one day: the fifth takes the next day's first slot, and that day's first the one after
        ids = DocIds.of(days("2020-01-01", "2020-01-01", "2020-01-01", "2020-01-01", "2020-01-01", "2020-01-02",
                "2020-01-02", "2020-01-04"));
        assertThat(ids.shift).isEqualTo(2);
        assertThat(ids.ids).containsExactly(0, 1, 2, 3, 4, 5, 6, 12);
    }

    @Test
    void aSparseArchive_hasASlotEveryFewDays() {
        // a briefing a week from 2 January 2020: a slot every four days (½ of the slots used)
        List<SearchDoc> docs = new ArrayList<>();
        for (int week = 0; week < 100; week++) {
            docs.add(on(java.time.LocalDate.of(2020, 1, 2).plusWeeks(week).toString()));
        }
        DocIds ids = DocIds.of(docs);
        assertThat(ids.shift).isEqualTo(-2);
        assertThat(ids.ids[0]).isZero(); // day 1 of the slot of days 0 to 3
        assertThat(ids.ids[1]).isEqualTo(2); // day 8
        assertThat(ids.ids[99]).isEqualTo((1 + 99 * 7) / 4);
    }

    @Test
    void aDeletion_changesOnlyTheLaterIdsOfItsDay() {
        List<SearchDoc> docs = days("2020-01-01", "2020-01-02", "2020-01-02", "2020-01-02", "2020-01-05", "2020-01-07",
                "2020-01-07", "2020-01-08");
        int[] before = DocIds.of(docs).ids;
        docs.remove(1);
        int[] after = DocIds.of(docs).ids;
        assertThat(after).containsExactly(before[0], before[1], before[2], before[4], before[5], before[6], before[7]);
    }

    @Test
    void daysOutOfOrder_stillGiveAscendingIds() {
        // the archive sorts by the instant; a local day may be one before the previous briefing's
        DocIds ids = DocIds.of(days("2020-01-02", "2020-01-01", "2020-01-03"));
        assertThat(ids.ids[0]).isLessThan(ids.ids[1]);
        assertThat(ids.ids[1]).isLessThan(ids.ids[2]);
    }

    @Test
    void epochDay_readsAsLocalDateParseDoes() {
        for (java.time.LocalDate day = java.time.LocalDate.of(1899, 12, 25); day.getYear() < 2101; day = day.plusDays(13)) {
            assertThat(DocIds.epochDay(day.toString())).isEqualTo(day.toEpochDay());
        }
        for (String day : List.of("0000-01-01", "0001-02-28", "2024-02-29", "9999-12-31", "-0001-06-01", "+10000-01-01")) {
            assertThat(DocIds.epochDay(day)).as(day).isEqualTo(java.time.LocalDate.parse(day).toEpochDay());
        }
        for (String bad : List.of("2023-02-29", "2023-13-01", "2023-1-01", "2023-0a-01", "2023/01/01")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> DocIds.epochDay(bad)).as(bad)
                    .isInstanceOf(java.time.DateTimeException.class);
        }
    }
}
