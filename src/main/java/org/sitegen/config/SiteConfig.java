package org.sitegen.config;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.sitegen.diag.OneLine;

/**
 * Everything a build needs to know, fixed before it starts: what the archive says about its site
 * ({@link SiteSettings}) and how this run builds it ({@link BuildOptions}). The engine reads no
 * system properties, no default locale and no default time zone: they all come from here. Made
 * with {@link #builder}, which takes settings as written too (a time zone's name, a raw HTML
 * policy's) and reports every wrong one at once ({@link InvalidSettings}); the accessors below
 * read either half. {@link #outputFingerprint} is what of it shapes the site.
 */
public record SiteConfig(SiteSettings site, BuildOptions build) {

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

    public Path projectDir() {
        return site.projectDir();
    }

    public Path contentDir() {
        return site.contentDir();
    }

    public Path templatesDir() {
        return site.templatesDir();
    }

    public String siteTitle() {
        return site.siteTitle();
    }

    public String siteDescription() {
        return site.siteDescription();
    }

    public String siteUrl() {
        return site.siteUrl();
    }

    public String language() {
        return site.language();
    }

    public ZoneId zone() {
        return site.zone();
    }

    public int pageSize() {
        return site.pageSize();
    }

    public List<String> taxonomies() {
        return site.taxonomies();
    }

    public boolean prettyLinks() {
        return site.prettyLinks();
    }

    public RawHtml rawHtml() {
        return site.rawHtml();
    }

    public AssetPolicy assets() {
        return site.assets();
    }

    public ThemeSettings theme() {
        return site.theme();
    }

    public int headingShift() {
        return site.headingShift();
    }

    public String redirectsFile() {
        return site.redirectsFile();
    }

    public boolean defaultLanguageAtRoot() {
        return site.defaultLanguageAtRoot();
    }

    public Locale locale() {
        return site.locale();
    }

    public Path outputDir() {
        return build.outputDir();
    }

    public int threads() {
        return build.threads();
    }

    public boolean drafts() {
        return build.drafts();
    }

    public boolean future() {
        return build.future();
    }

    public Instant now() {
        return build.now();
    }

    public boolean fastMarkdown() {
        return build.fastMarkdown();
    }

    public IncrementalMode incremental() {
        return build.incremental();
    }

    /**
     * How messages name a file: relative to the project when it is inside it, else absolute
     * (with its root: {@code /tmp/site}, not {@code tmp/site}), with {@code /} between names.
     */
    public String displayPath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = projectDir().toAbsolutePath().normalize();
        Path shown = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
        String names = String.join("/", java.util.stream.StreamSupport.stream(shown.spliterator(), false)
                .map(Path::toString).toList());
        if (shown.getRoot() == null) {
            return names;
        }
        String top = shown.getRoot().toString().replace('\\', '/'); // "/", or "C:/" on Windows
        return top.endsWith("/") ? top + names : top + "/" + names;
    }

    /**
     * The settings that shape the site, one {@code name=value} line each: two builds with the
     * same fingerprint from the same files write the same site. All of {@link SiteSettings}, and
     * the build options that change what is published ({@link BuildOptions#fingerprint}).
     * SiteConfigTest holds the lines and the records' components together.
     */
    public String outputFingerprint() {
        return site.fingerprint() + build.fingerprint();
    }

    /**
     * Settings one at a time by name, typed or as written; {@link #build} checks them together
     * (through the records' own checks) and names every one that is wrong.
     */
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
        private boolean fastMarkdown = true;
        private IncrementalMode incremental = IncrementalMode.none();
        /** Settings given as written that could not be read: reported with the rest by {@link #build}. */
        private final List<String> unreadable = new ArrayList<>();

        private Builder(Path projectDir) {
            this.projectDir = projectDir;
            this.contentDir = projectDir.resolve("content");
            this.templatesDir = projectDir.resolve("templates");
            this.outputDir = projectDir.resolve("site-output");
        }

        private Builder(SiteConfig config) {
            projectDir = config.projectDir();
            contentDir = config.contentDir();
            templatesDir = config.templatesDir();
            outputDir = config.outputDir();
            siteTitle = config.siteTitle();
            siteDescription = config.siteDescription();
            siteUrl = config.siteUrl();
            language = config.language();
            zone = config.zone();
            pageSize = config.pageSize();
            taxonomies = config.taxonomies();
            prettyLinks = config.prettyLinks();
            drafts = config.drafts();
            threads = config.threads();
            rawHtml = config.rawHtml();
            future = config.future();
            now = config.now();
            assets = config.assets();
            theme = config.theme();
            headingShift = config.headingShift();
            redirectsFile = config.redirectsFile();
            defaultLanguageAtRoot = config.defaultLanguageAtRoot();
            fastMarkdown = config.fastMarkdown();
            incremental = config.incremental();
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

        public Builder redirectsFile(String kind) {
            redirectsFile = kind;
            return this;
        }

        public Builder defaultLanguageAtRoot(boolean atRoot) {
            defaultLanguageAtRoot = atRoot;
            return this;
        }

        /** Markdown through the speed-only code (default) or through Flexmark's own parts alone. */
        public Builder fastMarkdown(boolean fast) {
            fastMarkdown = fast;
            return this;
        }

        /** What the build keeps from the builds before it: nothing (the default), its state on disk, a preview's memory. */
        public Builder incremental(IncrementalMode mode) {
            incremental = mode;
            return this;
        }

        /** The time zone by its name (e.g. UTC, Europe/Berlin), as the pom writes it. */
        public Builder timeZone(String name) {
            try {
                zone = SiteSettings.zone(name);
            } catch (InvalidSettings e) {
                unreadable.addAll(e.problems());
            }
            return this;
        }

        /** The raw HTML policy by its name: sanitize, escape or trust. */
        public Builder rawHtml(String name) {
            RawHtml policy = name == null ? null : RawHtml.parse(name).orElse(null);
            if (policy == null) {
                unreadable.add("rawHtml must be sanitize, escape or trust, not '" + OneLine.of(String.valueOf(name))
                        + "'");
            } else {
                rawHtml = policy;
            }
            return this;
        }

        /** The asset policy from the lists the pom gives (extra file types, host files; comma-separated items). */
        public Builder assets(Collection<String> extraTypes, Collection<String> hostFiles) {
            assets = AssetPolicy.of(extraTypes == null ? List.of() : extraTypes,
                    hostFiles == null ? List.of() : hostFiles);
            return this;
        }

        /** The theme's settings as the pom writes them; taxonomy names as {@code key=Name} items. */
        public Builder theme(String accentColor, String darkAccentColor, String logo, String headerText,
                             String textFont, String uiFont, Collection<String> taxonomyNames) {
            java.util.Map<String, String> names = java.util.Map.of();
            try {
                names = ThemeSettings.parseTaxonomyNames(taxonomyNames == null ? List.of() : taxonomyNames);
            } catch (IllegalArgumentException e) { // and the rest of the theme is still checked
                unreadable.add(e.getMessage());
            }
            try {
                theme = new ThemeSettings(accentColor, darkAccentColor, logo, headerText, textFont, uiFont, names);
            } catch (InvalidSettings e) {
                unreadable.addAll(e.problems());
            }
            return this;
        }

        /**
         * The settings; {@link InvalidSettings} names every one that is wrong (the ones given as
         * written that could not be read, then the records' own checks).
         */
        public SiteConfig build() {
            List<String> problems = new ArrayList<>(unreadable);
            SiteSettings site = null;
            try {
                site = new SiteSettings(projectDir, contentDir, templatesDir, siteTitle, siteDescription, siteUrl,
                        language, zone, pageSize, taxonomies, prettyLinks, rawHtml, assets, theme, headingShift,
                        redirectsFile, defaultLanguageAtRoot);
            } catch (InvalidSettings e) {
                problems.addAll(e.problems());
            }
            if (!problems.isEmpty()) {
                throw new InvalidSettings(problems);
            }
            return new SiteConfig(site, new BuildOptions(outputDir, threads, drafts, future, now, fastMarkdown,
                    incremental));
        }
    }
}
