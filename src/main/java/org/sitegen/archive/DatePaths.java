package org.sitegen.archive;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * The site paths of the date archive, "/2023/", "/2023/02/", "/2023/02/19/", which briefing
 * URLs start with, and of the week pages, "/2023/w07/". By hand rather than with String.format, which parses its pattern on every
 * call and runs once per briefing and per day page.
 */
public final class DatePaths {
    private DatePaths() {
    }

    public static String year(int year) {
        return digits(new StringBuilder(7).append('/'), year, 4).append('/').toString();
    }

    public static String month(YearMonth month) {
        return month(month.getYear(), month.getMonthValue());
    }

    public static String month(int year, int month) {
        StringBuilder path = digits(new StringBuilder(10).append('/'), year, 4).append('/');
        return digits(path, month, 2).append('/').toString();
    }

    /** "/2023/w07/": an ISO week's page, in the folder of its week-based year. */
    public static String week(int weekBasedYear, int week) {
        StringBuilder path = digits(new StringBuilder(10).append('/'), weekBasedYear, 4).append("/w");
        return digits(path, week, 2).append('/').toString();
    }

    public static String day(LocalDate day) {
        return dayPrefix(day.getYear(), day.getMonthValue(), day.getDayOfMonth()).toString();
    }

    /** "/2023/02/19/", to append a slug to. */
    static StringBuilder dayPrefix(int year, int month, int day) {
        StringBuilder path = digits(new StringBuilder(48).append('/'), year, 4).append('/');
        digits(path, month, 2).append('/');
        return digits(path, day, 2).append('/');
    }

    /** {@code value} with leading zeros to {@code width} digits, as "%0Nd" writes it (a year before 0 too). */
    private static StringBuilder digits(StringBuilder out, int value, int width) {
        if (value < 0) {
            return out.append(String.format(Locale.ROOT, "%0" + width + "d", value));
        }
        String text = Integer.toString(value);
        for (int i = text.length(); i < width; i++) {
            out.append('0');
        }
        return out.append(text);
    }
}
