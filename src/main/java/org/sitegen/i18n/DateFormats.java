package org.sitegen.i18n;

import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * How the site's language writes dates and weeks, from its message bundle: pages, feeds and the
 * search index all show a date the same way, and none depends on the machine's locale.
 */
public final class DateFormats {
    private final Messages messages;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter dayAndMonth;

    public DateFormats(Messages messages, Locale locale) {
        this.messages = messages;
        // the language's long date ("19 February 2023", "2023年2月19日") in its own digits
        this.longDate = DateTimeFormatter.ofPattern(messages.pattern("date.long"), locale)
                .withDecimalStyle(DecimalStyle.STANDARD.withZeroDigit(messages.zeroDigit()));
        this.dayAndMonth = DateTimeFormatter.ofPattern(messages.pattern("date.dayMonth"), locale)
                .withDecimalStyle(longDate.getDecimalStyle());
    }

    /** "19 February 2023" (message {@code date.long}). */
    public String longDate(TemporalAccessor date) {
        return longDate.format(date);
    }

    /** "19 February", as the language writes them in a sentence (message {@code date.dayMonth}). */
    public String dayAndMonth(TemporalAccessor date) {
        return dayAndMonth.format(date);
    }

    /** "Week 7 of 2023": an ISO week by its number and week-based year (message {@code week.title}). */
    public String week(int week, int year) {
        return messages.format("week.title", week, String.valueOf(year));
    }
}
