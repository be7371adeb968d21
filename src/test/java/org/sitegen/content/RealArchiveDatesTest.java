package org.sitegen.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitegen.diag.Diagnostics;

/**
 * Every {@code date:} value of a real Jekyll archive (18F's blog, before and after its dates were
 * tidied: docs/real-archives.md) is read through the front matter parser and gives the date
 * Jekyll gives it, except where a row says why not.
 */
class RealArchiveDatesTest {
    private static final Path DATES = Path.of("src/test/resources/real-archives/18f-dates.tsv");

    private final FrontMatterParser parser = new FrontMatterParser(new DateParser(ZoneOffset.UTC), List.of("tags"));

    record Row(String commit, String post, String value, Instant jekyll, String whyDifferent) {
    }

    private static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(DATES)) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            rows.add(new Row(cells[0], cells[1], cells[2], Instant.parse(cells[3]), cells[4]));
        }
        return rows;
    }

    @Test
    void everyDateOfTheArchive_isReadWithoutError_asJekyllReadsIt() throws IOException {
        List<Row> rows = rows();
        assertThat(rows).hasSize(834);
        List<String> problems = new ArrayList<>();
        int warned = 0;
        for (Row row : rows) {
            Diagnostics diagnostics = new Diagnostics();
            Optional<FrontMatter> frontMatter = parser.parse(
                    new SplitSource("title: T\ndate: " + row.value() + "\n", 2, "", 4), row.post(), Optional.empty(),
                    true, diagnostics);
            if (frontMatter.isEmpty()) {
                problems.add(row.post() + ": " + diagnostics.sorted());
                continue;
            }
            warned += (int) diagnostics.sorted().stream().filter(d -> !d.isError()).count();
            Instant ours = frontMatter.get().date().at().toInstant();
            // Jekyll's YAML loader keeps whole seconds only.
            boolean same = ours.truncatedTo(ChronoUnit.SECONDS).equals(row.jekyll().truncatedTo(ChronoUnit.SECONDS));
            if (same == !row.whyDifferent().isEmpty()) {
                problems.add(row.post() + ": \"" + row.value() + "\" is " + ours + ", Jekyll's is " + row.jekyll()
                        + (same ? " (the row says they differ)" : ""));
            }
        }
        assertThat(problems).isEmpty();
        // "2016-07-19 (optional)" and its like: read, with a warning each.
        assertThat(warned).isEqualTo(9);
    }

    /** Issue 21's case, checked against the text itself rather than against Jekyll's column. */
    @Test
    void theArchivesOffsetsInBareHours_areTheHoursTheirAuthorsWrote() throws IOException {
        DateTimeFormatter wallClock = DateTimeFormatter.ofPattern("yyyy-MM-dd H:mm:ss");
        List<Row> bareHours = rows().stream().filter(r -> r.value().matches(".* [+-]\\d")).toList();
        assertThat(bareHours).hasSize(26);
        for (Row row : bareHours) {
            String value = row.value();
            LocalDateTime written = LocalDateTime.parse(value.substring(0, value.length() - 3), wallClock);
            int hours = Integer.parseInt(value.substring(value.length() - 2).replace("+", ""));
            PublishedDate date = new DateParser(ZoneOffset.UTC).parse(value).orElseThrow();
            assertThat(date.at().toLocalDateTime()).as(value).isEqualTo(written.minusHours(hours));
        }
    }
}
