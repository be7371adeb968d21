package org.sitegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output digest: what tells a site left as the last build left it from one touched since. */
class BuildStateTest {
    @TempDir
    Path dir;

    @Test
    void output_changesWithAnyFilesNameSizeOrTime_atAnyDepth() throws Exception {
        Path site = dir.resolve("site");
        write(site.resolve("index.html"), "home");
        write(site.resolve("2023/01/01/one/index.html"), "one");
        write(site.resolve("tags/a/index.html"), "a");
        assertDigestTracksChanges(site);
        assertThat(output(dir.resolve("missing"))).isEqualTo("none");
    }

    /** Where folders cannot be listed relative to an open folder (here a zip), the tree is walked instead. */
    @Test
    void output_onAFileSystemWithoutSecureFolders_tracksChangesAlike() throws Exception {
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + dir.resolve("site.zip").toUri()),
                Map.of("create", "true"))) {
            Path site = zip.getPath("/site");
            write(site.resolve("index.html"), "home");
            write(site.resolve("2023/01/01/one/index.html"), "one");
            write(site.resolve("tags/a/index.html"), "a");
            assertDigestTracksChanges(site);
        }
    }

    @Test
    void settings_everyComponentButThreadsAndNow() {
        SiteConfig config = SiteConfig.defaults(Path.of("archive"));
        String settings = BuildState.settings(config);
        assertThat(settings).contains("siteTitle=Briefings\n", "taxonomies=[tags]\n", "zone=UTC\n",
                "outputDir=" + Path.of("archive", "site-output") + "\n").doesNotContain("threads", "now=");
        assertThat(settings.lines()).hasSize(SiteConfig.class.getRecordComponents().length - 2);
        assertThat(BuildState.settings(config.withThreads(7))).isEqualTo(settings);
        SiteConfig later = new SiteConfig(config.projectDir(), config.contentDir(), config.templatesDir(),
                config.outputDir(), config.siteTitle(), config.siteDescription(), config.siteUrl(), config.language(),
                config.zone(), config.pageSize(), config.taxonomies(), config.prettyLinks(), config.drafts(),
                config.threads(), config.rawHtml(), config.future(), java.time.Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(BuildState.settings(later)).isEqualTo(settings);
        assertThat(BuildState.settings(config.withDrafts(true))).isNotEqualTo(settings);
        assertThat(BuildState.settings(config.withSiteUrl("https://example.org"))).isNotEqualTo(settings);
    }

    private static void assertDigestTracksChanges(Path site) throws Exception {
        Path deep = site.resolve("2023/01/01/one/index.html");
        Files.setLastModifiedTime(deep, FileTime.fromMillis(1_600_000_000_000L));
        String first = output(site);
        assertThat(first).startsWith("3-");
        assertThat(output(site)).isEqualTo(first);

        Files.createDirectories(site.resolve("2023/02")); // folders alone are not the site
        assertThat(output(site)).isEqualTo(first);

        Files.setLastModifiedTime(deep, FileTime.fromMillis(1_500_000_000_000L)); // an older copy put back
        String older = output(site);
        assertThat(older).isNotEqualTo(first);

        Files.writeString(deep, "One"); // edited: same size, a new time
        Files.setLastModifiedTime(deep, FileTime.fromMillis(1_700_000_000_000L)); // (a zip keeps the old one)
        assertThat(output(site)).isNotEqualTo(older);

        FileTime time = Files.getLastModifiedTime(site.resolve("tags/a/index.html"));
        String before = output(site);
        Files.move(site.resolve("tags/a/index.html"), site.resolve("tags/a/index.htm"));
        Files.setLastModifiedTime(site.resolve("tags/a/index.htm"), time); // renamed only
        assertThat(output(site)).isNotEqualTo(before);

        write(site.resolve("tags/b/index.html"), "b");
        assertThat(output(site)).startsWith("4-");
    }

    private static String output(Path site) throws Exception {
        try (Parallel parallel = new Parallel(2)) {
            return BuildState.output(site, parallel);
        }
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
