package org.sitegen.render;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.sitegen.archive.Archive;
import org.sitegen.archive.DateIndex;
import org.sitegen.archive.DatePaths;
import org.sitegen.archive.Entry;
import org.sitegen.archive.Pagination;
import org.sitegen.archive.TaxonomyIndex;
import org.sitegen.archive.TermEntry;
import org.sitegen.calendar.IsoWeek;
import org.sitegen.calendar.TimeIndex;
import org.sitegen.config.SiteConfig;
import org.sitegen.entities.Entity;
import org.sitegen.entities.EntityIndex;
import org.sitegen.entities.EntityKind;
import org.sitegen.exec.Parallel;
import org.sitegen.related.RelatedBriefings;
import org.sitegen.render.view.BriefingView;
import org.sitegen.render.view.EntityKindView;
import org.sitegen.render.view.EntityView;
import org.sitegen.render.view.MonthView;
import org.sitegen.render.view.OnThisDayView;
import org.sitegen.render.view.PageModel;
import org.sitegen.render.view.PaginationView;
import org.sitegen.render.view.PeriodView;
import org.sitegen.render.view.TaxonomyView;
import org.sitegen.render.view.WeekView;
import org.sitegen.render.view.YearReviewView;
import org.sitegen.render.view.YearView;
import org.sitegen.stories.Stories;
import org.sitegen.stories.Story;

/**
 * Lists every page of the site with its template and data: briefings, pages, the paginated
 * home, taxonomy indexes and terms, entity kinds and entities, stories, the publishers cited, the
 * date archive, ISO weeks, years in review and redirect pages. Pure: no I/O, no rendering.
 */
final class PagePlanner {
    /** Site path of the page hosts serve for missing URLs (a file, not a folder). */
    static final String NOT_FOUND_URL = "/404.html";
    private static final int NOT_FOUND_LATEST = 5;
    static final int RELATED = 5;
    /** The kind (and template) of the pages at aliases, which are in no sitemap. */
    static final String REDIRECT = "redirect";

    private final SiteConfig config;
    private final Archive archive;
    private final ViewFactory views;
    private final Function<Entry, BriefingView> briefingViews;
    private final org.sitegen.i18n.Messages messages;
    private final EntityIndex entities;
    private final Stories stories;
    private final EntityViews entityViews;
    private final TimeIndex time;
    private final TimeViews timeViews;
    private final PageDescriptions descriptions;
    /** What pages are made from, as fingerprints ({@link PageSpec#sources}); null: not told. */
    private final PageSources sources;

    PagePlanner(SiteConfig config, org.sitegen.i18n.Messages messages, Archive archive, EntityIndex entities, Stories stories, TimeIndex time,
                ViewFactory views, Function<Entry, BriefingView> briefingViews) {
        this(config, messages, archive, entities, stories, time, views, briefingViews, null);
    }

    /**
     * @param sources tells what pages are made from ({@link PageSpec#sources}), or null; the
     *                pages it tells it of are planned lazily, their models made when first asked for
     */
    PagePlanner(SiteConfig config, org.sitegen.i18n.Messages messages, Archive archive, EntityIndex entities, Stories stories, TimeIndex time,
                ViewFactory views, Function<Entry, BriefingView> briefingViews, PageSources sources) {
        this.sources = sources;
        this.config = config;
        this.messages = messages;
        this.archive = archive;
        this.views = views;
        this.briefingViews = briefingViews;
        this.entities = entities;
        this.stories = stories;
        this.entityViews = new EntityViews(entities, stories, views);
        this.time = time;
        this.timeViews = new TimeViews(config, time, archive.dates(), views, entityViews);
        this.descriptions = new PageDescriptions(config.siteTitle(), messages);
    }

    /** Every page of the site, in a fixed order; {@code parallel} finds each briefing's {@code related} ones. */
    List<PageSpec> plan(Parallel parallel, RelatedBriefings.Lists related) {
        List<PageSpec> pages = new ArrayList<>();
        briefings(pages, parallel, related);
        for (Entry page : archive.pages()) {
            pages.add(new PageSpec(page.url(), new PageModel.Page(views.page(page)),
                    new PageSubject.StandalonePage(page), page.title(),
                    descriptions.entry(page.summary(), page.title()), page.displayPath(), caseCopies(page)));
        }
        redirects(pages, archive.briefings());
        redirects(pages, archive.pages());
        // "on this day" of the newest briefing's day, not of the build's clock: see docs/time.md
        OnThisDayView onThisDay = archive.briefings().isEmpty() ? null
                : timeViews.onThisDay(day(archive.briefings().get(0)));
        int all = archive.briefings().size();
        listing(pages, "home", "/", archive.briefings(), config.siteTitle(), config.siteDescription(),
                List.of("home", config.siteDescription(), all), () -> descriptions.home(config.siteDescription(), all),
                onThisDay, (briefings, pagination) -> new PageModel.Home(briefings, pagination, onThisDay));
        archive.taxonomies().values().forEach(index -> taxonomy(pages, index));
        entities.kinds().forEach(kind -> entityKind(pages, kind));
        pairs(pages);
        stories(pages);
        publishers(pages);
        List<YearView> years = timeViews.years(); // the archive page's, the year pages' months, the search filter's
        dates(pages, years);
        weeks(pages);
        reviews(pages);
        pages.add(notFound());
        pages.add(SearchPage.spec(archive, views, config.taxonomies(), years, entities.kinds().stream()
                .filter(kind -> !entities.alphabetical(kind.key()).isEmpty()).map(entityViews::kindPage).toList())
                .withDescription(descriptions.search()));
        return pages;
    }

    /**
     * The indexes the header links besides the date archive and the taxonomies: each entity kind
     * some briefing names, then /stories/ and /sources/ when they exist (as {@link #plan} makes them).
     */
    List<org.sitegen.render.view.PageRef> sections() {
        List<org.sitegen.render.view.PageRef> sections = new ArrayList<>();
        for (EntityKind kind : entities.kinds()) {
            if (!entities.alphabetical(kind.key()).isEmpty()) {
                sections.add(new org.sitegen.render.view.PageRef(views.kindTitle(kind), kind.url()));
            }
        }
        if (!stories.all().isEmpty()) {
            sections.add(new org.sitegen.render.view.PageRef(messages.format("nav.stories"), "/" + Stories.FOLDER + "/"));
        }
        if (!archive.publishers().alphabetical().isEmpty()) {
            sections.add(new org.sitegen.render.view.PageRef(messages.format("nav.sources"), "/" + Archive.PUBLISHERS + "/"));
        }
        return sections;
    }

    private void briefings(List<PageSpec> pages, Parallel parallel, RelatedBriefings.Lists related) {
        List<Entry> all = archive.briefings();
        List<Integer> positions = java.util.stream.IntStream.range(0, all.size()).boxed().toList();
        pages.addAll(parallel.map(positions, i -> briefing(all, i, related)));
    }

    private PageSpec briefing(List<Entry> all, int i, RelatedBriefings.Lists related) {
        Entry entry = all.get(i);
        Entry newer = i > 0 ? all.get(i - 1) : null;
        Entry older = i + 1 < all.size() ? all.get(i + 1) : null;
        List<Entry> relatedOnes = related.of(entry);
        java.util.function.Supplier<String> told = sources == null ? null : () -> {
            // what the model below is made of: the entry (its title, summary, headings, date and
            // aliases make the title, description, table of contents, week and copies), its
            // neighbours' and related briefings' links, its entities and its place in a story
            org.sitegen.store.Fingerprint fp = sources.start("briefing");
            boolean known = sources.shown(fp, entry, "briefing") && sources.ref(fp, newer) && sources.ref(fp, older);
            fp.add(relatedOnes.size());
            for (Entry other : relatedOnes) {
                known = known && sources.ref(fp, other);
            }
            return known ? walked(fp, entityViews.of(entry), entityViews.position(entry)) : null;
        };
        return PageSpec.lazy(entry.url(), "briefing", new PageSubject.Briefing(entry), entry.displayPath(),
                caseCopies(entry), told, () -> new PageSpec.Content(new PageModel.Briefing(briefingViews.apply(entry),
                        newer != null ? views.ref(newer) : null,
                        older != null ? views.ref(older) : null,
                        relatedOnes.stream().map(views::ref).toList(),
                        views.toc(entry),
                        timeViews.weekOf(day(entry)),
                        entityViews.of(entry),
                        entityViews.position(entry)),
                        entry.title(), descriptions.entry(entry.summary(), entry.title())));
    }

    /** {@code fp} with {@code views} the planner made walked whole, as hex; null when one has no fingerprint. */
    private static String walked(org.sitegen.store.Fingerprint fp, Object... views) {
        try {
            for (Object view : views) {
                fp.addValue(view);
            }
            return fp.hex();
        } catch (org.sitegen.store.Fingerprint.Unhashable unknown) {
            return null;
        }
    }

    /** The aliases of {@code entry} that differ from its URL only in letter case: the page itself is written there. */
    private static List<String> caseCopies(Entry entry) {
        if (entry.aliases().isEmpty()) {
            return List.of();
        }
        return entry.aliases().stream().filter(alias -> alias.differsOnlyInCase(entry.url()))
                .map(org.sitegen.content.Alias::path).toList();
    }

    /**
     * A redirect page at each alias of {@code entries} ({@link SiteRenderer#claimOutputs} claims their
     * paths), but those that differ from the page's URL only in case, which get the page itself.
     */
    private void redirects(List<PageSpec> pages, List<Entry> entries) {
        org.sitegen.url.RelativeUrls urls = new org.sitegen.url.RelativeUrls(config.prettyLinks());
        for (Entry entry : entries) {
            for (org.sitegen.content.Alias alias : entry.aliases()) {
                if (alias.differsOnlyInCase(entry.url())) {
                    continue;
                }
                String folder = alias.path().substring(0, alias.path().lastIndexOf('/') + 1);
                String href = config.siteUrl().isEmpty() ? urls.relative(folder, entry.url())
                        : config.siteUrl() + entry.url();
                pages.add(new PageSpec(alias.path(), new PageModel.Redirect(
                        new org.sitegen.render.view.RedirectView(href, entry.title(), alias.path())),
                        new PageSubject.Alias(entry),
                        entry.title(), "", entry.displayPath()));
            }
        }
    }

    /** 404.html: where a host sends readers of missing URLs; the newest briefings help them on. */
    private PageSpec notFound() {
        List<Entry> latest = archive.briefings().stream().limit(NOT_FOUND_LATEST).toList();
        return new PageSpec(NOT_FOUND_URL, new PageModel.NotFound(latest.stream().map(briefingViews).toList()),
                new PageSubject.Listing(NOT_FOUND_URL, latest), messages.format("notfound.title"),
                descriptions.notFound(), NOT_FOUND_URL);
    }

    private void taxonomy(List<PageSpec> pages, TaxonomyIndex index) {
        var ref = views.taxonomyRef(index.name());
        TaxonomyView view = new TaxonomyView(ref.name(), ref.title(), ref.url(),
                index.alphabetical().stream().map(views::termRef).toList(),
                index.byCount().stream().map(views::termRef).toList());
        pages.add(new PageSpec(ref.url(), new PageModel.Taxonomy(view), PageSubject.WHOLE_ARCHIVE, ref.title(),
                descriptions.index(ref.title(), index.alphabetical().size()), ref.url()));
        for (TermEntry term : index.alphabetical()) {
            var termRef = views.termRef(term);
            listing(pages, "term", term.url(), term.briefings(), term.name(), "",
                    List.of("on", term.name(), term.briefings().size()),
                    () -> descriptions.listing("on", term.name(), term.briefings().size()),
                    List.of(ref, termRef), (briefings, pagination) -> new PageModel.Term(ref, termRef, briefings, pagination));
        }
    }

    /** A kind's index (only when some briefing names one of its kind) and a listing per entity. */
    private void entityKind(List<PageSpec> pages, EntityKind kind) {
        if (entities.alphabetical(kind.key()).isEmpty()) {
            return;
        }
        EntityKindView view = entityViews.kindPage(kind);
        pages.add(new PageSpec(kind.url(), new PageModel.Entities(view), PageSubject.WHOLE_ARCHIVE, views.kindTitle(kind),
                descriptions.index(views.kindTitle(kind), entities.alphabetical(kind.key()).size()), kind.url()));
        for (Entity entity : entities.alphabetical(kind.key())) {
            EntityView page = entityViews.page(entity);
            listing(pages, "entity", entity.url(), entity.briefings(), entity.name(), page.description(),
                    List.of("naming", entity.name(), entity.briefings().size()),
                    () -> descriptions.listing("naming", entity.name(), entity.briefings().size()),
                    List.of(view.kind(), page),
                    (briefings, pagination) -> new PageModel.Entity(view.kind(), page, briefings, pagination));
        }
    }

    /**
     * A listing of the briefings two entities share, newest first, for each pair an entity page
     * shows with more of them than it lists ({@link EntityViews#hasPairPage}); once per pair.
     */
    private void pairs(List<PageSpec> pages) {
        java.util.Set<String> listed = new java.util.HashSet<>();
        for (Entity entity : entities.all()) {
            for (Entity.Together together : entities.together(entity)) {
                if (!EntityViews.hasPairPage(together)) {
                    continue;
                }
                org.sitegen.render.view.PairView pair = entityViews.pair(entity, together);
                if (listed.add(pair.url())) {
                    String names = messages.format("pair.title", pair.first().name(), pair.second().name());
                    listing(pages, "pair", pair.url(), together.shared(), names, "",
                            List.of("naming", names, together.shared().size()),
                            () -> descriptions.listing("naming", names, together.shared().size()),
                            pair, (briefings, pagination) -> new PageModel.Pair(pair, briefings, pagination));
                }
            }
        }
    }

    /** /stories/ and a page per story, its briefings oldest first; none when no briefing follows another. */
    private void stories(List<PageSpec> pages) {
        if (stories.all().isEmpty()) {
            return;
        }
        String index = "/" + Stories.FOLDER + "/";
        pages.add(new PageSpec(index, new PageModel.Stories(stories.all().stream().map(entityViews::story)
                .toList()), PageSubject.WHOLE_ARCHIVE, messages.format("stories.title"),
                descriptions.stories(stories.all().size()), index));
        for (Story story : stories.all()) {
            pages.add(new PageSpec(story.url(), new PageModel.Story(entityViews.story(story),
                    story.parts().stream().map(briefingViews).toList()),
                    new PageSubject.Listing(story.url(), story.parts()), story.title(),
                    descriptions.story(story.title(), story.parts().size()), story.url()));
        }
    }

    /** /sources/ and a listing per publisher the briefings cite, newest first; none when none is cited. */
    private void publishers(List<PageSpec> pages) {
        TaxonomyIndex index = archive.publishers();
        if (index.alphabetical().isEmpty()) {
            return;
        }
        String url = "/" + Archive.PUBLISHERS + "/";
        TaxonomyView view = new TaxonomyView(Archive.PUBLISHERS, messages.format("publishers.title"), url,
                index.alphabetical().stream().map(views::termRef).toList(),
                index.byCount().stream().map(views::termRef).toList());
        pages.add(new PageSpec(url, new PageModel.Publishers(view), PageSubject.WHOLE_ARCHIVE, view.title(),
                descriptions.index(view.title(), index.alphabetical().size()), url));
        var ref = new org.sitegen.render.view.TaxonomyRef(Archive.PUBLISHERS, view.title(), url);
        for (TermEntry publisher : index.alphabetical()) {
            var publisherRef = views.termRef(publisher);
            listing(pages, "publisher", publisher.url(), publisher.briefings(), publisher.name(), "",
                    List.of("citing", publisher.name(), publisher.briefings().size()),
                    () -> descriptions.listing("citing", publisher.name(), publisher.briefings().size()),
                    List.of(ref, publisherRef),
                    (briefings, pagination) -> new PageModel.Publisher(ref, publisherRef, briefings, pagination));
        }
    }

    /**
     * A paginated listing. Its pages carry {@code own} as their description when there is one (the
     * site's or entity's own text); else the front page carries {@code counted}, the sentence with
     * the listing's count, and the numbered pages their title: a count on every page would change
     * every one of them when a briefing is added (output stability, docs/performance.md).
     * {@code model} makes each page's model from its briefings and pagination.
     */
    private void listing(List<PageSpec> pages, String kind, String base, List<Entry> entries, String title,
                         String own, List<Object> countedOf, java.util.function.Supplier<String> counted, Object shared,
                         BiFunction<List<BriefingView>, PaginationView, PageModel> model) {
        for (Pagination.Slice<Entry> slice : Pagination.paginate(entries, config.pageSize(), base)) {
            java.util.function.Supplier<String> told = sources == null ? null : () -> {
                // what the page is made of: its title (and the front page's counted description),
                // its own description, its place in the listing and the views the listing's pages
                // share, as far as its templates read them, and its briefings
                String reader = RenderMemo.reader(kind, slice.front(), slice.newest());
                org.sitegen.store.Fingerprint fp = sources.start("listing").add(kind).add(title).add(own == null ? "" : own)
                        .add(slice.number()).add(slice.url());
                String front = slice.front() ? walked(sources.start("counted"), countedOf) : "";
                if (front == null || !sources.readBy(fp.add(front), reader, pagination(slice))
                        || !sources.readBy(fp, reader, shared)) {
                    return null;
                }
                return sources.shown(fp, slice.items(), reader) ? fp.hex() : null;
            };
            pages.add(PageSpec.lazy(slice.url(), kind, new PageSubject.Listing(base, slice.items()), base, List.of(),
                    told, () -> {
                        String pageTitle = slice.front() ? title
                                : messages.format("pagination.pageTitle", title, String.valueOf(slice.number()));
                        String pageDescription = !PageDescriptions.blank(own) ? own
                                : slice.front() ? counted.get() : descriptions.entry("", pageTitle);
                        return new PageSpec.Content(model.apply(slice.items().stream().map(briefingViews).toList(),
                                pagination(slice)), pageTitle, pageDescription);
                    }));
        }
    }

    private static PaginationView pagination(Pagination.Slice<?> slice) {
        return PaginationView.of(slice.number(), slice.totalPages(), slice.totalItems(), slice.front(), slice.base(),
                n -> Pagination.urlOf(slice.base(), n));
    }

    /** The date archive's pages: each year's, the archive's (of {@code years}), each month's and day's. */
    private void dates(List<PageSpec> pages, List<YearView> years) {
        DateIndex dates = archive.dates();
        for (YearView view : years) {
            int year = view.year();
            List<Entry> entries = dates.years().get(year);
            PeriodView period = new PeriodView("year", String.valueOf(year), DatePaths.year(year), year, 0, 0, null,
                    entries.size(), "", DatePaths.year(year));
            pages.add(datePage("year", period, entries, view,
                    briefings -> new PageModel.Year(period, view.months(), briefings, TimeViews.reviewUrl(year))));
        }
        pages.add(new PageSpec("/archive/",
                new PageModel.Archive(years, archive.briefings().size()), PageSubject.WHOLE_ARCHIVE,
                messages.format("archive.title"),
                descriptions.archive(archive.briefings().size()), "/archive/"));
        dates.months().forEach((month, entries) -> {
            // the period (its title and description too) is made of the month and its count
            java.util.function.Supplier<String> told = sources == null ? null : () -> {
                org.sitegen.store.Fingerprint fp = sources.start("month").addValue(month);
                return sources.shown(fp, entries, "month") ? fp.hex() : null;
            };
            pages.add(datePage("month", DatePaths.month(month), entries, told, () -> {
                MonthView view = timeViews.month(month);
                PeriodView period = new PeriodView("month", views.monthAndYear(month.getYear(), month.getMonthValue()),
                        view.url(), month.getYear(), month.getMonthValue(), 0, DatePaths.year(month.getYear()),
                        entries.size(), view.name(), DatePaths.year(month.getYear()));
                return datePage(period, entries, briefings -> new PageModel.Month(period, briefings));
            }));
        });
        dates.days().forEach((day, entries) -> {
            // the period, week and title are made of the day and its count; "on this day" of the days before
            java.util.function.Supplier<String> told = sources == null ? null : () -> {
                org.sitegen.store.Fingerprint fp = sources.start("day").addValue(day);
                return sources.shown(fp, entries, "day") && sources.onThisDay(fp, day) ? fp.hex() : null;
            };
            pages.add(datePage("day", DatePaths.day(day), entries, told, () -> {
                PeriodView period = new PeriodView("day", views.date(new org.sitegen.content.PublishedDate(
                        day.atStartOfDay(config.zone()), false)).display(), DatePaths.day(day), day.getYear(),
                        day.getMonthValue(), day.getDayOfMonth(), DatePaths.month(YearMonth.from(day)), entries.size(),
                        views.monthTitle(day.getMonthValue()), DatePaths.year(day.getYear()));
                return datePage(period, entries, briefings -> new PageModel.Day(period, briefings,
                        timeViews.weekOf(day), timeViews.onThisDay(day)));
            }));
        });
    }

    /** A page per ISO week with briefings (/2023/w07/), its briefings newest first. */
    private void weeks(List<PageSpec> pages) {
        List<IsoWeek> weeks = List.copyOf(time.weeks().keySet()); // newest first
        for (int i = 0; i < weeks.size(); i++) {
            IsoWeek week = weeks.get(i);
            List<Entry> entries = time.weeks().get(week);
            IsoWeek newer = i > 0 ? weeks.get(i - 1) : null;
            IsoWeek older = i + 1 < weeks.size() ? weeks.get(i + 1) : null;
            java.util.function.Supplier<String> told = sources == null ? null : () -> {
                org.sitegen.store.Fingerprint fp = sources.start("week");
                timeViews.weekSources(fp, week, entries.size(), newer, older);
                return sources.shown(fp, entries, "week") ? fp.hex() : null;
            };
            pages.add(PageSpec.lazy(week.url(), "week", new PageSubject.Listing(week.url(), entries), week.url(),
                    List.of(), told, () -> {
                        WeekView view = timeViews.week(week, entries.size(), newer, older);
                        return new PageSpec.Content(new PageModel.Week(view, entries.stream().map(briefingViews).toList()),
                                view.title(), descriptions.period(view.title(), entries.size()));
                    }));
        }
    }

    /** A year in review per year with briefings (/2023/review/). */
    private void reviews(List<PageSpec> pages) {
        time.reviews().forEach((year, review) -> {
            YearReviewView view = timeViews.review(review, archive.dates().years().get(year).size());
            String title = messages.format("review.title", String.valueOf(year));
            pages.add(new PageSpec(view.url(), new PageModel.Review(view), PageSubject.WHOLE_ARCHIVE, title,
                    descriptions.review(year, view.count()), view.url()));
        });
    }

    /** A briefing's day in the site's zone, as the date archive files it. */
    private static java.time.LocalDate day(Entry briefing) {
        return briefing.date().at().toLocalDate();
    }

    /** A page of the date archive; {@code model} makes its model from its briefings. */
    private PageSpec.Content datePage(PeriodView period, List<Entry> entries, Function<List<BriefingView>, PageModel> model) {
        return new PageSpec.Content(model.apply(entries.stream().map(briefingViews).toList()), period.title(),
                descriptions.period(period.title(), entries.size()));
    }

    /** A page of the date archive at {@code url} whose model {@code make} makes when asked for. */
    private static PageSpec datePage(String kind, String url, List<Entry> entries, java.util.function.Supplier<String> told,
                                     java.util.function.Supplier<PageSpec.Content> make) {
        return PageSpec.lazy(url, kind, new PageSubject.Listing(url, entries), url, List.of(), told, make);
    }

    /** A year's page: made of its period and view (made already, walked whole) and its briefings. */
    private PageSpec datePage(String kind, PeriodView period, List<Entry> entries, Object view,
                              Function<List<BriefingView>, PageModel> model) {
        java.util.function.Supplier<String> told = sources == null ? null : () -> {
            org.sitegen.store.Fingerprint fp = sources.start(kind);
            return sources.shown(fp, entries, kind) ? walked(fp, period, view) : null;
        };
        return datePage(kind, period.url(), entries, told, () -> datePage(period, entries, model));
    }

}
