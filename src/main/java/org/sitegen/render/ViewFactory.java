package org.sitegen.render;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitegen.archive.Archive;
import org.sitegen.archive.DatePaths;
import org.sitegen.archive.Entry;
import org.sitegen.archive.TaxonomyIndex;
import org.sitegen.archive.TermEntry;
import org.sitegen.config.SiteConfig;
import org.sitegen.config.ThemeSettings;
import org.sitegen.content.PublishedDate;
import org.sitegen.content.Slugs;
import org.sitegen.render.view.BriefingRef;
import org.sitegen.render.view.BriefingView;
import org.sitegen.render.view.CorrectionView;
import org.sitegen.render.view.DateView;
import org.sitegen.render.view.PageRef;
import org.sitegen.render.view.PageView;
import org.sitegen.render.view.SiteView;
import org.sitegen.render.view.SourceView;
import org.sitegen.render.view.TaxonomyRef;
import org.sitegen.render.view.TermRef;

/**
 * Turns the archive's records into the template contract (render.view), formatting dates in
 * the site's zone and language so templates never see the machine's.
 */
final class ViewFactory {
    /** Short briefings need no table of contents. */
    static final int TOC_MIN_HEADINGS = 3;
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private final SiteConfig config;
    private final Archive archive;
    private final Slugs slugs;
    private final org.sitegen.i18n.Messages messages;
    private final org.sitegen.i18n.DateFormats formats;
    private final boolean capitalizeMonths;
    private final boolean countCharacters;
    private final Map<PublishedDate, DateView> dates = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * Each briefing's place in the archive ({@link #keepRefs}), and its one link, made when first
     * asked for: a briefing is linked from its neighbours, related and earlier days' pages.
     */
    private Map<Entry, Integer> positions = new java.util.IdentityHashMap<>();
    private java.util.concurrent.atomic.AtomicReferenceArray<BriefingRef> refs =
            new java.util.concurrent.atomic.AtomicReferenceArray<>(0);
    /** One link per term, made with the briefings' links: a tag is linked from each of its briefings. */
    private Map<TermEntry, TermRef> termRefs = Map.of();

    ViewFactory(SiteConfig config, Archive archive, Slugs slugs, org.sitegen.i18n.Messages messages) {
        this.config = config;
        this.archive = archive;
        this.slugs = slugs;
        this.messages = messages;
        this.formats = new org.sitegen.i18n.DateFormats(messages, config.locale());
        this.countCharacters = ReadingTime.countsCharacters(messages);
        this.capitalizeMonths = "yes".equals(messages.format("text.capitalizeMonths"));
    }

    org.sitegen.i18n.Messages messages() {
        return messages;
    }

    org.sitegen.i18n.DateFormats formats() {
        return formats;
    }

    /** @param sections see {@link SiteView#sections} ({@link PagePlanner#sections}) */
    SiteView site(List<PageRef> sections) {
        List<TaxonomyRef> taxonomies = config.taxonomies().stream().map(this::taxonomyRef).toList();
        List<PageRef> pages = archive.pages().stream().map(p -> new PageRef(p.title(), p.url())).toList();
        ThemeSettings theme = config.theme();
        return new SiteView(config.siteTitle(), config.siteDescription(), config.siteUrl(), config.language(),
                taxonomies, pages, sections, theme.headerText().isEmpty() ? config.siteTitle() : theme.headerText(),
                theme.logo(), Theme.stylesheets(theme), messages.rightToLeft());
    }

    /** A taxonomy's name: as the settings give it, else the language's ("taxonomy.tags"), else its key capitalised. */
    TaxonomyRef taxonomyRef(String name) {
        String title = !config.theme().taxonomyNames().containsKey(name) && messages.has("taxonomy." + name)
                ? messages.format("taxonomy." + name) : config.theme().taxonomyName(name);
        return new TaxonomyRef(name, title, "/" + name + "/");
    }

    BriefingView briefing(Entry entry) {
        int[] length = length(entry);
        Map<String, List<TermRef>> taxonomies = new LinkedHashMap<>();
        for (String taxonomy : config.taxonomies()) {
            taxonomies.put(taxonomy, archive.taxonomies().get(taxonomy).termsOf(entry).stream().map(this::termRef)
                    .toList());
        }
        // what else than the entry it is made of: PageSources.shown, which must name the same
        return new BriefingView(entry.title(), entry.url(), date(entry.date()), date(entry.updated()),
                entry.authors(), taxonomies.get(config.taxonomies().get(0)), taxonomies, entry.summary(),
                new StoredMarkup(entry.html()), length[0], length[1],
                entry.sources().stream().map(this::source).toList(), entry.params(),
                entry.contentPath(),
                entry.corrections().stream().map(c -> new CorrectionView(date(c.date()), c.note())).toList(),
                status(entry), entry.summaryInBody());
    }

    /**
     * {words, minutes of reading, at least 1} ({@link ReadingTime}); in a language read character by
     * character, from the count kept with the body, else (a body counted under other messages) from its text.
     */
    private int[] length(Entry entry) {
        if (!countCharacters) {
            return ReadingTime.ofWords(entry.wordCount());
        }
        org.sitegen.markdown.ReadingLength counted = entry.reading();
        return ReadingTime.of(counted != null ? counted : ReadingTime.count(entry.text().load()));
    }

    private SourceView source(org.sitegen.content.Source source) {
        return new SourceView(source.title(), source.url(), source.publisher(), publisherUrl(source), date(source.date()),
                source.type());
    }

    /** The URL of the page of a source's publisher, or "". */
    String publisherUrl(org.sitegen.content.Source source) {
        if (source.publisher().isEmpty()) {
            return "";
        }
        TermEntry page = archive.publishers().term(TaxonomyIndex.slugOf(source.publisher(), slugs));
        return page == null ? "" : page.url();
    }

    /** "draft", "scheduled" (dated after the build's now) or "published". */
    String status(Entry entry) {
        if (entry.draft()) {
            return "draft";
        }
        return entry.date().at().toInstant().isAfter(config.now()) ? "scheduled" : "published";
    }

    PageView page(Entry entry) {
        return new PageView(entry.title(), entry.url(), entry.summary(), new StoredMarkup(entry.html()), entry.params(),
                entry.contentPath());
    }

    /** Headings of levels 2 and 3, when there are at least {@value #TOC_MIN_HEADINGS}; else none. */
    List<org.sitegen.render.view.TocEntry> toc(Entry entry) {
        List<org.sitegen.render.view.TocEntry> toc = entry.headings().stream()
                .filter(h -> h.level() == 2 || h.level() == 3)
                .map(h -> new org.sitegen.render.view.TocEntry(h.level(), h.id(), h.text())).toList();
        return toc.size() >= TOC_MIN_HEADINGS ? toc : List.of();
    }

    BriefingRef ref(Entry entry) {
        Integer at = positions.get(entry);
        if (at == null) {
            return newRef(entry);
        }
        BriefingRef kept = refs.get(at);
        if (kept == null) {
            BriefingRef made = newRef(entry);
            kept = refs.compareAndExchange(at, null, made);
            kept = kept == null ? made : kept;
        }
        return kept;
    }

    /** What a link to a briefing shows: PageSources.ref names the same. */
    private BriefingRef newRef(Entry entry) {
        return new BriefingRef(entry.title(), entry.url(), date(entry.date()));
    }

    /**
     * Keeps one link to each of {@code briefings}, made when first asked for (by any thread),
     * before pages are planned: each is on many pages, whose fingerprints then find it walked
     * already. A rebuild makes only the links on pages it renders again.
     */
    void keepRefs(List<Entry> briefings) {
        Map<Entry, Integer> at = new java.util.IdentityHashMap<>(briefings.size() * 2);
        for (int i = 0; i < briefings.size(); i++) {
            at.put(briefings.get(i), i);
        }
        positions = at;
        refs = new java.util.concurrent.atomic.AtomicReferenceArray<>(briefings.size());
        Map<TermEntry, TermRef> terms = new java.util.IdentityHashMap<>();
        for (TaxonomyIndex index : archive.taxonomies().values()) {
            for (TermEntry term : index.alphabetical()) {
                terms.put(term, termRef(term));
            }
        }
        termRefs = terms;
    }

    TermRef termRef(TermEntry term) {
        TermRef kept = termRefs.get(term);
        return kept != null ? kept : new TermRef(term.taxonomy(), term.name(), term.slug(), term.url(), term.briefings().size());
    }

    /** One view per date: a briefing's date is shown on its page, in listings and in many neighbours' links. */
    DateView date(PublishedDate date) {
        return date == null ? null : dates.computeIfAbsent(date, this::format);
    }

    private DateView format(PublishedDate date) {
        ZonedDateTime at = date.at();
        return new DateView(at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), at.toLocalDate().toString(),
                formats.longDate(at), date.hasTime() ? at.format(HOURS_MINUTES) : "",
                at.getYear(), at.getMonthValue(), monthName(at.getMonthValue()), at.getDayOfMonth(),
                formats.dayAndMonth(at), DatePaths.year(at.getYear()), DatePaths.month(at.getYear(), at.getMonthValue()),
                DatePaths.day(at.toLocalDate()));
    }

    /** The month's name as it stands alone, in a sentence ("février"). */
    String monthName(int month) {
        return java.time.Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, config.locale());
    }

    /** The month's name as a title or a listing shows it ("Février" where the language capitalises there). */
    String monthTitle(int month) {
        String name = monthName(month);
        return capitalizeMonths && !name.isEmpty() ? name.substring(0, 1).toUpperCase(config.locale()) + name.substring(1)
                : name;
    }

    /** "People", "Personnes": a kind of entity's name in the language (message {@code entity.KEY}). */
    String kindTitle(org.sitegen.entities.EntityKind kind) {
        return messages.has("entity." + kind.key()) ? messages.format("entity." + kind.key()) : kind.title();
    }

    /** "February 2023", "2023年2月" (message {@code date.monthYear}). */
    String monthAndYear(int year, int month) {
        return messages.format("date.monthYear", monthTitle(month), String.valueOf(year), month);
    }

    /** "February 2023", "février 2023": a month and year inside a sentence (no capital where the language has none). */
    String monthAndYearInText(java.time.YearMonth month) {
        return messages.format("date.monthYear", monthName(month.getMonthValue()), String.valueOf(month.getYear()),
                month.getMonthValue());
    }
}
