package org.sitegen.maven;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.sitegen.config.InvalidSettings;
import org.sitegen.config.SiteSettings;
import org.sitegen.config.IncrementalMode;
import org.sitegen.config.SiteConfig;
import org.sitegen.diag.Diagnostic;

/**
 * The parameters every site-gen goal that builds shares, and their translation into the
 * engine's {@link SiteConfig}. Nothing else: the engine does the work.
 */
abstract class AbstractSiteMojo extends AbstractMojo {

    /** The project's root; messages name files relative to it. */
    @Parameter(defaultValue = "${basedir}", readonly = true)
    private File basedir;

    /**
     * Folder of briefings (any *.md), standalone pages (pages/*.md) and their files.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.contentDirectory", defaultValue = "${basedir}/content")
    private File contentDirectory;

    /**
     * The archive's own templates, overriding the built-in theme file by file.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.templatesDirectory", defaultValue = "${basedir}/templates")
    private File templatesDirectory;

    /**
     * Where the site is published; replaced as a whole by every successful build.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.outputDirectory", defaultValue = "${basedir}/site-output")
    private File outputDirectory;

    /**
     * The site's title, shown in every page's header and title.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.siteTitle", defaultValue = "${project.name}")
    private String siteTitle;

    /**
     * A one-line description of the site, used on the home page and in the footer.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.siteDescription", defaultValue = "")
    private String siteDescription;

    /**
     * Absolute base URL of the hosted site (e.g. https://example.org/briefings), for canonical links.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.siteUrl", defaultValue = "")
    private String siteUrl;

    /**
     * Language of the site (BCP 47, e.g. en, fr, de-CH): html lang, month names, sorting.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.language", defaultValue = "en")
    private String language;

    /**
     * Time zone of the site (e.g. UTC, Europe/Berlin): briefing URLs and date archives use dates in it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.timeZone", defaultValue = "UTC")
    private String timeZone;

    /**
     * Briefings per page on the home page and term pages.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.pageSize", defaultValue = "20")
    private int pageSize;

    /**
     * Front matter keys that form taxonomies, each with an index and a page per term (comma-separated on the command line).
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.taxonomies", defaultValue = "tags")
    private List<String> taxonomies;

    /**
     * Links end in "/" instead of "index.html": nicer on a web server, but no longer browsable from file://.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.prettyLinks", defaultValue = "false")
    private boolean prettyLinks;

    /**
     * Also publish briefings marked {@code draft: true}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.drafts", defaultValue = "false")
    private boolean drafts;

    /**
     * Worker threads for parsing and rendering; 0 means one per core. Output does not depend on it.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.threads", defaultValue = "0")
    private int threads;

    /**
     * Raw HTML inside Markdown: {@code sanitize} (keep a safe allow-list: no scripts, event
     * handlers, iframes or script URLs), {@code escape} (show it as text) or {@code trust}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.rawHtml", defaultValue = "sanitize")
    private String rawHtml;

    /**
     * Also publish briefings dated in the future; by default they wait for their time, so a
     * scheduled CI build publishes them on the day.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.future", defaultValue = "false")
    private boolean future;

    /**
     * File types under content/ to publish besides the default ones (images, PDF, audio, video,
     * subtitles, CSV/JSON/text data, office documents), by extension: e.g. {@code svg,html}.
     * Anything published is served from the site's own origin, where the scripts an SVG or HTML
     * file may hold run with the site's rights: opt in only for files you trust.
     *
     * @since 0.2.0
     */
    @Parameter(property = "site-gen.assetTypes")
    private List<String> assetTypes;

    /**
     * Host configuration files under content/ to publish, each by its path below content/
     * (e.g. {@code CNAME,_redirects,.well-known/security.txt}); without this they are refused.
     *
     * @since 0.2.0
     */
    @Parameter(property = "site-gen.hostFiles")
    private List<String> hostFiles;

    /**
     * The theme's accent colour (the rule above the header, the current menu item, buttons), any
     * CSS colour: e.g. {@code #0a5c36}. Also used in dark mode, lightened, unless
     * {@code darkAccentColor} is set.
     *
     * @since 0.2.0
     */
    @Parameter(property = "site-gen.accentColor")
    private String accentColor;

    /**
     * The accent colour in dark mode (light text on a dark page): e.g. {@code #7fd1a8}.
     *
     * @since 0.2.0
     */
    @Parameter(property = "site-gen.darkAccentColor")
    private String darkAccentColor;

    /**
     * An image shown before the header's text, by its path on the site: put it in
     * {@code templates/assets/} and write {@code assets/logo.svg}.
     *
     * @since 0.2.0
     */
    @Parameter(property = "site-gen.logo")
    private String logo;

    /**
     * The text of the header's link to the home page, if it should differ from {@code siteTitle}.
     *
     * @since 0.2.0
     */
    @Parameter(property = "site-gen.headerText")
    private String headerText;

    /**
     * The font of headings and text, as a CSS font list: e.g. {@code Georgia, "Times New Roman", serif}.
     *
     * @since 0.2.0
     */
    @Parameter(property = "site-gen.textFont")
    private String textFont;

    /**
     * The font of menus, dates and labels, as a CSS font list: e.g. {@code "Helvetica Neue", Arial, sans-serif}.
     *
     * @since 0.2.0
     */
    @Parameter(property = "site-gen.uiFont")
    private String uiFont;

    /**
     * Display names of taxonomies, as {@code key=Name}, comma-separated: e.g.
     * {@code tags=Topics,countries=Countries}. Without one, a taxonomy is shown as its key
     * capitalised ("Tags").
     *
     * @since 0.2.0
     */
    @Parameter(property = "site-gen.taxonomyNames")
    private List<String> taxonomyNames;

    /**
     * Levels added to every heading of a body, so that a body's {@code #} becomes an {@code <h2>}
     * under the page's title (its {@code <h1>}): 0 (headings as written) to 5, capped at h6.
     * Heading ids, and links to them, do not change.
     *
     * @since 0.2.0
     */
    @Parameter(property = "site-gen.headingShift", defaultValue = "0")
    private int headingShift;

    /**
     * A machine-readable redirects file for the aliases ({@code aliases:} in front matter), besides
     * their redirect pages: empty for none, {@code netlify} for a {@code _redirects} file (read by
     * Netlify and Cloudflare Pages; 301 redirects).
     *
     * @since 0.2.0
     */
    @Parameter(property = "site-gen.redirectsFile", defaultValue = "")
    private String redirectsFile;

    /**
     * Render Markdown through site-gen's speed-only code (the default) or, with {@code false},
     * through the Markdown library's own parser and renderer alone: the same site either way,
     * slower without; for ruling the fast code out when a body renders oddly.
     *
     * @since 0.2.0
     */
    @Parameter(property = "site-gen.fastMarkdown", defaultValue = "true")
    private boolean fastMarkdown;

    /**
     * In an archive with briefings in several languages ({@code lang:} in front matter): true puts
     * {@code language}'s pages at the root and each other language's under /LANG/; false puts
     * every language under /LANG/, the root page sending readers to {@code language}'s. See docs/languages.md.
     *
     * @since 0.2.0
     */
    @Parameter(property = "site-gen.defaultLanguageAtRoot", defaultValue = "true")
    private boolean defaultLanguageAtRoot = true;

    /**
     * Fail on warnings too (e.g. tag spellings merged because they share a URL; drafts in check),
     * not only on errors.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.failOnWarnings", defaultValue = "false")
    protected boolean failOnWarnings;

    /**
     * The engine configuration; {@code outputDir} and {@code preview} let serve build elsewhere,
     * with drafts and scheduled briefings, keeping its cache in memory; other goals keep what
     * {@link #incremental} says. The settings are handed over as written and checked
     * by the engine's config alone; its problems, all of them, are reported at their elements in
     * pom.xml.
     */
    protected SiteConfig config(Path outputDir, boolean preview) throws MojoExecutionException {
        try {
            return SiteConfig.builder(basedir.toPath()).contentDir(contentDirectory.toPath())
                    .templatesDir(templatesDirectory.toPath()).outputDir(outputDir).siteTitle(siteTitle)
                    .siteDescription(siteDescription).siteUrl(siteUrl).language(language).timeZone(timeZone)
                    .pageSize(pageSize).taxonomies(items(taxonomies)).prettyLinks(prettyLinks)
                    .drafts(drafts || preview).threads(threads).rawHtml(rawHtml).future(future || preview)
                    .now(Instant.now()).assets(assetTypes, hostFiles)
                    .theme(accentColor, darkAccentColor, logo, headerText, textFont, uiFont, taxonomyNames)
                    .headingShift(headingShift).redirectsFile(redirectsFile).fastMarkdown(fastMarkdown)
                    .defaultLanguageAtRoot(defaultLanguageAtRoot)
                    .incremental(preview ? IncrementalMode.preview() : incremental()).build();
        } catch (InvalidSettings e) {
            SettingProblems problems = new SettingProblems(basedir.toPath().resolve("pom.xml"), "pom.xml");
            e.problems().forEach(problems::add);
            problems.lines().forEach(getLog()::error);
            int count = problems.lines().size();
            throw settingError(count == 1 ? "1 setting is wrong (above)" : count + " settings are wrong (above)");
        }
    }

    /** A list setting's items: the command line gives one comma-separated item, the pom one element each. */
    private static List<String> items(List<String> values) {
        return values == null ? List.of() : values.stream().flatMap(t -> List.of(t.split(",")).stream())
                .map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    /** The {@code timeZone} setting as a zone, or the error that says it is not one (the config's own check). */
    static ZoneId zone(String timeZone) throws MojoExecutionException {
        try {
            return SiteSettings.zone(timeZone);
        } catch (InvalidSettings e) {
            throw new MojoExecutionException("site-gen: " + e.getMessage());
        }
    }

    /** Fails unless the {@code language} setting is a language tag (the config's own check). */
    static void checkLanguage(String language) throws MojoExecutionException {
        try {
            SiteSettings.checkLanguage(language);
        } catch (InvalidSettings e) {
            throw new MojoExecutionException("site-gen: " + e.getMessage());
        }
    }

    /** What this goal's builds keep from the ones before (a preview keeps its own in memory); by default nothing. */
    protected IncrementalMode incremental() {
        return IncrementalMode.none();
    }

    protected SiteConfig config() throws MojoExecutionException {
        return config(outputDirectory.toPath(), false);
    }

    /**
     * A setting that cannot be used: said in one line from site-gen, as the goal's last line, and
     * as Maven's closing message.
     */
    protected MojoExecutionException settingError(String message) {
        String line = "site-gen: " + message;
        getLog().error(line);
        return new MojoExecutionException(line);
    }

    /**
     * The end of a goal that found errors (or warnings, with failOnWarnings): one line from
     * site-gen with the counts, after the problems themselves. Maven closes with its own
     * "Failed to execute goal …" trailer, which no plugin can leave out; its message is this
     * line again, kept short.
     *
     * @param what e.g. "check found", "build found"
     * @param after what else the writer should know, e.g. "; site-output was left as it was", or ""
     */
    protected MojoFailureException failure(String what, List<Diagnostic> problems, String after) {
        String line = "site-gen: " + what + " " + Diagnostic.count(problems);
        getLog().error(line + after);
        return new MojoFailureException(line + " (see above)");
    }

    protected void log(Diagnostic diagnostic) {
        if (diagnostic.isError()) {
            getLog().error(diagnostic.toString());
        } else {
            getLog().warn(diagnostic.toString());
        }
    }
}
