package org.sitegen;

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

/**
 * The published site's digest: the end-of-build listing and the re-run's lookup of the recorded
 * entries agree on a site left alone, and disagree after any change made to it by hand.
 */
class PublishedSiteTest {
    /** Before any change, so that a change made within the file system's clock tick still shows. */
    private static final FileTime OLD = FileTime.fromMillis(1_500_000_000_000L);

    @TempDir
    Path dir;

    @Test
    void listAndCheck_agreeOnAnUntouchedSite() throws Exception {
        Path site = site();
        PublishedSite.Listing listing = list(site);
        assertThat(listing.entries()).containsExactlyInAnyOrder("./", "index.html", "2023/", "2023/01/",
                "2023/01/01/", "2023/01/01/one/", "2023/01/01/one/index.html", "tags/", "tags/a/", "tags/a/index.html");
        assertThat(listing.digest()).startsWith("10-");
        assertThat(check(site, listing.entries())).isEqualTo(listing.digest());
        assertThat(list(site)).isEqualTo(listing);
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
            Path site = dir.resolve(change.getKey().replace(' ', '-')).resolve("site");
            copySiteTo(site);
            PublishedSite.Listing recorded = list(site);
            change.getValue().apply(site);
            assertThat(check(site, recorded.entries())).as(change.getKey()).isNotEqualTo(recorded.digest());
            assertThat(list(site).digest()).as(change.getKey()).isNotEqualTo(recorded.digest());
        }
    }

    @Test
    void aSiteThatIsGone_isNone() throws Exception {
        Path site = site();
        List<String> entries = list(site).entries();
        assertThat(list(dir.resolve("missing")).digest()).isEqualTo(PublishedSite.NONE);
        assertThat(check(dir.resolve("missing"), entries)).isEqualTo(PublishedSite.NONE);
    }

    /** Where folders cannot be listed relative to an open folder (here a zip), the tree is walked instead. */
    @Test
    void onAFileSystemWithoutSecureFolders_theWalkListsTheSame() throws Exception {
        List<String> onDisk = list(site()).entries();
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + dir.resolve("site.zip").toUri()),
                Map.of("create", "true"))) {
            Path site = zip.getPath("/site");
            copySiteTo(site);
            PublishedSite.Listing listing = list(site);
            assertThat(listing.entries()).containsExactlyInAnyOrderElementsOf(onDisk);
            assertThat(check(site, listing.entries())).isEqualTo(listing.digest());
            Files.move(site.resolve("tags/a/index.html"), site.resolve("tags/a/index.htm"));
            assertThat(check(site, listing.entries())).isNotEqualTo(listing.digest());
        }
    }

    @Test
    void entries_roundTrip_unlessANameHoldsALineBreak() throws Exception {
        Path file = dir.resolve("state.site");
        List<String> entries = List.of("./", "index.html", "caf\u00e9/", "caf\u00e9/index.html");
        assertThat(PublishedSite.write(file, entries)).isTrue();
        assertThat(PublishedSite.read(file)).isEqualTo(entries);
        assertThat(PublishedSite.write(dir.resolve("other.site"), List.of("./", "a\nb.html"))).isFalse();
        assertThat(dir.resolve("other.site")).doesNotExist();
        assertThat(PublishedSite.read(dir.resolve("missing.site"))).isNull();
    }

    @FunctionalInterface
    private interface Change {
        void apply(Path site) throws IOException;
    }

    private Path site() throws IOException {
        Path site = dir.resolve("site");
        copySiteTo(site);
        return site;
    }

    /** A small site, every file and folder dated {@link #OLD}. */
    private static void copySiteTo(Path site) throws IOException {
        write(site.resolve("index.html"), "home");
        write(site.resolve("2023/01/01/one/index.html"), "one");
        write(site.resolve("tags/a/index.html"), "a");
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path path : walk.toList()) {
                Files.setLastModifiedTime(path, OLD);
            }
        }
    }

    private static PublishedSite.Listing list(Path site) throws IOException {
        try (Parallel parallel = new Parallel(2)) {
            return PublishedSite.list(site, parallel);
        }
    }

    private static String check(Path site, List<String> entries) throws IOException {
        try (Parallel parallel = new Parallel(2)) {
            return PublishedSite.check(site, entries, parallel);
        }
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
