package org.sitegen.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.sitegen.archive.Archive;
import org.sitegen.archive.Entry;
import org.sitegen.archive.TaxonomyIndex;
import org.sitegen.archive.TermEntry;
import org.sitegen.calendar.IsoWeek;
import org.sitegen.calendar.TimeIndex;
import org.sitegen.config.SiteConfig;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;
import org.sitegen.entities.Entity;
import org.sitegen.entities.EntityIndex;
import org.sitegen.exec.Parallel;
import org.sitegen.feed.AbsoluteLinks;
import org.sitegen.feed.AtomFeedWriter;
import org.sitegen.feed.FeedEntry;
import org.sitegen.feed.FeedSpec;
import org.sitegen.html.Html;
import org.sitegen.output.SiteWriter;
import org.sitegen.render.view.BriefingView;
import org.sitegen.render.view.DateView;
import org.sitegen.render.view.TermRef;
import org.sitegen.sitemap.Sitemap;

/**
 * The files made for machines rather than readers: robots.txt (always), and with a site URL the
 * Atom feeds (/feed.xml, one per term, e.g. /tags/economy/feed.xml, one per entity, e.g.
 * /people/wang-yi/feed.xml, and one per ISO week, e.g. /2023/w07/feed.xml) and sitemap.xml. Feeds
 * and sitemaps must use absolute URLs; without a site URL they are skipped with one warning.
 */
final class DiscoveryFiles {
    /** Briefings per feed. */
    static final int FEED_SIZE = 20;

    private final SiteConfig config;
    private final Archive archive;
    private final EntityIndex entities;
    private final TimeIndex time;
    private final Function<Entry, BriefingView> views;
    private final PageMetadata metadata;

    private final org.sitegen.i18n.Messages messages;
    private final SiteRenderer.Mount mount;
    private final LanguageLinks languages; // null: one language
    private final List<Sitemap.Url> sitemap; // a multilingual site's, every language's; null: this part's own

    DiscoveryFiles(SiteConfig config, org.sitegen.i18n.Messages messages, Archive archive, EntityIndex entities, TimeIndex time,
                   Function<Entry, BriefingView> views) {
        this(config, messages, archive, entities, time, views, SiteRenderer.Mount.ROOT, null, null);
    }

    /**
     * @param mount     where these files go: a language's feeds in its folder; robots.txt and the
     *                  sitemap only from the part writing the root's files
     * @param languages the links between a multilingual site's languages (sitemap alternates), or null
     * @param sitemap   every language's sitemap entries, for the root's sitemap, or null for these pages' own
     */
    DiscoveryFiles(SiteConfig config, org.sitegen.i18n.Messages messages, Archive archive, EntityIndex entities, TimeIndex time,
                   Function<Entry, BriefingView> views, SiteRenderer.Mount mount, LanguageLinks languages,
                   List<Sitemap.Url> sitemap) {
        this.mount = mount;
        this.languages = languages;
        this.sitemap = sitemap;
        this.config = config;
        this.archive = archive;
        this.entities = entities;
        this.time = time;
        this.views = views;
        this.messages = messages;
        this.metadata = new PageMetadata(config, messages);
    }

    /** Every file {@link #write} writes for {@code pages}, with what it is, in the order written. */
    Map<String, String> outputPaths(List<PageSpec> pages) {
        Map<String, String> paths = new java.util.LinkedHashMap<>();
        if (mount.rootFiles()) {
            paths.put("robots.txt", "the generated robots.txt");
        }
        if (config.redirectsFile().equals(NETLIFY) && mount.rootFiles()) {
            paths.put(REDIRECTS_FILE, "the generated " + REDIRECTS_FILE + " (redirectsFile)");
        }
        if (!config.siteUrl().isEmpty()) {
            paths.put(mount.out(PageMetadata.FEED_FILE), "the site's Atom feed");
            for (TaxonomyIndex index : archive.taxonomies().values()) {
                for (TermEntry term : index.alphabetical()) {
                    paths.put(mount.out((term.url() + PageMetadata.FEED_FILE).substring(1)), "the Atom feed of "
                            + mount.real(term.url()));
                }
            }
            for (Entity entity : entities.all()) {
                paths.put(mount.out((entity.url() + PageMetadata.FEED_FILE).substring(1)), "the Atom feed of "
                        + mount.real(entity.url()));
            }
            for (IsoWeek week : time.weeks().keySet()) {
                paths.put(mount.out((week.url() + PageMetadata.FEED_FILE).substring(1)), "the Atom feed of "
                        + mount.real(week.url()));
            }
            int urls = sitemap != null ? sitemap.size() : (int) pages.stream().filter(PageSpec::isFolder)
                    .filter(page -> !page.kind().equals(PagePlanner.REDIRECT)).count();
            if (mount.rootFiles()) {
                Sitemap.fileNames(urls).forEach(name -> paths.put(name, "the generated sitemap"));
            }
        }
        return paths;
    }

    /** The redirectsFile setting that writes {@link #REDIRECTS_FILE}. */
    private static final String NETLIFY = "netlify";
    /** Netlify's (and Cloudflare Pages') redirects file, at the site's root. */
    static final String REDIRECTS_FILE = "_redirects";

    /**
     * One line per alias, sorted: "old-path new-path 301" (a permanent redirect), paths
     * percent-encoded as the fields are separated by blanks.
     */
    private String netlifyRedirects() {
        java.util.TreeMap<String, String> lines = new java.util.TreeMap<>();
        for (List<Entry> entries : List.of(archive.briefings(), archive.pages())) {
            for (Entry entry : entries) {
                // an alias in other letter case holds the page itself: a rule there could loop where case is ignored
                entry.aliases().stream().filter(alias -> !alias.differsOnlyInCase(entry.url()))
                        .forEach(alias -> lines.put(encode(alias.path()), encode(entry.url())));
            }
        }
        StringBuilder out = new StringBuilder("# Redirects from the aliases of the pages (aliases: in front matter),\n"
                + "# written by site-gen because redirectsFile is netlify.\n");
        lines.forEach((from, to) -> out.append(from).append(' ').append(to).append(" 301\n"));
        return out.toString();
    }

    /** A site path with every byte outside letters, digits and -._~/ percent-encoded (UTF-8). */
    private static String encode(String path) {
        StringBuilder out = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(String.format(java.util.Locale.ROOT, "%02X", c));
            }
        }
        return out.toString();
    }

    void write(List<PageSpec> pages, Parallel parallel, SiteWriter writer, Diagnostics diagnostics)
            throws IOException {
        if (diagnostics.hasErrors()) {
            return; // the build fails and writes nothing: a siteUrl warning would only be noise
        }
        if (mount.rootFiles()) {
            writer.write("robots.txt", Sitemap.robots(mount.siteUrl()).getBytes(StandardCharsets.UTF_8));
        }
        if (config.redirectsFile().equals(NETLIFY) && mount.rootFiles()) {
            writer.write(REDIRECTS_FILE, netlifyRedirects().getBytes(StandardCharsets.UTF_8));
        }
        if (config.siteUrl().isEmpty()) {
            if (!mount.rootFiles()) {
                return; // said once, by the part writing the root's files
            }
            diagnostics.warning(SourcePosition.of(config.displayPath(config.projectDir().resolve("pom.xml"))),
                    "siteUrl is not set, so the site has no Atom feeds and no sitemap.xml (they need absolute "
                            + "URLs); set <siteUrl> or -Dsite-gen.siteUrl=https://…");
            return;
        }
        writeFeeds(parallel, writer);
        if (!mount.rootFiles()) {
            return;
        }
        List<Sitemap.Url> urls = sitemap != null ? sitemap : sitemapUrls(pages);
        for (Map.Entry<String, byte[]> file : Sitemap.files(mount.siteUrl(), urls).entrySet()) {
            writer.write(file.getKey(), file.getValue());
        }
    }

    private void writeFeeds(Parallel parallel, SiteWriter writer) throws IOException {
        List<Entry> briefings = archive.briefings();
        // Only briefings among the newest of some feed are converted (bodies made absolute) once each.
        java.util.Set<Entry> needed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        briefings.stream().limit(FEED_SIZE).forEach(needed::add);
        archive.taxonomies().values().forEach(index -> index.alphabetical()
                .forEach(term -> term.briefings().stream().limit(FEED_SIZE).forEach(needed::add)));
        List<Entry> inFeeds = briefings.stream().filter(needed::contains).toList(); // archive order
        List<FeedEntry> built = parallel.map(inFeeds, b -> feedEntry(b, true));
        Map<Entry, FeedEntry> entries = new IdentityHashMap<>();
        for (int i = 0; i < inFeeds.size(); i++) {
            entries.put(inFeeds.get(i), built.get(i));
        }
        record Job(String path, FeedSpec spec) {
        }
        List<Job> jobs = new ArrayList<>();
        jobs.add(new Job(PageMetadata.FEED_FILE, spec(PageMetadata.SITE_FEED, "/", config.siteTitle(), briefings,
                entries)));
        for (TaxonomyIndex index : archive.taxonomies().values()) {
            for (TermEntry term : index.alphabetical()) {
                String feed = term.url() + PageMetadata.FEED_FILE;
                jobs.add(new Job(feed.substring(1), spec(feed, term.url(), metadata.termFeedTitle(term.name()),
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
            entity.briefings().stream().limit(FEED_SIZE).filter(b -> !linksOnly.containsKey(b)).forEach(b -> {
                linksOnly.put(b, null);
                linkOnlyNeeded.add(b);
            });
        }
        // Week feeds, likewise: nearly every briefing is among the newest of its week.
        for (List<Entry> week : time.weeks().values()) {
            week.stream().limit(FEED_SIZE).filter(b -> !linksOnly.containsKey(b)).forEach(b -> {
                linksOnly.put(b, null);
                linkOnlyNeeded.add(b);
            });
        }
        List<FeedEntry> linkOnlyBuilt = parallel.map(linkOnlyNeeded, b -> feedEntry(b, false));
        for (int i = 0; i < linkOnlyNeeded.size(); i++) {
            linksOnly.put(linkOnlyNeeded.get(i), linkOnlyBuilt.get(i));
        }
        for (Entity entity : entities.all()) {
            String feed = entity.url() + PageMetadata.FEED_FILE;
            jobs.add(new Job(feed.substring(1), spec(feed, entity.url(), metadata.termFeedTitle(entity.name()),
                    entity.briefings(), linksOnly)));
        }
        time.weeks().forEach((week, ofWeek) -> {
            String feed = week.url() + PageMetadata.FEED_FILE;
            jobs.add(new Job(feed.substring(1), spec(feed, week.url(),
                    metadata.termFeedTitle(TimeViews.weekTitle(messages, week)), ofWeek, linksOnly)));
        });
        AtomFeedWriter atom = new AtomFeedWriter();
        List<byte[]> documents = parallel.map(jobs, job -> atom.write(job.spec()));
        for (int i = 0; i < jobs.size(); i++) {
            writer.write(mount.out(jobs.get(i).path()), documents.get(i));
        }
    }

    private FeedSpec spec(String feedPath, String pagePath, String title, List<Entry> briefings,
                          Map<Entry, FeedEntry> entries) {
        return new FeedSpec(config.siteUrl() + feedPath, config.siteUrl() + pagePath, title,
                config.siteDescription(), config.siteTitle(), config.language(),
                briefings.stream().limit(FEED_SIZE).map(entries::get).toList());
    }

    private FeedEntry feedEntry(Entry briefing, boolean withBody) {
        BriefingView b = views.apply(briefing);
        String url = config.siteUrl() + b.url();
        List<FeedEntry.Category> categories = new ArrayList<>();
        b.taxonomies().forEach((taxonomy, terms) -> {
            for (TermRef t : terms) {
                categories.add(new FeedEntry.Category(t.slug(), t.name(), config.siteUrl() + "/" + taxonomy + "/"));
            }
        });
        return new FeedEntry(url, b.title(), b.summary(),
                withBody ? AbsoluteLinks.resolve(b.content().load(), url) + correctionsHtml(b) : null,
                instant(b.date()).toInstant(), instant(lastChange(b)).toInstant(), b.authors(), categories);
    }

    /** Corrections travel with the text, so feed readers see what changed too. */
    private static String correctionsHtml(BriefingView b) {
        if (b.corrections().isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("\n<h2>Corrections</h2>\n<ul>\n");
        b.corrections().forEach(c -> html.append("<li>").append(Html.escape(c.date().display())).append(": ")
                .append(Html.escape(c.note())).append("</li>\n"));
        return html.append("</ul>\n").toString();
    }


    /** Every folder page (404.html and redirect pages are not pages to index), by URL, with its last change when known. */
    List<Sitemap.Url> sitemapUrls(List<PageSpec> pages) {
        OffsetDateTime newest = archive.briefings().stream().map(e -> instant(lastChange(views.apply(e))))
                .max(Comparator.naturalOrder()).orElse(null);
        return pages.stream().filter(PageSpec::isFolder).filter(page -> !page.kind().equals(PagePlanner.REDIRECT)).sorted(Comparator.comparing(PageSpec::url))
                .map(page -> new Sitemap.Url(config.siteUrl() + page.url(), lastmod(page, newest),
                        languages == null ? List.of() : languages.sitemapAlternates(mount.lang(), page))).toList();
    }

    /**
     * A briefing's own date; a listing's newest briefing; a standalone page: unknown; any other
     * page (indexes of tags, the archive) changes with the whole archive.
     */
    private static OffsetDateTime lastmod(PageSpec page, OffsetDateTime newest) {
        Map<String, Object> model = page.model();
        if (model.get("briefing") instanceof BriefingView b) {
            return instant(lastChange(b));
        }
        if (model.get("briefings") instanceof List<?> list) {
            return list.stream().filter(BriefingView.class::isInstance).map(BriefingView.class::cast)
                    .map(b -> instant(lastChange(b))).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
        }
        return model.containsKey("staticPage") ? null : newest;
    }

    private static DateView lastChange(BriefingView b) {
        return b.updated() != null ? b.updated() : b.date();
    }

    private static OffsetDateTime instant(DateView date) {
        return OffsetDateTime.parse(date.iso());
    }
}
