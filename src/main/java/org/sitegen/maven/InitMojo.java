package org.sitegen.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.sitegen.content.Slugs;
import org.sitegen.init.ArchiveScaffold;
import org.sitegen.init.ArchiveScaffold.ArchiveFile;
import org.sitegen.init.NewArchive;

/**
 * Starts a new archive in the current folder, which needs no pom.xml:
 * {@code mvn org.sitegen:site-gen-maven-plugin:VERSION:init -Dsite-gen.siteTitle="…"} writes a
 * pom.xml naming this plugin at this version, a sample briefing and an about page under
 * {@code content/}, a .gitignore, the batch JVM settings in .mvn/jvm.config and GitHub workflows
 * that check pull requests and publish to GitHub Pages. Settings given as {@code -Dsite-gen.…}
 * (siteUrl, siteDescription, language, timeZone) go into the pom.xml. Refuses, writing nothing,
 * when any of these files exists, unless {@code -Dsite-gen.force=true}.
 *
 * @since 0.1.0
 */
@Mojo(name = "init", requiresProject = false, threadSafe = true)
public class InitMojo extends AbstractMojo {

    /** The folder the archive is started in: where Maven runs. */
    @Parameter(defaultValue = "${basedir}", readonly = true)
    private File basedir;

    /** This plugin, whose coordinates the new pom.xml names. */
    @Parameter(defaultValue = "${plugin}", readonly = true)
    private PluginDescriptor plugin;

    /**
     * The site's title (required): shown on every page, and the pom.xml's name.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.siteTitle")
    private String siteTitle;

    /**
     * The address the site will be published at (e.g. https://OWNER.github.io/REPOSITORY); left
     * out of the pom.xml, with a comment, when not given.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.siteUrl")
    private String siteUrl;

    /**
     * A one-line description of the site.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.siteDescription")
    private String siteDescription;

    /**
     * The site's language (BCP 47, e.g. en, fr); the plugin's default (en) when not given.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.language")
    private String language;

    /**
     * The site's time zone (e.g. Europe/Berlin); the sample briefing is dated now in it. The
     * plugin's default (UTC) when not given.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.timeZone")
    private String timeZone;

    /**
     * Overwrite files of the new archive that exist already (pom.xml included).
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.force", defaultValue = "false")
    private boolean force;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        NewArchive archive = new NewArchive(siteTitle, siteUrl, siteDescription, language, timeZone);
        if (archive.siteTitle().isEmpty()) {
            throw new MojoFailureException("site-gen:init needs the site's title: mvn " + coordinates()
                    + ":init -Dsite-gen.siteTitle=\"My Briefings\"");
        }
        if (!archive.language().isEmpty()) {
            AbstractSiteMojo.checkLanguage(archive.language());
        }
        ZoneId zone = AbstractSiteMojo.zone(archive.timeZone().isEmpty() ? "UTC" : archive.timeZone());
        Path folder = basedir.toPath();
        ArchiveScaffold scaffold = new ArchiveScaffold(
                new ArchiveScaffold.Plugin(plugin.getGroupId(), plugin.getArtifactId(), plugin.getVersion()), new Slugs());
        List<ArchiveFile> files;
        try {
            files = scaffold.files(archive, ZonedDateTime.now(zone).withSecond(0).withNano(0));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("site-gen:init: " + e.getMessage());
        }
        List<String> existing = ArchiveScaffold.existing(folder, files);
        if (!existing.isEmpty() && !force) {
            throw new MojoFailureException("site-gen:init: nothing written, " + existing.size()
                    + (existing.size() == 1 ? " file exists" : " files exist") + " in " + folder + ": "
                    + String.join(", ", existing) + " (-Dsite-gen.force=true overwrites "
                    + (existing.size() == 1 ? "it)" : "them)"));
        }
        try {
            ArchiveScaffold.write(folder, files, force);
        } catch (IOException e) {
            throw new MojoExecutionException("site-gen:init: " + e, e);
        }
        getLog().info("Started the archive \"" + archive.siteTitle() + "\" in " + folder + ":");
        int width = files.stream().mapToInt(f -> f.path().length()).max().orElse(0);
        for (ArchiveFile file : files) {
            getLog().info("  " + pad(file.path(), width) + "  " + file.what()
                    + (existing.contains(file.path()) ? " (overwritten)" : ""));
        }
        getLog().info("Next, in this folder:");
        getLog().info("  mvn site-gen:serve    preview the site at http://127.0.0.1:8080/ while you write");
        getLog().info("  mvn site-gen:build    write the site into site-output/");
    }

    private String coordinates() {
        return plugin.getGroupId() + ":" + plugin.getArtifactId() + ":" + plugin.getVersion();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
