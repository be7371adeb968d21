package org.sitegen.config;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * Everything a build needs to know, fixed before it starts. The engine reads no system
 * properties, no default locale and no default time zone: they all come from here. Made with
 * {@link #builder}; {@link #outputFingerprint} is what of it shapes the site.
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
 * @param defaultLanguageAtRoot in an archive with briefings in several languages, {@code language}'s pages
 *                        at the root and the others' under /LANG/ (true, the default: the archive's URLs do
 *                        not move when a first translation is added); false: every language under /LANG/
 */
public record SiteConfig(Path projectDir, Path contentDir, Path templatesDir, Path outputDir, String siteTitle,
                         String siteDescription, String siteUrl, String language, ZoneId zone, int pageSize,
                         List<String> taxonomies, boolean prettyLinks, boolean drafts, int threads,
                         RawHtml rawHtml, boolean future, Instant now, AssetPolicy assets, ThemeSettings theme,
                         int headingShift, String redirectsFile, boolean defaultLanguageAtRoot) {

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

    /** Defaults for an archive rooted at {@code projectDir}: content/, templates/, site-output/. */
    public static SiteConfig defaults(Path projectDir) {
        return builder(projectDir).build();
    }

    /**
     * Settings for an archive rooted at {@code projectDir}, every one at its default until set:
     * content/, templates/ and site-output/ below it, title "Briefings", English, UTC, 20 a page,
     * the taxonomy {@code tags}, one worker a processor, sanitized raw HTML, no clock (nothing is
     * scheduled), the default asset policy and the built-in theme as it comes.
     */
    public static Builder builder(Path projectDir) {
        return new Builder(projectDir);
    }

    /** A builder holding these settings, to change some of them. */
    public Builder toBuilder() {
        return new Builder(this);
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

    /**
     * The settings that shape the site, one {@code name=value} line each: two builds with the
     * same fingerprint from the same files write the same site. Left out are {@code threads}
     * (output never depends on it) and {@code now} (the up-to-date check records the next due
     * time instead). A component added to this record must be added here or to that list:
     * SiteConfigTest holds the two together.
     */
    public String outputFingerprint() {
        StringBuilder text = new StringBuilder();
        line(text, "projectDir", projectDir);
        line(text, "contentDir", contentDir);
        line(text, "templatesDir", templatesDir);
        line(text, "outputDir", outputDir);
        line(text, "siteTitle", siteTitle);
        line(text, "siteDescription", siteDescription);
        line(text, "siteUrl", siteUrl);
        line(text, "language", language);
        line(text, "zone", zone);
        line(text, "pageSize", pageSize);
        line(text, "taxonomies", taxonomies);
        line(text, "prettyLinks", prettyLinks);
        line(text, "drafts", drafts);
        line(text, "rawHtml", rawHtml);
        line(text, "future", future);
        line(text, "assets", assets);
        line(text, "theme", theme);
        line(text, "headingShift", headingShift);
        line(text, "redirectsFile", redirectsFile);
        line(text, "defaultLanguageAtRoot", defaultLanguageAtRoot);
        return text.toString();
    }

    private static void line(StringBuilder text, String name, Object value) {
        text.append(name).append('=').append(value).append('\n');
    }

    /** Settings one at a time by name; {@link #build} checks them together (as the record does). */
    public static final class Builder {
        private final Path projectDir;
        private Path contentDir;
        private Path templatesDir;
        private Path outputDir;
        private String siteTitle = "Briefings";
        private String siteDescription = "";
        private String siteUrl = "";
        private String language = "en";
        private ZoneId zone = ZoneId.of("UTC");
        private int pageSize = 20;
        private List<String> taxonomies = List.of("tags");
        private boolean prettyLinks;
        private boolean drafts;
        private int threads = Runtime.getRuntime().availableProcessors();
        private RawHtml rawHtml = RawHtml.SANITIZE;
        private boolean future;
        private Instant now = Instant.MAX;
        private AssetPolicy assets = AssetPolicy.defaults();
        private ThemeSettings theme = ThemeSettings.defaults();
        private int headingShift;
        private String redirectsFile = "";
        private boolean defaultLanguageAtRoot = true;

        private Builder(Path projectDir) {
            this.projectDir = projectDir;
            this.contentDir = projectDir.resolve("content");
            this.templatesDir = projectDir.resolve("templates");
            this.outputDir = projectDir.resolve("site-output");
        }

        private Builder(SiteConfig config) {
            projectDir = config.projectDir;
            contentDir = config.contentDir;
            templatesDir = config.templatesDir;
            outputDir = config.outputDir;
            siteTitle = config.siteTitle;
            siteDescription = config.siteDescription;
            siteUrl = config.siteUrl;
            language = config.language;
            zone = config.zone;
            pageSize = config.pageSize;
            taxonomies = config.taxonomies;
            prettyLinks = config.prettyLinks;
            drafts = config.drafts;
            threads = config.threads;
            rawHtml = config.rawHtml;
            future = config.future;
            now = config.now;
            assets = config.assets;
            theme = config.theme;
            defaultLanguageAtRoot = config.defaultLanguageAtRoot;
            headingShift = config.headingShift;
            redirectsFile = config.redirectsFile;
        }

        public Builder contentDir(Path dir) {
            contentDir = dir;
            return this;
        }

        public Builder templatesDir(Path dir) {
            templatesDir = dir;
            return this;
        }

        public Builder outputDir(Path dir) {
            outputDir = dir;
            return this;
        }

        public Builder siteTitle(String title) {
            siteTitle = title;
            return this;
        }

        public Builder siteDescription(String description) {
            siteDescription = description;
            return this;
        }

        public Builder siteUrl(String url) {
            siteUrl = url;
            return this;
        }

        public Builder language(String tag) {
            language = tag;
            return this;
        }

        public Builder zone(ZoneId siteZone) {
            zone = siteZone;
            return this;
        }

        public Builder pageSize(int briefings) {
            pageSize = briefings;
            return this;
        }

        public Builder taxonomies(List<String> keys) {
            taxonomies = keys;
            return this;
        }

        public Builder prettyLinks(boolean pretty) {
            prettyLinks = pretty;
            return this;
        }

        public Builder drafts(boolean include) {
            drafts = include;
            return this;
        }

        public Builder threads(int count) {
            threads = count;
            return this;
        }

        public Builder rawHtml(RawHtml policy) {
            rawHtml = policy;
            return this;
        }

        /** Also publish briefings dated after {@code now} (serve does, to preview scheduled ones). */
        public Builder future(boolean include) {
            future = include;
            return this;
        }

        public Builder now(Instant instant) {
            now = instant;
            return this;
        }

        public Builder assets(AssetPolicy policy) {
            assets = policy;
            return this;
        }

        public Builder theme(ThemeSettings settings) {
            theme = settings;
            return this;
        }

        public Builder headingShift(int levels) {
            headingShift = levels;
            return this;
        }

        public Builder defaultLanguageAtRoot(boolean atRoot) {
            defaultLanguageAtRoot = atRoot;
            return this;
        }

        public Builder redirectsFile(String kind) {
            redirectsFile = kind;
            return this;
        }

        /** The settings; IllegalArgumentException names the first one that is wrong. */
        public SiteConfig build() {
            return new SiteConfig(projectDir, contentDir, templatesDir, outputDir, siteTitle, siteDescription,
                    siteUrl, language, zone, pageSize, taxonomies, prettyLinks, drafts, threads, rawHtml, future,
                    now, assets, theme, headingShift, redirectsFile, defaultLanguageAtRoot);
        }
    }
}
