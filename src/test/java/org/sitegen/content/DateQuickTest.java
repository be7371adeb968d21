package org.sitegen.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * DateParser's quick reading of 2023-02-19 and 2023-02-19T09:30:00Z gives what its patterns
 * give, in any site zone, or leaves the text to them (null): over every day of four centuries'
 * edges, impossible days and times, the 18F archive's values, and random near-misses.
 */
class DateQuickTest {
    private static final List<ZoneId> ZONES = List.of(ZoneId.of("UTC"), ZoneId.of("America/New_York"),
            ZoneId.of("Asia/Kolkata"), ZoneId.of("Pacific/Chatham"), ZoneId.of("Europe/Dublin"));

    @Test
    void quickReadings_areThePatterns() throws Exception {
        List<String> values = new ArrayList<>();
        for (String year : List.of("0000", "0001", "1900", "1969", "2000", "2023", "2024", "2100", "9999")) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    String date = String.format("%s-%02d-%02d", year, month, day);
                    values.add(date);
                    values.add(date + "T00:00:00Z");
                    values.add(date + "T23:59:59Z");
                }
            }
        }
        for (String time : List.of("24:00:00", "23:60:00", "23:59:60", "09:30:00", "9:30:00", "09:30", "99:99:99")) {
            values.add("2023-02-19T" + time + "Z");
            values.add("2023-02-19t" + time + "z");
            values.add("2023-02-19 " + time + "Z");
        }
        Path real = Path.of("src/test/resources/real-archives/18f-dates.tsv");
        for (String line : Files.readAllLines(real)) {
            String[] columns = line.split("\t");
            if (!line.startsWith("#") && columns.length > 2) {
                values.add(columns[2].replaceAll("^[\"']|[\"']$", ""));
            }
        }
        Random random = new Random(7);
        String pieces = "0123456789-T:Z tz+/.";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder value = new StringBuilder("2023-02-19T09:30:00Z".substring(0, random.nextBoolean() ? 10 : 20));
            value.setCharAt(random.nextInt(value.length()), pieces.charAt(random.nextInt(pieces.length())));
            values.add(value.toString());
        }
        int quick = 0;
        for (ZoneId zone : ZONES) {
            DateParser dates = new DateParser(zone);
            for (String value : values) {
                PublishedDate fast = dates.quick(value);
                if (fast == null) {
                    continue;
                }
                quick++;
                assertThat(fast).as(value + " in " + zone).isEqualTo(dates.withPatterns(value));
            }
        }
        assertThat(quick).isGreaterThan(ZONES.size() * 9 * 12 * 28 * 2);
    }
}
