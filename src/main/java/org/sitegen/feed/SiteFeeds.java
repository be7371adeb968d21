package org.sitegen.feed;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitegen.archive.Entry;
import org.sitegen.archive.TaxonomyIndex;
import org.sitegen.archive.TermEntry;
import org.sitegen.calendar.IsoWeek;
import org.sitegen.calendar.TimeIndex;
import org.sitegen.config.SiteConfig;
import org.sitegen.entities.Entity;
import org.sitegen.entities.EntityIndex;
import org.sitegen.exec.Parallel;
import org.sitegen.html.Html;
import org.sitegen.i18n.DateFormats;
import org.sitegen.i18n.Messages;
import org.sitegen.output.SiteWriter;

/**
 * The site's Atom feeds, made from the archive and the settings: /feed.xml, one per term (e.g.
 * /tags/economy/feed.xml), one per entity (e.g. /people/wang-yi/feed.xml) and one per ISO week
 * (e.g. /2023/w07/feed.xml), each with the newest {@value #SIZE} briefings. Feeds need absolute
 * URLs: made only with a site URL. What pages show has no say in them (the template contract
 * is org.sitegen.render's, which this package does not see: ArchitectureTest).
 */
public final class SiteFeeds {
    /** A feed's file name in the folder of the listing it follows. */
    public static final String FILE = "feed.xml";
    /** Briefings per feed. */
    public static final int SIZE = 20;

    /** A feed as pages link it: its title and site-absolute path. */
    public record Feed(String title, String path) {
    }

    private final SiteConfig config;
    private final Messages messages;
    private final DateFormats dates;
    private final org.sitegen.archive.Archive archive;
    private final EntityIndex entities;
    private final TimeIndex time;
    /** The folder its files go to: "" at the root, "/fr" for one language of a multilingual site. */
    private final String folder;
    /** The URL of each listing with a feed of its own → the name its feed's title carries. */
    private final Map<String, String> ownFeeds = new LinkedHashMap<>();

    /**
     * @param config its language's: the site URL, title and language the feeds carry
     * @param folder where its files go: "" at the root, "/fr" for one language of a multilingual site
     *               (whose listings' URLs are within that folder, and {@code config}'s site URL with it)
     */
    public SiteFeeds(SiteConfig config, Messages messages, DateFormats dates, org.sitegen.archive.Archive archive,
                     EntityIndex entities, TimeIndex time, String folder) {
        this.folder = folder;
        this.config = config;
        this.messages = messages;
        this.dates = dates;
        this.archive = archive;
        this.entities = entities;
        this.time = time;
        for (TaxonomyIndex index : archive.taxonomies().values()) {
            for (TermEntry term : index.alphabetical()) {
                ownFeeds.put(term.url(), term.name());
            }
        }
        for (Entity entity : entities.all()) {
            ownFeeds.put(entity.url(), entity.name());
        }
        for (IsoWeek week : time.weeks().keySet()) {
            ownFeeds.put(week.url(), dates.week(week.week(), week.year()));
        }
    }

    /** The whole site's feed. */
    public Feed site() {
        return new Feed(config.siteTitle(), "/" + FILE);
    }

    /** The feed of the listing whose front page is {@code listingUrl} (a term's, an entity's, a week's), or null. */
    public Feed of(String listingUrl) {
        String name = ownFeeds.get(listingUrl);
        return name == null ? null : new Feed(title(name), listingUrl + FILE);
    }

    /** "China — Site title" (message {@code feed.title}). */
    private String title(String name) {
        return messages.format("feed.title", name, config.siteTitle());
    }

    /** Every file {@link #write} writes (relative to the output folder), with what it is, in the order written. */
    public Map<String, String> outputPaths() {
        Map<String, String> paths = new LinkedHashMap<>();
        paths.put(output(FILE), "the site's Atom feed");
        ownFeeds.keySet().forEach(url -> paths.put(output((url + FILE).substring(1)), "the Atom feed of " + folder + url));
        return paths;
    }

    public void write(Parallel parallel, SiteWriter writer) throws IOException {
        List<Entry> briefings = archive.briefings();
        // Only briefings among the newest of some feed are converted (bodies made absolute) once each.
        java.util.Set<Entry> needed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        briefings.stream().limit(SIZE).forEach(needed::add);
        archive.taxonomies().values().forEach(index -> index.alphabetical()
                .forEach(term -> term.briefings().stream().limit(SIZE).forEach(needed::add)));
        List<Entry> inFeeds = briefings.stream().filter(needed::contains).toList(); // archive order
        List<FeedEntry> built = parallel.map(inFeeds, b -> entry(b, true));
        Map<Entry, FeedEntry> entries = new IdentityHashMap<>();
        for (int i = 0; i < inFeeds.size(); i++) {
            entries.put(inFeeds.get(i), built.get(i));
        }
        record Job(String path, FeedSpec spec) {
        }
        List<Job> jobs = new ArrayList<>();
        jobs.add(new Job(FILE, spec(site().path(), "/", config.siteTitle(), briefings, entries)));
        for (TaxonomyIndex index : archive.taxonomies().values()) {
            for (TermEntry term : index.alphabetical()) {
                Feed feed = of(term.url());
                jobs.add(new Job(feed.path().substring(1), spec(feed.path(), term.url(), feed.title(),
                        term.briefings(), entries)));
            }
        }
        // Entity feeds say what is new on someone or something and link to it: a thousand feeds
        // carrying twenty whole bodies each would double the bytes a build writes, and nearly
        // every body would be made absolute for them.
        Map<Entry, FeedEntry> linksOnly = new IdentityHashMap<>();
        entries.forEach((briefing, entry) -> linksOnly.put(briefing, entry.withoutBody()));
        List<Entry> linkOnlyNeeded = new ArrayList<>();
        for (Entity entity : entities.all()) {
            entity.briefings().stream().limit(SIZE).filter(b -> !linksOnly.containsKey(b)).forEach(b -> {
                linksOnly.put(b, null);
                linkOnlyNeeded.add(b);
            });
        }
        // Week feeds, likewise: nearly every briefing is among the newest of its week.
        for (List<Entry> week : time.weeks().values()) {
            week.stream().limit(SIZE).filter(b -> !linksOnly.containsKey(b)).forEach(b -> {
                linksOnly.put(b, null);
                linkOnlyNeeded.add(b);
            });
        }
        List<FeedEntry> linkOnlyBuilt = parallel.map(linkOnlyNeeded, b -> entry(b, false));
        for (int i = 0; i < linkOnlyNeeded.size(); i++) {
            linksOnly.put(linkOnlyNeeded.get(i), linkOnlyBuilt.get(i));
        }
        for (Entity entity : entities.all()) {
            Feed feed = of(entity.url());
            jobs.add(new Job(feed.path().substring(1), spec(feed.path(), entity.url(), feed.title(),
                    entity.briefings(), linksOnly)));
        }
        time.weeks().forEach((week, ofWeek) -> {
            Feed feed = of(week.url());
            jobs.add(new Job(feed.path().substring(1), spec(feed.path(), week.url(), feed.title(), ofWeek, linksOnly)));
        });
        AtomFeedWriter atom = new AtomFeedWriter();
        List<byte[]> documents = parallel.map(jobs, job -> atom.write(job.spec()));
        for (int i = 0; i < jobs.size(); i++) {
            writer.write(output(jobs.get(i).path()), documents.get(i));
        }
    }

    /** The output path of {@code path}, relative to its folder. */
    private String output(String path) {
        return org.sitegen.output.OutputPaths.inFolder(folder, path);
    }

    private FeedSpec spec(String feedPath, String pagePath, String title, List<Entry> briefings,
                          Map<Entry, FeedEntry> entries) {
        return new FeedSpec(config.siteUrl() + feedPath, config.siteUrl() + pagePath, title,
                config.siteDescription(), config.siteTitle(), config.language(),
                briefings.stream().limit(SIZE).map(entries::get).toList());
    }

    /** A briefing as a feed entry; its categories are its terms of every taxonomy, as the indexes show them. */
    private FeedEntry entry(Entry briefing, boolean withBody) {
        String url = config.siteUrl() + briefing.url();
        List<FeedEntry.Category> categories = new ArrayList<>();
        archive.taxonomies().forEach((taxonomy, index) -> {
            for (TermEntry t : index.termsOf(briefing)) {
                categories.add(new FeedEntry.Category(t.slug(), t.name(), config.siteUrl() + "/" + taxonomy + "/"));
            }
        });
        var lastChange = briefing.updated() != null ? briefing.updated() : briefing.date();
        return new FeedEntry(url, briefing.title(), briefing.summary(),
                withBody ? AbsoluteLinks.resolve(briefing.html().load(), url) + correctionsHtml(briefing) : null,
                briefing.date().at().toInstant(), lastChange.at().toInstant(), briefing.authors(), categories);
    }

    /** Corrections travel with the text, so feed readers see what changed too. */
    private String correctionsHtml(Entry briefing) {
        if (briefing.corrections().isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("\n<h2>Corrections</h2>\n<ul>\n");
        briefing.corrections().forEach(c -> html.append("<li>").append(Html.escape(dates.longDate(c.date().at())))
                .append(": ").append(Html.escape(c.note())).append("</li>\n"));
        return html.append("</ul>\n").toString();
    }
}
