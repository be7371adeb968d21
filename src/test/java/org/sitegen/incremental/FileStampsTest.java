package org.sitegen.incremental;

import org.sitegen.config.IncrementalMode;
import org.sitegen.config.SiteConfig;
import org.sitegen.SiteGenerator;
import org.sitegen.SiteTrees;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.config.SiteConfig;

/** A re-run reads only the input files whose size, modification time or identity changed since the recorded build. */
class FileStampsTest {
    @TempDir
    Path project;

    @Test
    void rerun_trustsTheListingOfOldFiles_readsFilesListedDifferently() throws Exception {
        Path state = project.resolve("target/site-gen/build-state");
        Path file = write("content/2023-01-01-one.md", "---\ntitle: One\n---\nFirst text.\n");
        FileTime anHourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
        Files.setLastModifiedTime(file, anHourAgo);
        assertThat(new SiteGenerator().build(recorded(config(), state)).upToDate()).isFalse();
        assertThat(stamps()).contains(file.toString());

        // Same size, same time, other bytes: taken as unchanged, which shows the file was not read.
        Files.writeString(file, "---\ntitle: One\n---\nOther text.\n");
        Files.setLastModifiedTime(file, anHourAgo);
        assertThat(new SiteGenerator().build(recorded(config(), state)).upToDate()).isTrue();

        // Listed differently (a second later): read, and the change is built.
        Files.setLastModifiedTime(file, FileTime.from(anHourAgo.toInstant().plusSeconds(1)));
        assertThat(new SiteGenerator().build(recorded(config(), state)).upToDate()).isFalse();
        assertThat(Files.readString(project.resolve("site-output/2023/01/01/one/index.html"))).contains("Other text.");
    }

    /**
     * Two files of one size and one modification time (a tar extract, a checkout) swapped by
     * renames: each path is listed as it was, but holds the other file. Found by the red team:
     * each kept the other's fingerprint, and the rebuild was skipped as up to date.
     */
    @Test
    void filesSwappedByRenames_sameSizeAndTime_areReadAgain() throws Exception {
        Path state = project.resolve("target/site-gen/build-state");
        Path one = write("content/2023-01-01-one.md", "---\ntitle: Alpha\n---\nFirst.\n");
        Path two = write("content/2023-01-02-two.md", "---\ntitle: Bravo\n---\nOther.\n");
        FileTime anHourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
        Files.setLastModifiedTime(one, anHourAgo);
        Files.setLastModifiedTime(two, anHourAgo);
        Path output = project.resolve("site-output");
        assertThat(new SiteGenerator().build(recorded(config(), state)).upToDate()).isFalse();
        assertThat(stamps()).contains(one.toString(), two.toString());

        Path aside = project.resolve("content/aside.tmp");
        Files.move(one, aside);
        Files.move(two, one);
        Files.move(aside, two);

        assertThat(new SiteGenerator().build(recorded(config(), state)).upToDate()).isFalse();
        assertThat(Files.readString(output.resolve("2023/01/01/one/index.html"))).contains("Bravo");
        Path cold = project.resolve("cold");
        new SiteGenerator().build(SiteTrees.fixtureConfig(project, cold, 2));
        SiteTrees.assertSameTree(cold, output);
    }

    @Test
    void fileModifiedJustBeforeABuild_isNotStamped_soItIsReadNextTime() throws Exception {
        Path state = project.resolve("target/site-gen/build-state");
        Path recent = write("content/2023-01-01-one.md", "---\ntitle: One\n---\nx\n");
        Path old = write("content/2023-01-02-two.md", "---\ntitle: Two\n---\ny\n");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));

        new SiteGenerator().build(recorded(config(), state));

        String stamps = stamps();
        assertThat(stamps).contains(old.toString()).doesNotContain(recent.toString());
        // and it is read: a same-size change a moment later is seen
        Files.writeString(recent, "---\ntitle: One\n---\nz\n");
        assertThat(new SiteGenerator().build(recorded(config(), state)).upToDate()).isFalse();
    }

    private static SiteConfig recorded(SiteConfig config, Path state) {
        return config.toBuilder().incremental(IncrementalMode.recorded(state)).build();
    }

    private SiteConfig config() {
        return SiteTrees.fixtureConfig(project, project.resolve("site-output"), 2);
    }

    private Path write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** The recorded stamps file, its paths readable as text. */
    private String stamps() throws IOException {
        return new String(Files.readAllBytes(project.resolve("target/site-gen/build-state.files")), StandardCharsets.UTF_8);
    }
}
