package org.sitegen.maven;

import java.io.File;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.sitegen.BuildReport;
import org.sitegen.SiteConfig;
import org.sitegen.SiteGenerator;
import org.sitegen.diag.BuildFailedException;
import org.sitegen.diag.Diagnostic;

/**
 * Builds the briefing archive: Markdown briefings from {@code contentDirectory}, rendered with
 * the templates in {@code templatesDirectory} (or the built-in theme), published atomically
 * into {@code outputDirectory}.
 *
 * @since 0.1.0
 */
@Mojo(name = "build", requiresProject = false, threadSafe = true)
public class BuildMojo extends AbstractMojo {

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
     * Fail the build on warnings (e.g. tags merged because they share a URL), not only on errors.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.failOnWarnings", defaultValue = "false")
    private boolean failOnWarnings;

    /**
     * Print the time spent in each stage (scan, parse, index, render, publish).
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.timings", defaultValue = "false")
    private boolean timings;

    /**
     * Skip the build.
     *
     * @since 0.1.0
     */
    /**
     * Where the last successful build is remembered, so that a re-run with nothing changed
     * finishes in a fraction of a second without touching the site. Deleted by {@code mvn clean}.
     */
    @Parameter(property = "site-gen.stateFile", defaultValue = "${project.build.directory}/site-gen/build-state")
    private File stateFile;

    @Parameter(property = "site-gen.skip", defaultValue = "false")
    private boolean skip;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the execution.");
            return;
        }
        SiteConfig config = config();
        BuildReport report;
        try {
            report = new SiteGenerator(stateFile.toPath()).build(config);
        } catch (BuildFailedException e) {
            e.diagnostics().forEach(this::log);
            throw new MojoFailureException("site-gen: " + e.getMessage() + "; " + config.displayPath(config.outputDir())
                    + " was left as it was");
        } catch (IOException e) {
            throw new MojoExecutionException("site-gen: " + e.getMessage(), e);
        }
        report.warnings().forEach(this::log);
        if (timings) {
            getLog().info("Stages: " + report.stageMillis().entrySet().stream()
                    .map(s -> s.getKey() + " " + s.getValue() + " ms").reduce((a, b) -> a + ", " + b).orElse(""));
        }
        getLog().info(report.summary() + " to " + config.displayPath(config.outputDir()));
        if (failOnWarnings && !report.warnings().isEmpty()) {
            throw new MojoFailureException("site-gen: " + report.warnings().size() + " warnings and failOnWarnings is set");
        }
    }

    private SiteConfig config() throws MojoExecutionException {
        ZoneId zone;
        try {
            zone = ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new MojoExecutionException("site-gen: timeZone '" + timeZone + "' is not a time zone (e.g. UTC, Europe/Berlin)");
        }
        if (Locale.forLanguageTag(language).getLanguage().isEmpty()) {
            throw new MojoExecutionException("site-gen: language '" + language + "' is not a language tag (e.g. en, fr)");
        }
        if (pageSize < 1) {
            throw new MojoExecutionException("site-gen: pageSize must be at least 1, not " + pageSize);
        }
        List<String> names = taxonomies.stream().flatMap(t -> List.of(t.split(",")).stream()).map(String::strip)
                .filter(t -> !t.isEmpty()).toList();
        if (names.isEmpty()) {
            throw new MojoExecutionException("site-gen: taxonomies must name at least one front matter key, e.g. tags");
        }
        int workers = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        return new SiteConfig(basedir.toPath(), contentDirectory.toPath(), templatesDirectory.toPath(),
                outputDirectory.toPath(), siteTitle == null || siteTitle.isBlank() ? "Briefings" : siteTitle,
                siteDescription, siteUrl, language, zone, pageSize, names, prettyLinks, drafts, workers);
    }

    private void log(Diagnostic diagnostic) {
        if (diagnostic.isError()) {
            getLog().error(diagnostic.toString());
        } else {
            getLog().warn(diagnostic.toString());
        }
    }
}
