package org.sitegen.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.sitegen.diag.Diagnostics;
import org.sitegen.importer.ImportReport;
import org.sitegen.importer.Importer;
import org.sitegen.importer.SourceKind;
import org.sitegen.init.ArchiveScaffold;

/**
 * Imports a Jekyll or Hugo archive into the current folder, which needs no pom.xml:
 * {@code mvn org.sitegen:site-gen-maven-plugin:VERSION:import -Dsite-gen.source=../old-blog}
 * writes its posts under {@code content/} (front matter, Liquid and shortcodes converted, old URLs
 * kept as aliases), a pom.xml with the source's title, address and taxonomies when there is none,
 * and {@code import-report.txt}: every conversion and everything left for a person, file by file.
 * A file that exists is not overwritten unless {@code -Dsite-gen.overwrite=true}.
 *
 * @since 0.2.0
 */
@Mojo(name = "import", requiresProject = false, threadSafe = true)
public class ImportMojo extends AbstractMojo {

    /** The folder the archive is imported into: where Maven runs. */
    @Parameter(defaultValue = "${basedir}", readonly = true)
    private File basedir;

    /** This plugin, whose coordinates a new pom.xml names. */
    @Parameter(defaultValue = "${plugin}", readonly = true)
    private PluginDescriptor plugin;

    /**
     * The folder of the Jekyll or Hugo archive to import (required).
     *
     * @since 0.2.0
     */
    @Parameter(property = "site-gen.source")
    private File source;

    /**
     * The source's generator, {@code jekyll} or {@code hugo}; found from its files when not given.
     *
     * @since 0.2.0
     */
    @Parameter(property = "site-gen.sourceKind")
    private String sourceKind;

    /**
     * Overwrite files that exist already (a second import over the first).
     *
     * @since 0.2.0
     */
    @Parameter(property = "site-gen.overwrite", defaultValue = "false")
    private boolean overwrite;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (source == null || !Files.isDirectory(source.toPath())) {
            throw new MojoFailureException("site-gen:import needs the archive's folder: mvn " + plugin.getGroupId() + ":"
                    + plugin.getArtifactId() + ":" + plugin.getVersion() + ":import -Dsite-gen.source=../old-blog"
                    + (source == null ? "" : " (" + source + " is not a folder)"));
        }
        java.util.Optional<SourceKind> kind = java.util.Optional.empty();
        if (sourceKind != null && !sourceKind.isBlank()) {
            kind = SourceKind.named(sourceKind);
            if (kind.isEmpty()) {
                throw new MojoFailureException("site-gen:import: sourceKind must be jekyll or hugo, not \""
                        + org.sitegen.diag.OneLine.of(sourceKind) + "\"");
            }
        }
        Path target = basedir.toPath();
        Diagnostics diagnostics = new Diagnostics();
        Importer.Result result;
        try {
            result = new Importer().run(new Importer.Options(source.toPath(), kind, target, overwrite,
                    new ArchiveScaffold.Plugin(plugin.getGroupId(), plugin.getArtifactId(), plugin.getVersion())),
                    diagnostics);
        } catch (IOException | RuntimeException e) {
            throw new MojoExecutionException("site-gen:import: " + e.getMessage(), e);
        }
        ImportReport report = result.report();
        for (ImportReport.Entry entry : report.entries()) {
            if (entry.kind().equals("error")) {
                getLog().error(entry.toString());
            } else if (entry.kind().equals("warning")) {
                getLog().warn(entry.toString());
            }
        }
        getLog().info("Imported " + result.posts() + " posts and " + result.pages() + " pages from the "
                + result.kind().label() + " archive " + source + ": " + result.written().size() + " files written, "
                + result.refused().size() + " not overwritten; " + report.count("converted") + " conversions, "
                + report.count("warning") + " warnings, " + report.count("error") + " errors, all in "
                + target.resolve(Importer.REPORT_FILE));
        getLog().info("Next: mvn site-gen:check lists what the build says; mvn site-gen:serve previews the site.");
    }
}
