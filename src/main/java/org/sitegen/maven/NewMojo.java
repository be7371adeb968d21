package org.sitegen.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.sitegen.content.BriefingScaffold;
import org.sitegen.content.DateParser;
import org.sitegen.content.PublishedDate;
import org.sitegen.content.Slugs;

/**
 * Scaffolds a new briefing: {@code mvn site-gen:new -Dtitle="…" [-Dtags=a,b] [-Ddate=…]} writes
 * {@code content/{yyyy}/{yyyy-mm-dd}-{slug}.md} with complete front matter, marked as a draft,
 * and prints its path. Refuses to overwrite an existing file.
 *
 * @since 0.1.0
 */
@Mojo(name = "new", requiresProject = false, threadSafe = true)
public class NewMojo extends AbstractMojo {

    /**
     * The briefing's title.
     *
     * @since 0.1.0
     */
    @Parameter(property = "title", required = true)
    private String title;

    /**
     * Comma-separated tags.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tags", defaultValue = "")
    private String tags;

    /**
     * The briefing's date (any form front matter accepts); default: now in the site time zone.
     *
     * @since 0.1.0
     */
    @Parameter(property = "date")
    private String date;

    /**
     * Folder of briefings.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.contentDirectory", defaultValue = "${basedir}/content")
    private File contentDirectory;

    /**
     * Time zone of the site, for the default date.
     *
     * @since 0.1.0
     */
    @Parameter(property = "site-gen.timeZone", defaultValue = "UTC")
    private String timeZone;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (title == null || title.isBlank()) {
            throw new MojoFailureException("site-gen:new needs a title: mvn site-gen:new -Dtitle=\"…\"");
        }
        ZoneId zone = zone();
        ZonedDateTime when = date == null || date.isBlank() ? ZonedDateTime.now(zone).withSecond(0).withNano(0)
                : new DateParser(zone).parse(date).map(PublishedDate::at).orElseThrow(
                        () -> new MojoFailureException("site-gen:new: -Ddate is not a date: \"" + date + "\""));
        List<String> tagList = Arrays.stream(tags == null ? new String[0] : tags.split(","))
                .map(String::strip).filter(t -> !t.isEmpty()).toList();
        Path content = contentDirectory.toPath();
        BriefingScaffold scaffold = new BriefingScaffold(new Slugs());
        try {
            Path file = scaffold.create(content, title.strip(), tagList, when);
            getLog().info("Created " + file);
        } catch (FileAlreadyExistsException e) {
            throw new MojoFailureException("site-gen:new: " + scaffold.pathFor(content, title.strip(), when)
                    + " already exists; not overwritten (choose another title or date)");
        } catch (IOException e) {
            throw new MojoExecutionException("site-gen:new: " + e.getMessage(), e);
        }
    }

    private ZoneId zone() throws MojoExecutionException {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw new MojoExecutionException("site-gen: timeZone '" + timeZone + "' is not a time zone");
        }
    }
}
