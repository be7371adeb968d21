package org.sitegen.maven;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.sitegen.SiteGenerator;
import org.sitegen.diag.Diagnostic;
import org.sitegen.linkcheck.SourceLinkChecker;

/**
 * Checks the archive the way a build would, for pull requests: front matter, dates, drafts,
 * duplicate URLs, links between briefings and to files, templates on every page, tag
 * spellings that collapse into one. Writes nothing to {@code outputDirectory}. Prints one
 * {@code path:line:col: error|warning: message} line per problem and a last line with the
 * counts ({@code site-gen: check found 3 errors, 1 warning}); fails on any error, and on
 * warnings with {@code -Dsite-gen.failOnWarnings}. With {@code -Dsite-gen.checkSources} it also
 * asks every source link whether it still answers (network use, so off by default).
 *
 * @since 0.1.0
 */
@Mojo(name = "check", requiresProject = false, threadSafe = true)
public class CheckMojo extends AbstractSiteMojo {
    /**
     * Also ask every http(s) source link of the published briefings whether it still answers, and
     * warn of each that does not (HTTP 4xx/5xx, no answer, no connection) at its 'url' line. Uses
     * the network, so off unless asked for.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.checkSources", defaultValue = "false")
    private boolean checkSources;

    /** Source link requests in flight at once, each to a different host. */
    @Parameter(property = "site-gen.checkSources.parallel", defaultValue = "8")
    private int checkSourcesParallel;

    /** The least time, in milliseconds, between two source link requests to one host. */
    @Parameter(property = "site-gen.checkSources.perHostMillis", defaultValue = "1000")
    private long checkSourcesPerHostMillis;

    /** Seconds a source link has to answer. */
    @Parameter(property = "site-gen.checkSources.timeoutSeconds", defaultValue = "10")
    private long checkSourcesTimeoutSeconds;

    /** This plugin, whose version the link check's User-Agent names. */
    @Parameter(defaultValue = "${plugin}", readonly = true)
    private PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        List<Diagnostic> problems;
        try {
            problems = new SiteGenerator().check(config(), checkSources ? sourceLinkChecker() : null);
        } catch (IOException e) {
            throw new MojoExecutionException("site-gen: check could not read the archive: " + e.getMessage(), e);
        }
        problems.forEach(this::log);
        boolean errors = problems.stream().anyMatch(Diagnostic::isError);
        if (errors) {
            throw failure("check found", problems, "");
        }
        if (failOnWarnings && !problems.isEmpty()) {
            throw failure("check found", problems, ", and failOnWarnings is set");
        }
        getLog().info("site-gen: check found " + Diagnostic.count(problems));
    }

    private SourceLinkChecker sourceLinkChecker() throws MojoExecutionException {
        try {
            SourceLinkChecker.Settings settings = new SourceLinkChecker.Settings(checkSourcesParallel,
                    Duration.ofMillis(checkSourcesPerHostMillis), Duration.ofSeconds(checkSourcesTimeoutSeconds),
                    SourceLinkChecker.Settings.userAgent(plugin == null ? null : plugin.getVersion()));
            getLog().info("site-gen: checking source links (" + settings.parallel() + " at a time, one request per host every "
                    + settings.perHost().toMillis() + " ms, " + settings.timeout().toSeconds() + " s timeout)");
            return new SourceLinkChecker(settings);
        } catch (IllegalArgumentException e) {
            throw settingError("checkSources: " + e.getMessage());
        }
    }
}
