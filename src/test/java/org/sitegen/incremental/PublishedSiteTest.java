package org.sitegen.incremental;

import org.sitegen.exec.Parallel;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.exec.Parallel;

/**
 * The published site's digest, taken from the paths its build wrote (which {@code SiteWriter}
 * lists, see its test): the same for a site left alone, another after any change by hand.
 */
class PublishedSiteTest {
    /** Before any change, so that a change made within the file system's clock tick still shows. */
    private static final FileTime OLD = FileTime.fromMillis(1_500_000_000_000L);
    private static final List<String> ENTRIES = List.of("./", "index.html", "2023/", "2023/01/", "2023/01/01/",
            "2023/01/01/one/", "2023/01/01/one/index.html", "tags/", "tags/a/", "tags/a/index.html");

    @TempDir
    Path dir;

    @Test
    void check_anUntouchedSite_givesTheSameDigestEveryTime() throws Exception {
        Path site = site(dir.resolve("site"));
        String digest = check(site, ENTRIES);
        assertThat(digest).startsWith("10-").isEqualTo(check(site, ENTRIES));
        assertThat(check(site, ENTRIES.subList(0, 9))).startsWith("9-");
    }

    @Test
    void check_afterAnyChangeByHand_differs() throws Exception {
        Map<String, Change> changes = Map.of(
                "an older copy put back", site -> Files.setLastModifiedTime(site.resolve("2023/01/01/one/index.html"),
                        FileTime.fromMillis(1_400_000_000_000L)),
                "edited, same size", site -> {
                    Files.writeString(site.resolve("2023/01/01/one/index.html"), "One");
                    Files.setLastModifiedTime(site.resolve("2023/01/01/one/index.html"),
                            FileTime.fromMillis(1_700_000_000_000L));
                },
                "renamed", site -> Files.move(site.resolve("tags/a/index.html"), site.resolve("tags/a/index.htm")),
                "deleted", site -> Files.delete(site.resolve("index.html")),
                "a file added deep down", site -> Files.writeString(site.resolve("2023/01/01/one/extra.html"), "x"),
                "a file added at the top", site -> Files.writeString(site.resolve("extra.html"), "x"),
                "an empty folder added", site -> Files.createDirectory(site.resolve("2023/02")),
                "a folder removed", site -> {
                    Files.delete(site.resolve("tags/a/index.html"));
                    Files.delete(site.resolve("tags/a"));
                },
                "a file turned into a folder", site -> {
                    Files.delete(site.resolve("index.html"));
                    Files.createDirectory(site.resolve("index.html"));
                    Files.setLastModifiedTime(site.resolve("index.html"), OLD);
                    Files.setLastModifiedTime(site, OLD);
                });
        for (Map.Entry<String, Change> change : changes.entrySet()) {
            Path site = site(dir.resolve(change.getKey().replace(' ', '-')));
            String recorded = check(site, ENTRIES);
            change.getValue().apply(site);
            assertThat(check(site, ENTRIES)).as(change.getKey()).isNotEqualTo(recorded);
        }
    }

    @Test
    void aSiteThatIsGone_isNone() throws Exception {
        assertThat(check(dir.resolve("missing"), ENTRIES)).isEqualTo(PublishedSite.NONE);
    }

    /** Paths are looked up with '/' on any file system (a zip here; Windows takes '/' too). */
    @Test
    void onAnotherFileSystem_editsShowAlike() throws Exception {
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + dir.resolve("site.zip").toUri()),
                Map.of("create", "true"))) {
            Path site = site(zip.getPath("/site"));
            String recorded = check(site, ENTRIES);
            assertThat(recorded).startsWith("10-").isEqualTo(check(site, ENTRIES));
            Files.move(site.resolve("tags/a/index.html"), site.resolve("tags/a/index.htm"));
            assertThat(check(site, ENTRIES)).isEqualTo(PublishedSite.NONE);
        }
    }

    @Test
    void entries_roundTrip_anyName_andADamagedFileIsNone() throws Exception {
        Path file = dir.resolve("state.site");
        List<String> entries = List.of("./", "index.html", "caf\u00e9/", "caf\u00e9/index.html", "a\nb.html");
        PublishedSite.write(file, entries);
        assertThat(PublishedSite.read(file)).isEqualTo(entries);
        assertThat(PublishedSite.read(dir.resolve("missing.site"))).isNull();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);
        assertThat(PublishedSite.read(file)).isNull();
    }

    /**
     * A build that patched the site records its digest looking up again only what it changed
     * ({@link PublishedSite#digestAfter}): after every kind of change a build makes (a page added
     * deep down, one deleted with the folders it leaves empty, one edited, a page's URL turned
     * from a folder's into a file's and back, a new top-level folder), the digest recorded must
     * be the one a full look-up finds, or the next build would do all the work again. The site is
     * aged before each build, so an entry the build changed but failed to look up shows.
     */
    @Test
    void aPatchingBuild_recordsTheDigestAFullLookUpFinds() throws Exception {
        Path project = dir.resolve("project");
        Path output = project.resolve("site-output");
        Path state = project.resolve("target/site-gen/build-state");
        org.sitegen.config.SiteConfig config = org.sitegen.config.SiteConfig.builder(project).outputDir(output)
                .siteTitle("Digest").zone(java.time.ZoneId.of("UTC")).pageSize(2).taxonomies(List.of("tags"))
                .threads(2).now(org.sitegen.SiteTrees.FIXTURE_NOW)
                .incremental(org.sitegen.config.IncrementalMode.recorded(state)).build();
        write(project.resolve("content/2023/a.md"), "---\ntitle: A\ndate: 2023-02-01T08:00:00Z\ntags: [x]\n---\nA.\n");
        write(project.resolve("content/2023/b.md"), "---\ntitle: B\ndate: 2023-02-02T08:00:00Z\ntags: [x]\n---\nB.\n");
        List<Change> edits = List.of(
                site -> write(project.resolve("content/2023/c.md"),
                        "---\ntitle: C\ndate: 2023-03-05T08:00:00Z\ntags: [y]\n---\nC.\n"),
                site -> Files.delete(project.resolve("content/2023/c.md")),
                site -> write(project.resolve("content/2023/a.md"),
                        "---\ntitle: A edited\ndate: 2023-02-01T08:00:00Z\ntags: [x]\n---\nA again.\n"),
                site -> write(project.resolve("content/pages/about.md"), "---\ntitle: About\n---\nUs.\n"),
                site -> write(project.resolve("content/2024/d.md"),
                        "---\ntitle: D\ndate: 2024-01-01T08:00:00Z\ntags: [z]\n---\nD.\n"),
                site -> Files.delete(project.resolve("content/2024/d.md")));
        new org.sitegen.SiteGenerator().build(config);
        for (Change edit : edits) {
            try (Stream<Path> walk = Files.walk(output)) { // older than anything the next build changes
                for (Path path : walk.toList()) {
                    Files.setLastModifiedTime(path, OLD);
                }
            }
            new org.sitegen.SiteGenerator().build(config); // records the aged times
            edit.apply(output);
            assertThat(new org.sitegen.SiteGenerator().build(config).upToDate()).isFalse();
            List<String> entries = PublishedSite.read(state.resolveSibling("build-state.site"));
            String recorded = Files.readAllLines(state).get(2);
            assertThat(recorded).isEqualTo("output " + check(output, entries)).isNotEqualTo("output none");
        }
    }

    @FunctionalInterface
    private interface Change {
        void apply(Path site) throws IOException;
    }

    /** The site of {@link #ENTRIES} at {@code site}, every file and folder dated {@link #OLD}. */
    private static Path site(Path site) throws IOException {
        write(site.resolve("index.html"), "home");
        write(site.resolve("2023/01/01/one/index.html"), "one");
        write(site.resolve("tags/a/index.html"), "a");
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path path : walk.toList()) {
                Files.setLastModifiedTime(path, OLD);
            }
        }
        return site;
    }

    private static String check(Path site, List<String> entries) throws IOException {
        try (Parallel parallel = new Parallel(2)) {
            return PublishedSite.check(site, entries, parallel).digest();
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
