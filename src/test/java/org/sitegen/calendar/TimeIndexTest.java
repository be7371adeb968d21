package org.sitegen.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sitegen.archive.Archive;
import org.sitegen.archive.Entry;
import org.sitegen.archive.TermEntry;
import org.sitegen.content.PublishedDate;
import org.sitegen.content.Slugs;
import org.sitegen.content.StoryLink;
import org.sitegen.content.Term;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;
import org.sitegen.entities.Entity;
import org.sitegen.entities.EntityIndex;
import org.sitegen.entities.EntityKind;
import org.sitegen.stories.Stories;
import org.sitegen.stories.Story;
import org.sitegen.store.StoredText;

class TimeIndexTest {
    private static final List<EntityKind> KINDS = EntityKind.of(List.of("people", "countries", "orgs", "places"));

    private static Entry briefing(String name, String day, List<String> tags, List<String> people, String... follows) {
        LocalDate date = LocalDate.parse(day);
        String path = date.getYear() + "/" + name + ".md";
        SourcePosition at = SourcePosition.of("content/" + path, 3, 9);
        return new Entry(path, "content/" + path, String.format("/%s/%s/", day.replace('-', '/'), name), name,
                new PublishedDate(ZonedDateTime.of(date.atTime(12, 0), ZoneId.of("UTC")), false), null,
                Map.of("tags", tags.stream().map(t -> new Term(t, at)).toList()), "", List.of(), List.of(), Map.of(),
                StoredText.of(""), 0, List.of(), List.of(), false, StoredText.of(""), false,
                Map.of("people", people.stream().map(p -> new Term(p, at)).toList()),
                Arrays.stream(follows).map(f -> new StoryLink(f, at)).toList());
    }

    private static TimeIndex index(Entry... briefings) {
        Diagnostics diagnostics = new Diagnostics();
        Slugs slugs = new Slugs();
        Archive archive = Archive.build(List.of(briefings), List.of(), List.of("tags"), Locale.ENGLISH, slugs,
                diagnostics);
        EntityIndex entities = EntityIndex.build(KINDS, List.of(), archive.briefings(), slugs, Locale.ENGLISH,
                diagnostics);
        Stories stories = Stories.build(archive.briefings(), Set.of(), Set.of(), diagnostics);
        assertThat(diagnostics.sorted()).isEmpty();
        return TimeIndex.build(archive, entities, stories);
    }

    @Test
    void weeks_groupDaysAcrossTheYearEnd_byTheirWeekBasedYear_newestFirst() {
        Entry eve = briefing("eve", "2020-12-31", List.of(), List.of());
        Entry sunday = briefing("sunday", "2021-01-03", List.of(), List.of());
        Entry monday = briefing("monday", "2021-01-04", List.of(), List.of());
        Entry december = briefing("december", "2024-12-30", List.of(), List.of());
        TimeIndex index = index(eve, monday, december, sunday);

        assertThat(index.weeks().keySet()).containsExactly(new IsoWeek(2025, 1), new IsoWeek(2021, 1),
                new IsoWeek(2020, 53));
        assertThat(index.weeks().get(new IsoWeek(2020, 53))).containsExactly(sunday, eve);
        assertThat(index.weeks().get(new IsoWeek(2025, 1))).containsExactly(december);
    }

    @Test
    void earlierSameDays_areTheSameMonthAndDayOfEarlierYearsOnly_newestFirst() {
        TimeIndex index = index(
                briefing("a", "2021-02-19", List.of(), List.of()),
                briefing("b", "2023-02-19", List.of(), List.of()),
                briefing("c", "2024-02-19", List.of(), List.of()),
                briefing("d", "2025-02-19", List.of(), List.of()),
                briefing("e", "2023-02-18", List.of(), List.of()),
                briefing("leap", "2020-02-29", List.of(), List.of()),
                briefing("f", "2023-02-28", List.of(), List.of()),
                briefing("g", "2023-03-01", List.of(), List.of()));

        assertThat(index.earlierSameDays(LocalDate.of(2024, 2, 19)))
                .containsExactly(LocalDate.of(2023, 2, 19), LocalDate.of(2021, 2, 19));
        assertThat(index.earlierSameDays(LocalDate.of(2021, 2, 19))).isEmpty();
        assertThat(index.earlierSameDays(LocalDate.of(2030, 2, 19))).hasSize(4); // a day with no briefing of its own
        assertThat(index.earlierSameDays(LocalDate.of(2024, 2, 29))).containsExactly(LocalDate.of(2020, 2, 29));
        assertThat(index.earlierSameDays(LocalDate.of(2024, 2, 28))).containsExactly(LocalDate.of(2023, 2, 28));
    }

    @Test
    void reviews_countMonthsEntitiesTermsAndStories_ofTheirYearOnly() {
        Entry start = briefing("start", "2022-11-01", List.of("reform"), List.of("Lena Dolor"));
        Entry second = briefing("second", "2023-01-09", List.of("reform", "economy"), List.of("Lena Dolor", "Ada"),
                "../2022/start.md");
        Entry third = briefing("third", "2023-03-01", List.of("economy"), List.of("Ada"), "second.md");
        Entry other = briefing("other", "2023-03-15", List.of("transport"), List.of("Ben", "Ada"));
        Entry alone = briefing("alone", "2023-03-16", List.of("zebra"), List.of());
        TimeIndex index = index(start, second, third, other, alone);

        assertThat(index.reviews().keySet()).containsExactly(2023, 2022);
        TimeIndex.YearReview y2023 = index.reviews().get(2023);
        assertThat(y2023.months()).containsExactly(Map.entry(YearMonth.of(2023, 1), 1),
                Map.entry(YearMonth.of(2023, 3), 3));
        EntityKind people = KINDS.get(0);
        assertThat(y2023.entities().keySet()).containsExactly(people);
        // most first; ties in alphabetical order
        assertThat(y2023.entities().get(people)).extracting(c -> c.item().name() + "=" + c.count())
                .containsExactly("Ada=3", "Ben=1", "Lena Dolor=1");
        assertThat(y2023.terms().get("tags")).extracting(c -> c.item().name() + "=" + c.count())
                .containsExactly("economy=2", "reform=1", "transport=1", "zebra=1");
        assertThat(y2023.stories()).extracting(c -> c.item().slug() + "=" + c.count()).containsExactly("start=2");

        TimeIndex.YearReview y2022 = index.reviews().get(2022);
        assertThat(y2022.entities().get(people)).extracting(c -> c.item().name() + "=" + c.count())
                .containsExactly("Lena Dolor=1");
        assertThat(y2022.terms().get("tags")).extracting(TimeIndex.Counted::count).containsExactly(1);
        assertThat(y2022.stories()).extracting(c -> c.item().parts().size() + "/" + c.count()).containsExactly("3/1");
    }

    @Test
    void reviews_nameAtMostTheTopOfEachKind() {
        List<Entry> many = new java.util.ArrayList<>();
        for (int i = 0; i < TimeIndex.REVIEW_TOP + 5; i++) {
            many.add(briefing("b" + i, "2023-01-" + String.format("%02d", i + 1), List.of("tag" + i, "common"),
                    List.of("Person " + i)));
        }
        TimeIndex.YearReview review = index(many.toArray(Entry[]::new)).reviews().get(2023);
        List<TimeIndex.Counted<TermEntry>> tags = review.terms().get("tags");
        assertThat(tags).hasSize(TimeIndex.REVIEW_TOP);
        assertThat(tags.get(0).item().name()).isEqualTo("common");
        assertThat(tags.get(0).count()).isEqualTo(TimeIndex.REVIEW_TOP + 5);
        List<TimeIndex.Counted<Entity>> people = review.entities().values().iterator().next();
        assertThat(people).hasSize(TimeIndex.REVIEW_TOP);
        List<TimeIndex.Counted<Story>> stories = review.stories();
        assertThat(stories).isEmpty();
    }
}
