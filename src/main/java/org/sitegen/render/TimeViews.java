package org.sitegen.render;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.sitegen.archive.DateIndex;
import org.sitegen.archive.DatePaths;
import org.sitegen.archive.Entry;
import org.sitegen.calendar.IsoWeek;
import org.sitegen.calendar.TimeIndex;
import org.sitegen.config.SiteConfig;
import org.sitegen.content.PublishedDate;
import org.sitegen.render.view.BriefingRef;
import org.sitegen.render.view.DateView;
import org.sitegen.render.view.MonthView;
import org.sitegen.render.view.OnThisDayView;
import org.sitegen.render.view.WeekRef;
import org.sitegen.render.view.WeekView;
import org.sitegen.render.view.YearReviewView;
import org.sitegen.render.view.YearView;

/**
 * Turns the {@link TimeIndex} and the date index into the template contract (render.view): the
 * date archive's years and months, week pages and links, "on this day", and the years in review, whose month chart is the entity timeline's
 * ({@link EntityViews#timeline}).
 */
final class TimeViews {
    /** The year in review's folder below the year's: /2023/review/. */
    static final String REVIEW = "review/";

    private final SiteConfig config;
    private final TimeIndex time;
    private final DateIndex dates;
    private final ViewFactory views;
    private final EntityViews entityViews;
    /** Made once per build: a week is linked from each of its briefings and days, a day from a page per later year. */
    private final java.util.Map<IsoWeek, WeekRef> weekRefs = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<LocalDate, DateView> days = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<LocalDate, List<BriefingRef>> earlierShown = new java.util.concurrent.ConcurrentHashMap<>();

    TimeViews(SiteConfig config, TimeIndex time, DateIndex dates, ViewFactory views, EntityViews entityViews) {
        this.config = config;
        this.time = time;
        this.dates = dates;
        this.views = views;
        this.entityViews = entityViews;
    }

    static String reviewUrl(int year) {
        return DatePaths.year(year) + REVIEW;
    }

    /** The years of the date archive, newest first, each with its months (newest first). */
    List<YearView> years() {
        List<YearView> years = new ArrayList<>();
        dates.years().forEach((year, entries) -> years.add(new YearView(year, DatePaths.year(year), entries.size(),
                dates.monthsOf(year).stream().map(this::month).toList())));
        return years;
    }

    /** A month of the date archive that has briefings. */
    MonthView month(YearMonth month) {
        return new MonthView(month.getYear(), month.getMonthValue(), views.monthTitle(month.getMonthValue()),
                DatePaths.month(month), dates.months().get(month).size());
    }

    WeekRef weekRef(IsoWeek week) {
        return weekRefs.computeIfAbsent(week, w -> new WeekRef(views.formats().week(w.week(), w.year()), w.url()));
    }

    /** The week a briefing or day belongs to. */
    WeekRef weekOf(LocalDate day) {
        return weekRef(IsoWeek.of(day));
    }

    /** Adds to {@code fp} what {@link #week} makes a week's view of (beyond the settings and messages): the same arguments. */
    void weekSources(org.sitegen.store.Fingerprint fp, IsoWeek week, int count, IsoWeek newer, IsoWeek older) {
        fp.add("week").add(week.year()).add(week.week()).add(count).add(dates.years().containsKey(week.year()) ? 1 : 0);
        for (IsoWeek other : new IsoWeek[] {newer, older}) {
            fp.add(other == null ? -1 : other.year()).add(other == null ? -1 : other.week());
        }
    }

    WeekView week(IsoWeek week, int count, IsoWeek newer, IsoWeek older) {
        WeekRef ref = weekRef(week);
        return new WeekView(week.year(), week.week(), ref.title(), ref.url(), day(week.monday()),
                day(week.sunday()), count,
                dates.years().containsKey(week.year()) ? DatePaths.year(week.year()) : null, newer == null ? null : weekRef(newer), older == null ? null : weekRef(older));
    }

    /** The briefings of {@code day}'s month and day in earlier years. */
    OnThisDayView onThisDay(LocalDate day) {
        List<OnThisDayView.EarlierDay> earlier = new ArrayList<>();
        for (LocalDate other : time.earlierSameDays(day)) {
            List<Entry> briefings = dates.days().get(other);
            List<BriefingRef> shown = earlierShown.computeIfAbsent(other, d -> briefings.stream()
                    .limit(OnThisDayView.EarlierDay.SHOWN).map(views::ref).toList());
            earlier.add(new OnThisDayView.EarlierDay(day(other), day.getYear() - other.getYear(), DatePaths.day(other),
                    briefings.size(), shown));
        }
        return new OnThisDayView(day(day), earlier);
    }

    YearReviewView review(TimeIndex.YearReview review, int count) {
        int year = review.year();
        var months = entityViews.timeline(review.months(), YearMonth.of(year, 1), YearMonth.of(year, 12));
        List<YearReviewView.CountedGroup> entities = new ArrayList<>();
        review.entities().forEach((kind, counted) -> entities.add(new YearReviewView.CountedGroup(views.kindTitle(kind),
                kind.url(), counted.stream().map(c -> new YearReviewView.Counted(c.item().name(), c.item().url(),
                        c.count())).toList())));
        List<YearReviewView.CountedGroup> terms = new ArrayList<>();
        review.terms().forEach((taxonomy, counted) -> {
            var ref = views.taxonomyRef(taxonomy);
            terms.add(new YearReviewView.CountedGroup(ref.title(), ref.url(), counted.stream()
                    .map(c -> new YearReviewView.Counted(c.item().name(), c.item().url(), c.count())).toList()));
        });
        List<YearReviewView.StoryInYear> stories = review.stories().stream()
                .map(c -> new YearReviewView.StoryInYear(entityViews.story(c.item()), c.count())).toList();
        return new YearReviewView(year, reviewUrl(year), DatePaths.year(year), count, months, entities, terms, stories);
    }

    /** A calendar day as the site shows dates (midnight in the site's zone, no time of day). */
    DateView day(LocalDate day) {
        return days.computeIfAbsent(day, d -> views.date(new PublishedDate(d.atStartOfDay(config.zone()), false)));
    }
}
