package org.sitegen.config;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.sitegen.content.AssetPolicy;
import org.sitegen.markdown.RawHtml;
import org.sitegen.render.ThemeSettings;

/**
 * Everything a build needs to know, fixed before it starts. The engine reads no system
 * properties, no default locale and no default time zone: they all come from here.
 *
 * @param projectDir      the archive's root; messages name files relative to it
 * @param contentDir      the briefings, pages and their files
 * @param templatesDir    the archive's own templates, overriding the built-in theme file by file (may not exist)
 * @param outputDir       where the site is published
 * @param siteTitle       the site's title
 * @param siteDescription a one-line description, may be ""
 * @param siteUrl         absolute base URL without trailing slash, or "" when unknown
 * @param language        BCP 47 language of the site (dates and month names are written in it)
 * @param zone            the site time zone: briefing URLs and date archives use dates in it
 * @param pageSize        briefings per listing page
 * @param taxonomies      front matter keys that form taxonomies, "tags" first by convention
 * @param prettyLinks     true: internal links end in "/" (for web servers); false: in "index.html" (works from file://)
 * @param drafts          include briefings marked {@code draft: true}
 * @param threads         worker threads for parsing and rendering (output does not depend on it)
 * @param rawHtml         what happens to raw HTML in Markdown bodies
 * @param future          include briefings dated after {@code now}
 * @param now             the build's "now", for scheduled briefings (taken once, so a build is consistent)
 * @param assets          which content files besides Markdown are published
 * @param theme           the built-in theme's settings (accent colours, logo, header text, fonts, taxonomy names)
 * @param headingShift    levels added to every body heading (0-5, capped at h6): 1 makes a body's {@code #}
 *                        an h2 under the page's h1 title; ids, and so links to them, stay the same
 * @param redirectsFile   the machine-readable redirects file written for the aliases besides their
 *                        redirect pages: "" none, "netlify" a {@code _redirects} file (Netlify, Cloudflare Pages)
 */
public record SiteConfig(Path projectDir, Path contentDir, Path templatesDir, Path outputDir, String siteTitle,
                         String siteDescription, String siteUrl, String language, ZoneId zone, int pageSize,
                         List<String> taxonomies, boolean prettyLinks, boolean drafts, int threads,
                         RawHtml rawHtml, boolean future, Instant now, AssetPolicy assets, ThemeSettings theme,
                         int headingShift, String redirectsFile) {

    /** The redirects files {@code redirectsFile} may name. */
    public static final java.util.Set<String> REDIRECTS_FILES = java.util.Set.of("", "netlify");

    public SiteConfig {
        if (headingShift < 0 || headingShift > 5) {
            throw new IllegalArgumentException("headingShift must be 0 to 5, not " + headingShift);
        }
        redirectsFile = redirectsFile == null ? "" : redirectsFile.strip().toLowerCase(Locale.ROOT);
        if (!REDIRECTS_FILES.contains(redirectsFile)) {
            throw new IllegalArgumentException("redirectsFile must be netlify or empty, not '"
                    + org.sitegen.diag.OneLine.of(redirectsFile) + "'");
        }
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1, not " + pageSize);
        }
        if (taxonomies.isEmpty()) {
            throw new IllegalArgumentException("at least one taxonomy is needed");
        }
        taxonomies = List.copyOf(taxonomies);
        siteUrl = siteUrl == null ? "" : siteUrl.strip().replaceAll("/+$", "");
        siteDescription = siteDescription == null ? "" : siteDescription;
        threads = Math.max(1, threads);
        rawHtml = rawHtml == null ? RawHtml.SANITIZE : rawHtml;
        now = now == null ? Instant.MAX : now; // no clock given: nothing counts as scheduled
        assets = assets == null ? AssetPolicy.defaults() : assets;
        theme = theme == null ? ThemeSettings.defaults() : theme;
        for (String key : theme.taxonomyNames().keySet()) {
            if (!taxonomies.contains(key)) {
                throw new IllegalArgumentException("taxonomyNames names '" + org.sitegen.diag.OneLine.of(key)
                        + "', which is not one of the taxonomies (" + String.join(", ", taxonomies) + ")");
            }
        }
    }

    /** Settings without heading shift or redirects file. */
    public SiteConfig(Path projectDir, Path contentDir, Path templatesDir, Path outputDir, String siteTitle,
                      String siteDescription, String siteUrl, String language, ZoneId zone, int pageSize,
                      List<String> taxonomies, boolean prettyLinks, boolean drafts, int threads,
                      RawHtml rawHtml, boolean future, Instant now, AssetPolicy assets, ThemeSettings theme) {
        this(projectDir, contentDir, templatesDir, outputDir, siteTitle, siteDescription, siteUrl, language, zone,
                pageSize, taxonomies, prettyLinks, drafts, threads, rawHtml, future, now, assets, theme, 0, "");
    }

    /** Settings with the built-in theme as it comes. */
    public SiteConfig(Path projectDir, Path contentDir, Path templatesDir, Path outputDir, String siteTitle,
                      String siteDescription, String siteUrl, String language, ZoneId zone, int pageSize,
                      List<String> taxonomies, boolean prettyLinks, boolean drafts, int threads,
                      RawHtml rawHtml, boolean future, Instant now, AssetPolicy assets) {
        this(projectDir, contentDir, templatesDir, outputDir, siteTitle, siteDescription, siteUrl, language, zone,
                pageSize, taxonomies, prettyLinks, drafts, threads, rawHtml, future, now, assets,
                ThemeSettings.defaults());
    }

    /** Settings with the default asset policy and the built-in theme as it comes. */
    public SiteConfig(Path projectDir, Path contentDir, Path templatesDir, Path outputDir, String siteTitle,
                      String siteDescription, String siteUrl, String language, ZoneId zone, int pageSize,
                      List<String> taxonomies, boolean prettyLinks, boolean drafts, int threads,
                      RawHtml rawHtml, boolean future, Instant now) {
        this(projectDir, contentDir, templatesDir, outputDir, siteTitle, siteDescription, siteUrl, language, zone,
                pageSize, taxonomies, prettyLinks, drafts, threads, rawHtml, future, now, AssetPolicy.defaults(),
                ThemeSettings.defaults());
    }

    /** Defaults for an archive rooted at {@code projectDir}: content/, templates/, site-output/. */
    public static SiteConfig defaults(Path projectDir) {
        return new SiteConfig(projectDir, projectDir.resolve("content"), projectDir.resolve("templates"),
                projectDir.resolve("site-output"), "Briefings", "", "", "en", ZoneId.of("UTC"), 20,
                List.of("tags"), false, false, Runtime.getRuntime().availableProcessors(),
                RawHtml.SANITIZE, false, Instant.MAX);
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** How messages name a file: relative to the project when it is inside it. */
    public String displayPath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = projectDir.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
        return String.join("/", java.util.stream.StreamSupport.stream(shown.spliterator(), false)
                .map(Path::toString).toList());
    }

    public SiteConfig withDrafts(boolean include) {
        return new SiteConfig(projectDir, contentDir, templatesDir, outputDir, siteTitle, siteDescription, siteUrl,
                language, zone, pageSize, taxonomies, prettyLinks, include, threads, rawHtml, future, now, assets,
                theme, headingShift, redirectsFile);
    }

    /** Also publish briefings dated after {@code now} (serve does, to preview scheduled ones). */
    public SiteConfig withFuture(boolean include) {
        return new SiteConfig(projectDir, contentDir, templatesDir, outputDir, siteTitle, siteDescription, siteUrl,
                language, zone, pageSize, taxonomies, prettyLinks, drafts, threads, rawHtml, include, now, assets,
                theme, headingShift, redirectsFile);
    }

    public SiteConfig withThreads(int count) {
        return new SiteConfig(projectDir, contentDir, templatesDir, outputDir, siteTitle, siteDescription, siteUrl,
                language, zone, pageSize, taxonomies, prettyLinks, drafts, count, rawHtml, future, now, assets,
                theme, headingShift, redirectsFile);
    }

    public SiteConfig withSiteUrl(String url) {
        return new SiteConfig(projectDir, contentDir, templatesDir, outputDir, siteTitle, siteDescription, url,
                language, zone, pageSize, taxonomies, prettyLinks, drafts, threads, rawHtml, future, now, assets,
                theme, headingShift, redirectsFile);
    }

    public SiteConfig withAssets(AssetPolicy policy) {
        return new SiteConfig(projectDir, contentDir, templatesDir, outputDir, siteTitle, siteDescription, siteUrl,
                language, zone, pageSize, taxonomies, prettyLinks, drafts, threads, rawHtml, future, now, policy,
                theme, headingShift, redirectsFile);
    }

    public SiteConfig withTheme(ThemeSettings settings) {
        return new SiteConfig(projectDir, contentDir, templatesDir, outputDir, siteTitle, siteDescription, siteUrl,
                language, zone, pageSize, taxonomies, prettyLinks, drafts, threads, rawHtml, future, now, assets,
                settings, headingShift, redirectsFile);
    }

    public SiteConfig withHeadingShift(int levels) {
        return new SiteConfig(projectDir, contentDir, templatesDir, outputDir, siteTitle, siteDescription, siteUrl,
                language, zone, pageSize, taxonomies, prettyLinks, drafts, threads, rawHtml, future, now, assets,
                theme, levels, redirectsFile);
    }

    public SiteConfig withRedirectsFile(String kind) {
        return new SiteConfig(projectDir, contentDir, templatesDir, outputDir, siteTitle, siteDescription, siteUrl,
                language, zone, pageSize, taxonomies, prettyLinks, drafts, threads, rawHtml, future, now, assets,
                theme, headingShift, kind);
    }

    public SiteConfig withOutputDir(Path dir) {
        return new SiteConfig(projectDir, contentDir, templatesDir, dir, siteTitle, siteDescription, siteUrl,
                language, zone, pageSize, taxonomies, prettyLinks, drafts, threads, rawHtml, future, now, assets,
                theme, headingShift, redirectsFile);
    }
}
