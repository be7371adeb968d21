package org.sitegen.maven;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.sitegen.pipeline.BuildReport;
import org.sitegen.SiteGenerator;
import org.sitegen.config.IncrementalMode;
import org.sitegen.config.SiteConfig;
import org.sitegen.diag.BuildFailedException;

/**
 * Builds the briefing archive: Markdown briefings from {@code contentDirectory}, rendered with
 * the templates in {@code templatesDirectory} (or the built-in theme), published atomically
 * into {@code outputDirectory}.
 *
 * @since 0.1.0
 */
@Mojo(name = "build", requiresProject = false, threadSafe = true)
public class BuildMojo extends AbstractSiteMojo {

    /**
     * Print the time spent in each stage (scan, parse, index, render, publish).
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.timings", defaultValue = "false")
    private boolean timings;

    /**
     * Where the last successful build is remembered, so that a re-run with nothing changed
     * finishes in a fraction of a second without touching the site. Deleted by {@code mvn clean}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.stateFile", defaultValue = "${project.build.directory}/site-gen/build-state")
    private File stateFile;

    /**
     * Skip the build.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.skip", defaultValue = "false")
    private boolean skip;

    /** A build records its state (stateFile), so that the next one does only what changed. */
    @Override
    protected IncrementalMode incremental() {
        return IncrementalMode.recorded(stateFile.toPath());
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping the execution.");
            return;
        }
        SiteConfig config = config();
        BuildReport report;
        try {
            report = new SiteGenerator().build(config);
        } catch (BuildFailedException e) {
            e.diagnostics().forEach(this::log);
            throw failure("build found", e.diagnostics(), e.outputUnchanged()
                    ? "; " + config.displayPath(config.outputDir()) + " was left as it was" : "");
        } catch (IOException e) {
            getLog().error("site-gen: build could not read or write a file: " + e.getMessage());
            throw new MojoExecutionException("site-gen: build could not read or write a file (see above)", e);
        }
        report.warnings().forEach(this::log);
        if (timings) {
            getLog().info("Stages: " + report.stageMillis().entrySet().stream()
                    .map(s -> s.getKey() + " " + s.getValue() + " ms").reduce((a, b) -> a + ", " + b).orElse(""));
            if (!report.upToDate()) {
                getLog().info("Pages kept as published, not rendered again (their inputs unchanged): "
                        + report.changes().pagesKept() + " of " + report.pages() + "; Markdown bodies rendered: "
                        + report.bodiesRendered());
            }
        }
        getLog().info(report.summary() + " to " + config.displayPath(config.outputDir()));
        JvmSettingsHint.of(report.pagesByKind().getOrDefault("briefing", 0),
                ManagementFactory.getRuntimeMXBean().getInputArguments()).ifPresent(getLog()::info);
        if (failOnWarnings && !report.warnings().isEmpty()) {
            throw failure("build found", report.warnings(), ", and failOnWarnings is set (the site was written)");
        }
    }

}
