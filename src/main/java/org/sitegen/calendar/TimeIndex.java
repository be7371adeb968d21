package org.sitegen.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sitegen.archive.Archive;
import org.sitegen.archive.Entry;
import org.sitegen.archive.TaxonomyIndex;
import org.sitegen.archive.TermEntry;
import org.sitegen.entities.Entity;
import org.sitegen.entities.EntityIndex;
import org.sitegen.entities.EntityKind;
import org.sitegen.stories.Stories;
import org.sitegen.stories.Story;

/**
 * The archive seen through time: its ISO weeks, the days that share a month and day across
 * years ("on this day"), and a review of each year (briefings per month, the entities and terms
 * named most, the stories that grew most). Built once from the date index, the taxonomies, the
 * entities and the stories, each walked once: nothing here rescans the archive per page.
 */
public final class TimeIndex {
    /** Entities of a kind, and terms of a taxonomy, a year's review names at most. */
    public static final int REVIEW_TOP = 10;
    /** Stories a year's review names at most. */
    public static final int REVIEW_STORIES = 5;

    private final SortedMap<IsoWeek, List<Entry>> weeks = new TreeMap<>(Comparator.reverseOrder());
    private final Map<MonthDay, List<LocalDate>> sameDays = new HashMap<>();
    private final SortedMap<Integer, YearReview> reviews = new TreeMap<>(Comparator.reverseOrder());

    /**
     * A count of something within one year.
     *
     * @param item  an entity, a term or a story
     * @param count briefings (for a story: its parts) of that year
     */
    public record Counted<T>(T item, int count) {
    }

    /**
     * One year in review.
     *
     * @param year     the year
     * @param months   briefings per month of the year, months without any left out
     * @param entities per entity kind, the entities named in most of the year's briefings,
     *                 most first (ties in the kind's alphabetical order); kinds without any left out
     * @param terms    per taxonomy, the terms of most of the year's briefings, likewise
     * @param stories  the stories with most parts published that year, most first (ties: the
     *                 latest development first)
     */
    public record YearReview(int year, SortedMap<YearMonth, Integer> months,
                             Map<EntityKind, List<Counted<Entity>>> entities,
                             Map<String, List<Counted<TermEntry>>> terms, List<Counted<Story>> stories) {
    }

    private TimeIndex() {
    }

    public static TimeIndex build(Archive archive, EntityIndex entities, Stories stories) {
        TimeIndex index = new TimeIndex();
        // the date index holds each day's briefings newest first, and the days newest first
        archive.dates().days().forEach((day, briefings) -> {
            index.weeks.computeIfAbsent(IsoWeek.of(day), w -> new ArrayList<>()).addAll(briefings);
            index.sameDays.computeIfAbsent(MonthDay.from(day), d -> new ArrayList<>()).add(day);
        });
        Map<Integer, SortedMap<YearMonth, Integer>> months = new HashMap<>();
        archive.dates().months().forEach((month, briefings) -> months
                .computeIfAbsent(month.getYear(), y -> new TreeMap<>()).put(month, briefings.size()));
        Map<Integer, Map<EntityKind, List<Counted<Entity>>>> entityCounts = new HashMap<>();
        for (EntityKind kind : entities.kinds()) {
            for (Entity entity : entities.alphabetical(kind.key())) {
                Map<Integer, Integer> perYear = new TreeMap<>();
                entity.months().forEach((month, n) -> perYear.merge(month.getYear(), n, Integer::sum));
                perYear.forEach((year, n) -> entityCounts.computeIfAbsent(year, y -> new java.util.LinkedHashMap<>())
                        .computeIfAbsent(kind, k -> new ArrayList<>()).add(new Counted<>(entity, n)));
            }
        }
        Map<Integer, Map<String, List<Counted<TermEntry>>>> termCounts = new HashMap<>();
        for (TaxonomyIndex taxonomy : archive.taxonomies().values()) {
            for (TermEntry term : taxonomy.alphabetical()) {
                Map<Integer, Integer> perYear = perYear(term.briefings());
                perYear.forEach((year, n) -> termCounts.computeIfAbsent(year, y -> new java.util.LinkedHashMap<>())
                        .computeIfAbsent(taxonomy.name(), k -> new ArrayList<>()).add(new Counted<>(term, n)));
            }
        }
        Map<Integer, List<Counted<Story>>> storyCounts = new HashMap<>();
        for (Story story : stories.all()) {
            Map<Integer, Integer> perYear = perYear(story.parts());
            perYear.forEach((year, n) -> storyCounts.computeIfAbsent(year, y -> new ArrayList<>())
                    .add(new Counted<>(story, n)));
        }
        for (int year : archive.dates().years().keySet()) {
            index.reviews.put(year, new YearReview(year, months.get(year),
                    top(entityCounts.getOrDefault(year, Map.of()), REVIEW_TOP),
                    top(termCounts.getOrDefault(year, Map.of()), REVIEW_TOP),
                    mostFirst(storyCounts.getOrDefault(year, List.of()), REVIEW_STORIES)));
        }
        return index;
    }

    /**
     * How many of {@code briefings} fall in each year. They come newest first, so a year's
     * briefings are counted as a run and merged once; a list in any order counts the same.
     */
    private static Map<Integer, Integer> perYear(List<Entry> briefings) {
        Map<Integer, Integer> perYear = new TreeMap<>();
        int year = 0;
        int run = 0;
        for (Entry briefing : briefings) {
            int of = briefing.date().at().getYear();
            if (run > 0 && of != year) {
                perYear.merge(year, run, Integer::sum);
                run = 0;
            }
            year = of;
            run++;
        }
        if (run > 0) {
            perYear.merge(year, run, Integer::sum);
        }
        return perYear;
    }

    private static <K, T> Map<K, List<Counted<T>>> top(Map<K, List<Counted<T>>> groups, int limit) {
        Map<K, List<Counted<T>>> top = new java.util.LinkedHashMap<>();
        groups.forEach((key, counted) -> top.put(key, mostFirst(counted, limit)));
        return top;
    }

    /** The {@code limit} largest counts; a stable sort, so ties keep the order they came in. */
    private static <T> List<Counted<T>> mostFirst(List<Counted<T>> counted, int limit) {
        return counted.stream().sorted(Comparator.comparingInt((Counted<T> c) -> -c.count())).limit(limit).toList();
    }

    /** Every ISO week with briefings, newest first, each with its briefings newest first. */
    public SortedMap<IsoWeek, List<Entry>> weeks() {
        return weeks;
    }

    /**
     * The days of earlier years with the same month and day as {@code day} that have briefings,
     * newest first. 29 February matches only 29 February.
     */
    public List<LocalDate> earlierSameDays(LocalDate day) {
        return sameDays.getOrDefault(MonthDay.from(day), List.of()).stream()
                .filter(other -> other.getYear() < day.getYear()).toList();
    }

    /** Each year with briefings, newest first, in review. */
    public SortedMap<Integer, YearReview> reviews() {
        return reviews;
    }
}
