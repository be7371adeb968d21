package org.sitegen.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The same paths String.format("/%04d/%02d/%02d/") wrote, for any year. */
class DatePathsTest {

    @Test
    void paths_sameAsFormatted() {
        for (int year : new int[] {-12, 0, 7, 999, 2023, 9999, 12345}) {
            for (int month = 1; month <= 12; month += 11) {
                LocalDate day = LocalDate.of(year, month, month == 1 ? 9 : 28);
                assertThat(DatePaths.year(year)).isEqualTo(String.format(Locale.ROOT, "/%04d/", year));
                assertThat(DatePaths.month(YearMonth.of(year, month)))
                        .isEqualTo(String.format(Locale.ROOT, "/%04d/%02d/", year, month));
                assertThat(DatePaths.day(day)).isEqualTo(String.format(Locale.ROOT, "/%04d/%02d/%02d/", year, month,
                        day.getDayOfMonth()));
            }
        }
    }
}
