package org.sitegen.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sitegen.archive.Archive;
import org.sitegen.archive.Entry;
import org.sitegen.calendar.TimeIndex;
import org.sitegen.config.SiteConfig;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;
import org.sitegen.exec.Parallel;
import org.sitegen.feed.SiteFeeds;
import org.sitegen.output.SiteWriter;
import org.sitegen.render.LanguageLinks;
import org.sitegen.render.PageFeeds;
import org.sitegen.render.PageSpec;
import org.sitegen.render.PageSubject;
import org.sitegen.render.SiteRenderer;
import org.sitegen.render.view.FeedLink;
import org.sitegen.sitemap.Sitemap;

/**
 * The files made for machines rather than readers, written by {@link Emit} beside one
 * renderer's pages: robots.txt (always), and with a site URL the Atom feeds ({@link SiteFeeds})
 * and sitemap.xml, whose entries come from what each page presents ({@link PageSubject}), not
 * from its template model; the redirects file (redirectsFile). Feeds and sitemaps must use
 * absolute URLs; without a site URL they are skipped with one warning.
 */
final class DiscoveryFiles {
    /** The language's settings (its site URL, in its folder). */
    private final SiteConfig config;
    private final Archive archive;
    private final SiteFeeds feeds;
    /** Where these files go: a language's feeds in its folder; robots.txt, the redirects file and the sitemap only from the part writing the root's files. */
    private final SiteRenderer.Mount mount;
    /** The sitemap's entries: these pages' own, or every language's for the root's sitemap. */
    private List<Sitemap.Url> sitemap = List.of();
    /** The redirects file's lines ({@link #ownRedirects}): every language's, or null for these pages' own. */
    private Map<String, String> redirects;

    /**
     * The files beside {@code renderer}'s pages of {@code part}, planned with calendar {@code time}:
     * its language's feeds, and the root's files if it writes them.
     */
    DiscoveryFiles(SiteRenderer renderer, Indexed.Part part, TimeIndex time) {
        this.config = renderer.config();
        this.archive = part.archive();
        this.mount = renderer.mount();
        this.feeds = new SiteFeeds(config, renderer.messages(), renderer.dateFormats(), archive, part.entities(),
                time, mount.prefix());
    }

    /** The feeds the pages link in their heads. */
    PageFeeds pageFeeds() {
        return new PageFeeds() {
            @Override
            public FeedLink site() {
                return link(feeds.site());
            }

            @Override
            public FeedLink of(String listingFront) {
                SiteFeeds.Feed own = feeds.of(listingFront);
                return own == null ? null : link(own);
            }
        };
    }

    private static FeedLink link(SiteFeeds.Feed feed) {
        return new FeedLink(feed.title(), feed.path());
    }

    /** The sitemap's entries to write: every language's, for the root's sitemap of a multilingual site. */
    void useSitemap(List<Sitemap.Url> urls) {
        this.sitemap = urls;
    }

    /** The redirects file's lines to write: every language's, for a multilingual site's one file. */
    void useRedirects(Map<String, String> lines) {
        this.redirects = lines;
    }

    /** Every file {@link #write} writes, with what it is, in the order written. */
    Map<String, String> outputPaths() {
        Map<String, String> paths = new java.util.LinkedHashMap<>();
        if (mount.rootFiles()) {
            paths.put("robots.txt", "the generated robots.txt");
        }
        if (config.redirectsFile().equals(NETLIFY) && mount.rootFiles()) {
            paths.put(REDIRECTS_FILE, "the generated " + REDIRECTS_FILE + " (redirectsFile)");
        }
        if (!config.siteUrl().isEmpty()) {
            paths.putAll(feeds.outputPaths());
            if (mount.rootFiles()) {
                Sitemap.fileNames(sitemap.size()).forEach(name -> paths.put(name, "the generated sitemap"));
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
        Map<String, String> lines = redirects != null ? redirects : ownRedirects();
        StringBuilder out = new StringBuilder("# Redirects from the aliases of the pages (aliases: in front matter),\n"
                + "# written by site-gen because redirectsFile is netlify.\n");
        lines.forEach((from, to) -> out.append(from).append(' ').append(to).append(" 301\n"));
        return out.toString();
    }

    /**
     * The redirects file's lines of these pages' aliases: each alias's site path (in this
     * language's folder) → the page's, both percent-encoded, sorted.
     */
    java.util.SortedMap<String, String> ownRedirects() {
        java.util.TreeMap<String, String> lines = new java.util.TreeMap<>();
        for (List<Entry> entries : List.of(archive.briefings(), archive.pages())) {
            for (Entry entry : entries) {
                // an alias in other letter case holds the page itself: a rule there could loop where case is ignored
                entry.aliases().stream().filter(alias -> !alias.differsOnlyInCase(entry.url()))
                        .forEach(alias -> lines.put(encode(mount.real(alias.path())), encode(mount.real(entry.url()))));
            }
        }
        return lines;
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

    void write(Parallel parallel, SiteWriter writer, Diagnostics diagnostics) throws IOException {
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
        feeds.write(parallel, writer);
        if (!mount.rootFiles()) {
            return;
        }
        for (Map.Entry<String, byte[]> file : Sitemap.files(mount.siteUrl(), sitemap).entrySet()) {
            writer.write(file.getKey(), file.getValue());
        }
    }

    /** Every folder page but those at aliases (404.html and redirect pages are not pages to index). */
    private static boolean inSitemap(PageSpec page) {
        return page.isFolder() && !(page.subject() instanceof PageSubject.Alias);
    }

    /**
     * Every page of {@code pages} to index, by URL, with its last change when known (and, in a
     * multilingual site, its alternates in the other languages, from {@code languages}); none
     * without a site URL (no sitemap is written).
     */
    List<Sitemap.Url> sitemapUrls(List<PageSpec> pages, LanguageLinks languages) {
        if (config.siteUrl().isEmpty()) {
            return List.of();
        }
        OffsetDateTime newest = Sitemap.lastChange(archive.briefings());
        return pages.stream().filter(DiscoveryFiles::inSitemap).sorted(Comparator.comparing(PageSpec::url))
                .map(page -> new Sitemap.Url(config.siteUrl() + page.url(), lastmod(page.subject(), newest),
                        languages == null ? List.of() : alternates(languages.sitemapAlternates(mount.lang(), page))))
                .toList();
    }

    private static List<Sitemap.Alternate> alternates(Map<String, String> byLanguage) {
        return byLanguage.entrySet().stream().map(e -> new Sitemap.Alternate(e.getKey(), e.getValue())).toList();
    }

    /**
     * A briefing's own last change; a listing's newest briefing's; a standalone page: unknown; any
     * other page (indexes of tags, the archive) changes with the whole archive.
     */
    private static OffsetDateTime lastmod(PageSubject subject, OffsetDateTime newest) {
        if (subject instanceof PageSubject.Briefing b) {
            return Sitemap.lastChange(b.briefing());
        }
        if (subject instanceof PageSubject.Listing listing) {
            return Sitemap.lastChange(listing.briefings());
        }
        return subject instanceof PageSubject.StandalonePage ? null : newest;
    }
}
