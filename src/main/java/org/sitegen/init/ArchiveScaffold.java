package org.sitegen.init;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.sitegen.content.BriefingScaffold;
import org.sitegen.content.Slugs;
import org.sitegen.diag.OneLine;
import org.sitegen.html.Html;

/**
 * The files of a new archive ({@code site-gen:init}): a pom.xml that names the plugin by its
 * released coordinates, a sample briefing and an about page, a .gitignore, the batch JVM settings
 * in .mvn/jvm.config and the GitHub workflows that check pull requests and publish the site.
 *
 * <p>The JVM settings and the workflows are not written here: they are the repository's own
 * {@code bench/jvm.config} and {@code docs/ci/github-*.yml}, copied into the plugin jar by the
 * build (pom.xml, resources), so an archive gets exactly what the README and docs/ci/ show.
 */
public final class ArchiveScaffold {
    /** Where the build puts bench/jvm.config and docs/ci/github-*.yml in the jar. */
    static final String RESOURCES = "/org/sitegen/init/";

    /** One file of the new archive. */
    public record ArchiveFile(String path, String what, String text) {
    }

    /** The plugin the archive's pom.xml names: the one running init. */
    public record Plugin(String groupId, String artifactId, String version) {
    }

    private final Plugin plugin;
    private final Slugs slugs;

    public ArchiveScaffold(Plugin plugin, Slugs slugs) {
        this.plugin = plugin;
        this.slugs = slugs;
    }

    /**
     * Every file of the new archive, by its path ("/"-separated, relative to the archive's folder),
     * in the order they are written and listed.
     *
     * @param now the time the sample briefing is dated, in the site's time zone
     * @throws IllegalArgumentException when a setting cannot be written into the pom.xml as it is
     */
    public List<ArchiveFile> files(NewArchive archive, ZonedDateTime now) {
        BriefingScaffold briefings = new BriefingScaffold(slugs);
        String sampleTitle = "Your first briefing";
        String samplePath = "content/" + String.join("/", pathNames(briefings.pathFor(Path.of(""), sampleTitle, now)));
        return List.of(
                new ArchiveFile("pom.xml", "names the plugin and the site's settings", pom(archive)),
                new ArchiveFile(".gitignore", "keeps the built site out of git", GITIGNORE),
                new ArchiveFile(".mvn/jvm.config", "JVM settings that keep large builds fast and lean",
                        resource("jvm.config")),
                new ArchiveFile(".github/workflows/site-gen-check.yml", "checks every pull request",
                        resource("ci/github-actions-check.yml")),
                new ArchiveFile(".github/workflows/site-gen-pages.yml",
                        "publishes to GitHub Pages on every push to main and daily", resource("ci/github-pages.yml")),
                new ArchiveFile(samplePath, "a sample briefing", briefings.text(sampleTitle, List.of("tags"), List.of("getting-started"),
                        now, "What a briefing is, and where to go from here.", false, SAMPLE_BODY)),
                new ArchiveFile("content/pages/about.md", "a standalone page, /about/", ABOUT));
    }

    /** The files of {@code files} that already exist in {@code folder} (a symbolic link counts). */
    public static List<String> existing(Path folder, List<ArchiveFile> files) {
        return files.stream().map(ArchiveFile::path)
                .filter(path -> Files.exists(folder.resolve(path), LinkOption.NOFOLLOW_LINKS)).toList();
    }

    /**
     * Writes the files into {@code folder}. Without {@code overwrite}, a file that exists is never
     * touched (the write fails); with it, an existing file or symbolic link is replaced as a whole
     * (written beside it, then renamed over it), never written through.
     */
    public static void write(Path folder, List<ArchiveFile> files, boolean overwrite) throws IOException {
        for (ArchiveFile file : files) {
            Path target = folder.resolve(file.path());
            Files.createDirectories(target.getParent());
            byte[] bytes = file.text().getBytes(StandardCharsets.UTF_8);
            if (!overwrite) {
                Files.write(target, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                continue;
            }
            // Created like the file itself would be (a temporary file's owner-only permissions
            // would stay on the replaced file); left over only by a killed run, so replaced too.
            Path temporary = target.resolveSibling("." + target.getFileName() + ".site-gen-init.tmp");
            try {
                Files.deleteIfExists(temporary);
                Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /** The archive's pom.xml: the plugin by its coordinates, and only the settings the writer gave. */
    String pom(NewArchive archive) {
        return pom(archive, List.of());
    }

    /**
     * The archive's pom.xml with {@code <taxonomies>} too, when not empty (site-gen:import passes
     * the ones the imported archive uses).
     */
    public String pom(NewArchive archive, List<String> taxonomies) {
        String title = xmlText("siteTitle", archive.siteTitle());
        if (title.isEmpty()) {
            throw new IllegalArgumentException("the site needs a title");
        }
        StringBuilder settings = new StringBuilder();
        settings.append("          <siteTitle>").append(title).append("</siteTitle>\n");
        if (archive.siteUrl().isEmpty()) {
            settings.append("""
                              <!-- <siteUrl>: the address the site is published at, e.g. https://OWNER.github.io/REPOSITORY
                                   on GitHub Pages. Feeds, sitemap.xml and canonical links need it: until it is set,
                                   every build leaves them out and says so. -->
                    """);
        } else {
            settings.append("          <siteUrl>").append(xmlText("siteUrl", archive.siteUrl())).append("</siteUrl>\n");
        }
        optional(settings, "siteDescription", archive.siteDescription());
        optional(settings, "language", archive.language());
        optional(settings, "timeZone", archive.timeZone());
        if (!taxonomies.isEmpty()) {
            settings.append("          <taxonomies>\n");
            for (String taxonomy : taxonomies) {
                settings.append("            <taxonomy>").append(xmlText("taxonomy", taxonomy)).append("</taxonomy>\n");
            }
            settings.append("          </taxonomies>\n");
        }
        // Quotes in text blocks are escaped: the plugin descriptor's Java parser (QDox) loses its
        // place in the file at an unescaped one.
        return """
                <?xml version=\"1.0\" encoding=\"UTF-8\"?>
                <!-- A briefing archive: `mvn site-gen:serve` previews it while you write, `mvn site-gen:build`
                     writes the site into site-output/, `mvn site-gen:help -Ddetail` lists every goal and setting. -->
                <project xmlns=\"http://maven.apache.org/POM/4.0.0\">
                  <modelVersion>4.0.0</modelVersion>
                  <!-- An archive is never published as a Maven artifact: these three only name it. -->
                  <groupId>org.example</groupId>
                  <artifactId>%s</artifactId>
                  <version>1</version>
                  <packaging>pom</packaging>
                  <name>%s</name>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>%s</groupId>
                        <artifactId>%s</artifactId>
                        <version>%s</version>
                        <configuration>
                %s        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(slugs.slugify(archive.siteTitle(), "archive"), title, plugin.groupId(),
                plugin.artifactId(), plugin.version(), settings);
    }

    private static void optional(StringBuilder settings, String name, String value) {
        if (!value.isEmpty()) {
            settings.append("          <").append(name).append('>').append(xmlText(name, value)).append("</")
                    .append(name).append(">\n");
        }
    }

    /**
     * A setting as XML element text. Control characters cannot be written in XML 1.0 (and a title
     * is one line), and Maven replaces a property reference (dollar, braces) in a pom with a property's value, so both are
     * refused rather than written into a pom that would not say what the writer typed.
     */
    private static String xmlText(String name, String value) {
        if (!OneLine.of(value).equals(value)) {
            throw new IllegalArgumentException(name + " \"" + OneLine.of(value)
                    + "\" holds a control character or line break, which a pom.xml setting cannot");
        }
        if (value.contains("${")) {
            throw new IllegalArgumentException(name + " \"" + value
                    + "\" holds \"${\", which Maven would replace with the value of a property");
        }
        return Html.escapeText(value);
    }

    private static List<String> pathNames(Path relative) {
        List<String> names = new ArrayList<>();
        relative.forEach(name -> names.add(name.toString()));
        return names;
    }

    /** A file the build copied into the jar from the repository (see the class comment). */
    static String resource(String name) {
        try (InputStream in = ArchiveScaffold.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("the plugin jar has no " + RESOURCES + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String GITIGNORE = """
            # Made by `mvn site-gen:build` (site-output/, its lock file, and its two neighbours while it
            # publishes) and by Maven (target/): built again from content/ at any time, so never committed.
            site-output/
            .site-output.*
            target/
            # A class-data sharing archive of this machine's JVM (README, "Large archives"), if you make one.
            .mvn/*.jsa
            """;

    private static final String SAMPLE_BODY = """
            A sample briefing, written by `site-gen:init`: make it your first one, or delete it.

            A briefing is a Markdown file under `content/`, with its title, date, tags and summary
            between the `---` lines at the top. Name it `YYYY-MM-DD-slug.md`: its page is published at
            `/YYYY/MM/DD/slug/`. Link to another briefing or page by its file, as in
            [About](../pages/about.md): the build turns that into a link to the page, and reports a
            link to a file that does not exist with its line and column.

            ## Where to go from here

            - `mvn site-gen:serve` previews the site while you write; `mvn site-gen:check` lists every
              problem a build would report; `mvn site-gen:new` starts the next briefing, and
              `mvn site-gen:help -Ddetail` lists every goal and setting.
            - Set `<siteUrl>` in `pom.xml` to the address the site will have, for feeds, the sitemap
              and canonical links.
            - On GitHub, `.github/workflows/site-gen-check.yml` checks every pull request and
              `.github/workflows/site-gen-pages.yml` publishes the site to GitHub Pages (choose
              \"GitHub Actions\" as the source in the repository's Settings, under Pages).
            """;

    private static final String ABOUT = """
            ---
            title: About
            ---
            What this archive covers, who writes it and how to reach them.

            This page is `content/pages/about.md`: every Markdown file in `content/pages/` becomes a
            page of its own.
            """;
}
