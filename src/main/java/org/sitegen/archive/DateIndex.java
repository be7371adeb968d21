package org.sitegen.archive;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Briefings by year, month and day (in the site time zone), newest first at every level.
 */
public final class DateIndex {
    private final Map<Integer, List<Entry>> years = new TreeMap<>(Comparator.reverseOrder());
    private final Map<YearMonth, List<Entry>> months = new TreeMap<>(Comparator.reverseOrder());
    private final Map<LocalDate, List<Entry>> days = new TreeMap<>(Comparator.reverseOrder());

    /** Indexes {@code briefings}, which must already be newest first. */
    public DateIndex(List<Entry> briefings) {
        for (Entry briefing : briefings) {
            LocalDate day = briefing.date().at().toLocalDate();
            years.computeIfAbsent(day.getYear(), y -> new ArrayList<>()).add(briefing);
            months.computeIfAbsent(YearMonth.from(day), m -> new ArrayList<>()).add(briefing);
            days.computeIfAbsent(day, d -> new ArrayList<>()).add(briefing);
        }
    }

    public Map<Integer, List<Entry>> years() {
        return years;
    }

    public Map<YearMonth, List<Entry>> months() {
        return months;
    }

    public Map<LocalDate, List<Entry>> days() {
        return days;
    }

    /** Months of one year, newest first. */
    public List<YearMonth> monthsOf(int year) {
        return months.keySet().stream().filter(m -> m.getYear() == year).toList();
    }
}
