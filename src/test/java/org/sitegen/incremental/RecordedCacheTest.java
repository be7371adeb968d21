package org.sitegen.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.config.SiteConfig;
import org.sitegen.SiteGenerator;
import org.sitegen.SiteTrees;

/**
 * The cache under target/ is used when it is this build's, and never trusted otherwise: a body
 * file of another engine or settings (another key), a damaged one (its checksum), a truncated
 * one, or a damaged page-fingerprint file give exactly the site of a cold build. The first case
 * is the control: a kept body whose record was altered (checksum made right again) shows up in
 * the site, so the others prove that what they ignore would have been used.
 */
class RecordedCacheTest {
    @TempDir
    Path project;

    private Path output() {
        return project.resolve("site-output");
    }

    private SiteConfig config(Path output) {
        return SiteConfig.builder(project).outputDir(output).siteTitle("Cache")
                .zone(java.time.ZoneId.of("UTC")).pageSize(2).taxonomies(List.of("tags")).threads(2)
                .now(SiteTrees.FIXTURE_NOW).build();
    }

    private Path cache() {
        return project.resolve("target/site-gen/build-state.cache");
    }


    private int added;

    /** One more briefing, so the next build is not skipped as up to date (and every body stays). */
    private void addBriefing() throws IOException {
        write("content/2023/new-" + added + ".md", "---\ntitle: New " + added + "\ndate: 2023-04-0" + (1 + added++)
                + "T08:00:00Z\n---\nNew body.\n");
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private void archive() throws Exception {
        for (int i = 1; i <= 4; i++) {
            write("content/2023/b" + i + ".md", "---\ntitle: B" + i + "\ndate: 2023-02-0" + i
                    + "T08:00:00Z\ntags: [alpha]\n---\nGenuine text of briefing " + i + ", linking [b1](b1.md).\n");
        }
        new SiteGenerator().build(SiteTrees.recorded(config(output())));
        assertThat(Files.list(cache().resolve("bodies")).filter(f -> f.toString().endsWith(".bodies")))
                .isNotEmpty();
        assertThat(cache().resolve("pages")).isRegularFile();
    }

    /** Every body file with "Genuine" replaced by "Doctored" (same length), its checksum made right again. */
    private void doctorBodies(boolean fixChecksum, String otherKey) throws IOException {
        try (Stream<Path> files = Files.list(cache().resolve("bodies"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bodies")).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                String text = new String(bytes, StandardCharsets.ISO_8859_1).replace("Genuine", "Doctord");
                bytes = text.getBytes(StandardCharsets.ISO_8859_1);
                if (otherKey != null) { // the key is the second string: after its length
                    int formatLength = ByteBuffer.wrap(bytes, 0, 4).getInt();
                    byte[] key = otherKey.getBytes(StandardCharsets.US_ASCII);
                    int at = 4 + formatLength + 4;
                    assertThat(ByteBuffer.wrap(bytes, 4 + formatLength, 4).getInt()).isEqualTo(key.length);
                    System.arraycopy(key, 0, bytes, at, key.length);
                }
                if (fixChecksum) {
                    CRC32C crc = new CRC32C();
                    crc.update(bytes, 0, bytes.length - 4);
                    ByteBuffer.wrap(bytes, bytes.length - 4, 4).putInt((int) crc.getValue());
                }
                Files.write(file, bytes);
            }
        }
    }

    private void assertColdBuildTree() throws Exception {
        Path cold = project.resolve("cold");
        new SiteGenerator().build(config(cold));
        SiteTrees.assertSameTree(cold, output());
        org.sitegen.output.SiteWriter.deleteTree(cold);
    }

    /**
     * The control: a kept body's record (its first paragraph, a page's summary) altered, its
     * checksum made right again, shows in the site once the pages are rendered again (here
     * because a page was edited by hand). Its HTML is not in the record: the page still shows
     * the body as it was, read from its page or rendered again, never the altered record's.
     */
    @Test
    void keptBodies_ofThisBuildsKey_areUsed() throws Exception {
        archive();
        doctorBodies(true, null);
        Files.writeString(output().resolve("2023/02/03/b3/index.html"), "edited by hand");
        addBriefing();
        new SiteGenerator().build(SiteTrees.recorded(config(output())));
        assertThat(Files.readString(output().resolve("2023/02/02/b2/index.html"))).contains("Doctord text")
                .contains("<p>Genuine text of briefing 2");
    }

    @Test
    void keptBodies_ofAnotherEngineOrSettings_areIgnored() throws Exception {
        archive();
        doctorBodies(true, "0".repeat(32));
        addBriefing();
        new SiteGenerator().build(SiteTrees.recorded(config(output())));
        assertColdBuildTree();
        // and the store was written again under this build's key: the next build uses it
        addBriefing();
        new SiteGenerator().build(SiteTrees.recorded(config(output())));
        assertColdBuildTree();
    }

    @Test
    void keptBodies_damaged_areIgnored() throws Exception {
        archive();
        doctorBodies(false, null);
        addBriefing();
        new SiteGenerator().build(SiteTrees.recorded(config(output())));
        assertColdBuildTree();
    }

    @Test
    void cacheFiles_truncatedOrGarbage_areIgnored() throws Exception {
        archive();
        try (Stream<Path> files = Files.list(cache().resolve("bodies"))) {
            for (Path file : files.toList()) {
                byte[] bytes = Files.readAllBytes(file);
                Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
            }
        }
        Files.write(cache().resolve("pages"), "not a page memo".getBytes(StandardCharsets.UTF_8));
        addBriefing();
        new SiteGenerator().build(SiteTrees.recorded(config(output())));
        assertColdBuildTree();
    }

    /**
     * Past 128 briefings the search index has two segments: a new briefing remakes the newest
     * and keeps the first; an edited old body remakes the first from the other bodies' kept
     * texts, read from their shard files (the one being replaced by this build's bodies too).
     */
    @Test
    void searchIndex_ofTwoSegments_afterEdits_isAColdBuilds() throws Exception {
        for (int i = 0; i < 130; i++) {
            write("content/2022/s" + i + ".md", "---\ntitle: S" + i + "\ndate: 2022-01-01T" + String.format("%02d:%02d", i / 60, i % 60)
                    + ":00Z\ntags: [t" + i % 3 + "]\n---\nWords of briefing " + i + ", " + "alpha beta ".repeat(i % 7) + "gamma.\n");
        }
        new SiteGenerator().build(SiteTrees.recorded(config(output())));
        addBriefing();
        new SiteGenerator().build(SiteTrees.recorded(config(output())));
        assertColdBuildTree();
        write("content/2022/s5.md", "---\ntitle: S5\ndate: 2022-01-01T00:05:00Z\ntags: [t2]\n---\nRewritten with zeta.\n");
        new SiteGenerator().build(SiteTrees.recorded(config(output())));
        assertColdBuildTree();
        Files.delete(project.resolve("content/2022/s7.md"));
        addBriefing();
        new SiteGenerator().build(SiteTrees.recorded(config(output())));
        assertColdBuildTree();
        assertThat(Files.list(output().resolve("search/t")).map(f -> f.getFileName().toString()).sorted().toList())
                .containsExactly("0", "128");
    }

    @Test
    void anOutputFileEditedByHand_isRenderedAgain() throws Exception {
        archive();
        Path page = output().resolve("2023/02/03/b3/index.html");
        Files.writeString(page, "edited by hand");
        addBriefing();
        new SiteGenerator().build(SiteTrees.recorded(config(output())));
        assertColdBuildTree();
    }

    /**
     * A kept body's HTML is read from its page only when the page holds it as it was: a page
     * whose body was edited by hand, to the same length, has its body rendered again, as has
     * one whose page is gone.
     */
    @Test
    void aKeptBodysPage_editedByHandToTheSameLength_orGone_isNotTrusted() throws Exception {
        archive();
        Path page = output().resolve("2023/02/02/b2/index.html");
        String published = Files.readString(page);
        // the body's end, past the first bytes it is found by: the page still holds its start
        String edited = published.replaceFirst("(Genuine text of briefing 2, linking <a [^>]*>b1</a>)\\.", "$1!");
        assertThat(edited).isNotEqualTo(published).contains("<p>Genuine text of briefing 2, linking");
        Files.writeString(page, edited);
        Files.delete(output().resolve("2023/02/04/b4/index.html"));
        addBriefing();
        new SiteGenerator().build(SiteTrees.recorded(config(output())));
        assertThat(Files.readString(page)).isEqualTo(published);
        assertColdBuildTree();
    }

    /**
     * A build that fails (a writer's typo) changes nothing published, so it leaves the last good
     * build's records as they were: once the typo is fixed, the pages nothing changed for are kept
     * as published, not all rendered again.
     */
    @Test
    void aFailedBuild_keepsTheLastGoodBuildsRecords() throws Exception {
        archive();
        write("content/2023/typo.md", "---\ntitle: Typo\ndate: 2023-02-30T08:00:00Z\n---\nBody.\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SiteGenerator().build(SiteTrees.recorded(config(output()))))
                .isInstanceOf(org.sitegen.diag.BuildFailedException.class);
        assertThat(cache().resolve("pages")).isRegularFile();

        write("content/2023/typo.md", "---\ntitle: Typo\ndate: 2023-02-28T08:00:00Z\n---\nBody.\n");
        var report = new SiteGenerator().build(SiteTrees.recorded(config(output())));
        assertThat(report.changes().pagesKept()).isPositive();
        assertColdBuildTree();
    }
}
