package org.sitegen.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.sitegen.archive.Archive;
import org.sitegen.archive.Entry;
import org.sitegen.config.SiteConfig;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;
import org.sitegen.exec.Parallel;
import org.sitegen.feed.SiteFeeds;
import org.sitegen.output.SiteWriter;
import org.sitegen.sitemap.Sitemap;

/**
 * The files made for machines rather than readers: robots.txt (always), and with a site URL the
 * Atom feeds ({@link SiteFeeds}) and sitemap.xml, whose entries come from what each page
 * presents ({@link PageSubject}), not from its template model. Feeds and sitemaps must use
 * absolute URLs; without a site URL they are skipped with one warning.
 *
 * @param mount     where these files go: a language's feeds in its folder; robots.txt, the redirects
 *                  file and the sitemap only from the part writing the root's files
 * @param languages the links between a multilingual site's languages (sitemap alternates), or null
 * @param sitemap   every language's sitemap entries, for the root's sitemap, or null for these pages' own
 * @param redirects every language's lines of the redirects file ({@link #redirects}), or null for
 *                  these pages' own
 */
record DiscoveryFiles(SiteConfig config, Archive archive, SiteFeeds feeds, SiteRenderer.Mount mount,
                      LanguageLinks languages, List<Sitemap.Url> sitemap, Map<String, String> redirects) {

    /** The files of a site in one language. */
    DiscoveryFiles(SiteConfig config, Archive archive, SiteFeeds feeds) {
        this(config, archive, feeds, SiteRenderer.Mount.ROOT, null, null, null);
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
            paths.putAll(feeds.outputPaths());
            int urls = sitemap != null ? sitemap.size() : (int) pages.stream().filter(DiscoveryFiles::inSitemap).count();
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
        feeds.write(parallel, writer);
        if (!mount.rootFiles()) {
            return;
        }
        List<Sitemap.Url> urls = sitemap != null ? sitemap : sitemapUrls(pages);
        for (Map.Entry<String, byte[]> file : Sitemap.files(mount.siteUrl(), urls).entrySet()) {
            writer.write(file.getKey(), file.getValue());
        }
    }

    /** Every folder page but those at aliases (404.html and redirect pages are not pages to index). */
    private static boolean inSitemap(PageSpec page) {
        return page.isFolder() && !(page.subject() instanceof PageSubject.Alias);
    }

    /**
     * Every page to index, by URL, with its last change when known (and, in a multilingual site,
     * its alternates in the other languages).
     */
    List<Sitemap.Url> sitemapUrls(List<PageSpec> pages) {
        OffsetDateTime newest = Sitemap.lastChange(archive.briefings());
        return pages.stream().filter(DiscoveryFiles::inSitemap).sorted(Comparator.comparing(PageSpec::url))
                .map(page -> new Sitemap.Url(config.siteUrl() + page.url(), lastmod(page.subject(), newest),
                        languages == null ? List.of() : languages.sitemapAlternates(mount.lang(), page))).toList();
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
