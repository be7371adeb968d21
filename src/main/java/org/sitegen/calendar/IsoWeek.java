package org.sitegen.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import org.sitegen.archive.DatePaths;

/**
 * An ISO-8601 week: Monday to Sunday, numbered within its week-based year, whose week 1 is the
 * week holding the year's first Thursday. So 2021-01-03 is in 2020-W53 and 2024-12-30 in
 * 2025-W01: the year of a week is not always the calendar year of its days.
 *
 * @param year the week-based year
 * @param week 1 to 53
 */
public record IsoWeek(int year, int week) implements Comparable<IsoWeek> {

    public static IsoWeek of(LocalDate day) {
        return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Its first day. (4 January is always in week 1.) */
    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    /** Its last day. */
    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    /** Site path of its page, e.g. "/2023/w07/" (the week-based year's folder). */
    public String url() {
        return DatePaths.week(year, week);
    }

    /** "2023-W07", as ISO 8601 writes it. */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%04d-W%02d", year, week);
    }

    @Override
    public int compareTo(IsoWeek other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(week, other.week);
    }
}
