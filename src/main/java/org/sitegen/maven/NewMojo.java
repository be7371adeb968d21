package org.sitegen.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
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
import org.sitegen.diag.OneLine;

/**
 * Scaffolds a new briefing: {@code mvn site-gen:new -Dsite-gen.title="…" [-Dsite-gen.tags=a,b]
 * [-Dsite-gen.date=…]} writes {@code content/{yyyy}/{yyyy-mm-dd}-{slug}.md} with every front
 * matter field (the optional ones as comments), marked as a draft, and prints its path. Refuses
 * to overwrite an existing file. The bare {@code -Dtitle}, {@code -Dtags} and {@code -Ddate} of
 * earlier versions still work, with a warning.
 *
 * @since 0.1.0
 */
@Mojo(name = "new", requiresProject = false, threadSafe = true)
public class NewMojo extends AbstractMojo {

    /**
     * The briefing's title (required).
     *
     * @since 0.2.0
     */
    @Parameter(property = "site-gen.title")
    private String title;

    /**
     * Comma-separated terms of the first taxonomy ({@code tags} by default).
     *
     * @since 0.2.0
     */
    @Parameter(property = "site-gen.tags")
    private String tags;

    /**
     * The briefing's date (any form front matter accepts); default: now in the site time zone.
     *
     * @since 0.2.0
     */
    @Parameter(property = "site-gen.date")
    private String date;

    /**
     * Deprecated spelling of {@code site-gen.title}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "title")
    private String bareTitle;

    /**
     * Deprecated spelling of {@code site-gen.tags}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "tags")
    private String bareTags;

    /**
     * Deprecated spelling of {@code site-gen.date}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "date")
    private String bareDate;

    /** The project's root: paths are printed relative to it. */
    @Parameter(defaultValue = "${basedir}", readonly = true)
    private File basedir;

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

    /**
     * The site's taxonomies: the new briefing gets a key for each.
     *
     * @since 0.2.0
     */
    @Parameter(property = "site-gen.taxonomies", defaultValue = "tags")
    private List<String> taxonomies;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        String title = setting("title", this.title, bareTitle);
        String tags = setting("tags", this.tags, bareTags);
        String date = setting("date", this.date, bareDate);
        if (title == null || title.isBlank()) {
            throw failure("a new briefing needs a title: mvn site-gen:new -Dsite-gen.title=\"Talks resume in Geneva\" "
                    + "[-Dsite-gen.tags=diplomacy,switzerland] [-Dsite-gen.date=2024-03-05]", "no title given");
        }
        ZoneId zone = AbstractSiteMojo.zone(timeZone);
        ZonedDateTime now = ZonedDateTime.now(zone).withSecond(0).withNano(0);
        ZonedDateTime when = now;
        boolean withTime = true;
        if (date != null && !date.isBlank()) {
            PublishedDate parsed;
            try {
                parsed = new DateParser(zone).read(date).date();
            } catch (DateParser.NotADate e) {
                throw failure("-Dsite-gen.date is not a date: \"" + OneLine.of(date) + "\""
                        + (e.getMessage() == null ? "" : "; " + e.getMessage())
                        + " (e.g. 2024-03-05 or 2024-03-05T09:30)", "not a date");
            }
            when = parsed.at();
            withTime = parsed.hasTime();
        }
        boolean farAhead = when.isAfter(now.plusDays(366));
        List<String> tagList = Arrays.stream(tags == null ? new String[0] : tags.split(","))
                .map(String::strip).filter(t -> !t.isEmpty()).toList();
        List<String> keys = taxonomies.stream().flatMap(t -> Arrays.stream(t.split(","))).map(String::strip)
                .filter(t -> !t.isEmpty()).distinct().toList();
        Path content = contentDirectory.toPath();
        BriefingScaffold scaffold = new BriefingScaffold(new Slugs());
        try {
            Path file = scaffold.create(content, title.strip(), keys.isEmpty() ? List.of("tags") : keys, tagList,
                    when, withTime);
            getLog().info("Created " + shown(file));
            if (farAhead) {
                // check and build refuse such a date as a typo until 'scheduled: true' says it is meant
                getLog().warn(shown(file) + ":3:7: warning: 'date' " + when.toLocalDate() + " is more than a year "
                        + "ahead; fix the year, or add 'scheduled: true' if this is intended (check and build refuse "
                        + "it until then)");
            }
        } catch (FileAlreadyExistsException e) {
            throw failure(shown(scaffold.pathFor(content, title.strip(), when))
                    + " already exists; not overwritten (choose another title or date)", "the file exists");
        } catch (IOException e) {
            throw new MojoExecutionException("site-gen: new could not write the briefing: " + e.getMessage(), e);
        }
    }

    /** A file as messages name it: relative to the project, with '/'. */
    private String shown(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = basedir == null ? null : basedir.toPath().toAbsolutePath().normalize();
        Path relative = root != null && absolute.startsWith(root) ? root.relativize(absolute) : absolute;
        return relative.toString().replace(java.io.File.separatorChar, '/');
    }

    /** The value of {@code site-gen.NAME}, else of the deprecated bare {@code NAME}, with a warning. */
    private String setting(String name, String value, String bare) {
        if (value != null || bare == null) {
            return value;
        }
        getLog().warn("-D" + name + " is deprecated: write -Dsite-gen." + name
                + " (like every other site-gen setting)");
        return bare;
    }

    /**
     * The goal's last line, what went wrong in plain words; Maven's closing message repeats only
     * its gist, since Maven adds its own trailer after it.
     */
    private MojoFailureException failure(String message, String gist) {
        getLog().error("site-gen: " + message);
        return new MojoFailureException("site-gen: new failed: " + gist + " (see above)");
    }
}
