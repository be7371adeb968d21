package org.sitegen.incremental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.SiteGenerator;
import org.sitegen.SiteTrees;
import org.sitegen.config.SiteConfig;
import org.sitegen.diag.BuildFailedException;
import org.sitegen.diag.Diagnostic;

/**
 * The loaded documents kept under target/ are used for files whose bytes did not change, and
 * for nothing else: an edited, renamed or deleted file is loaded again, another zone or other
 * taxonomies ignore the whole store, a damaged or truncated store is ignored, and a document
 * the build's "now" no longer accepts is loaded again. The first test is the control: a kept
 * title altered on disk (checksum made right again) shows up in the site, so the others prove
 * that what they ignore would have been used.
 */
class RecordedDocumentsTest {
    @TempDir
    Path project;

    private ZoneId zone = ZoneId.of("UTC");
    private List<String> taxonomies = List.of("tags");
    private Instant now = SiteTrees.FIXTURE_NOW;
    private int added;

    /** The settings; an everyday build of the site output keeps its state (cold builds elsewhere do not). */
    private SiteConfig config(Path output) {
        return SiteConfig.builder(project).outputDir(output).siteTitle("Documents").zone(zone).pageSize(2)
                .taxonomies(taxonomies).threads(2).now(now)
                .incremental(output.equals(output()) ? org.sitegen.config.IncrementalMode.recorded(
                        project.resolve("target/site-gen/build-state")) : org.sitegen.config.IncrementalMode.none())
                .build();
    }

    private Path output() {
        return project.resolve("site-output");
    }

    private Path store() {
        return project.resolve("target/site-gen/build-state.cache/documents");
    }

    /** The store's segment files, each as it is on disk. */
    private List<Path> segments() {
        return java.util.stream.IntStream.range(0, RecordedDocuments.SEGMENTS)
                .mapToObj(i -> RecordedDocuments.segmentFile(store(), i)).toList();
    }

    /** All the store's segments' bytes, one after the other. */
    private byte[] storeBytes() throws IOException {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        for (Path segment : segments()) {
            all.write(Files.readAllBytes(segment));
        }
        return all.toByteArray();
    }

    private SiteGenerator everyday() {
        return new SiteGenerator();
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** One more briefing, so the next build is not skipped as up to date. */
    private void addBriefing() throws IOException {
        write("content/2023/new-" + added + ".md", "---\ntitle: New " + added + "\ndate: 2023-04-0" + (1 + added++)
                + "T08:00:00Z\n---\nNew body.\n");
    }

    /** Four briefings, the fourth with warnings (a source's unknown key, an unconfigured taxonomy, a control character). */
    private List<Diagnostic> archive() throws Exception {
        for (int i = 1; i <= 3; i++) {
            write("content/2023/b" + i + ".md", "---\ntitle: Genuine B" + i + "\ndate: 2023-02-0" + i
                    + "T08:00:00Z\ntags: [alpha]\n---\nText of briefing " + i + ".\n");
        }
        write("content/2023/b4.md", "---\ntitle: Genuine B4\ndate: 2023-02-04\ncategories: [x]\nsources:\n"
                + "  - {title: Report, oddkey: 1}\n---\nText\u0007 of briefing 4.\n");
        List<Diagnostic> warnings = everyday().build(config(output())).warnings();
        assertThat(segments()).allMatch(Files::isRegularFile);
        assertThat(warnings).extracting(Diagnostic::toString).anyMatch(w -> w.contains("oddkey"))
                .anyMatch(w -> w.contains("'categories'")).anyMatch(w -> w.contains("U+0007"));
        return warnings;
    }

    /** The store with {@code from} replaced by {@code to} (same length), its checksum made right again or not. */
    private void doctor(String from, String to, boolean fixChecksum) throws IOException {
        assertThat(new String(storeBytes(), StandardCharsets.ISO_8859_1)).contains(from);
        for (Path segment : segments()) {
            byte[] bytes = Files.readAllBytes(segment);
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            if (!text.contains(from)) {
                continue;
            }
            bytes = text.replace(from, to).getBytes(StandardCharsets.ISO_8859_1);
            if (fixChecksum) {
                CRC32C crc = new CRC32C();
                crc.update(bytes, 0, bytes.length - 4);
                ByteBuffer.wrap(bytes, bytes.length - 4, 4).putInt((int) crc.getValue());
            }
            Files.write(segment, bytes);
        }
    }

    private static String heading(String title) {
        return "<h1 id=\"briefing-title\">" + title + "</h1>";
    }

    private String page(String path) throws IOException {
        return Files.readString(output().resolve(path));
    }

    private List<Diagnostic> assertColdBuildTree() throws Exception {
        Path cold = project.resolve("cold");
        List<Diagnostic> warnings = new SiteGenerator().build(config(cold)).warnings();
        SiteTrees.assertSameTree(cold, output());
        org.sitegen.output.SiteWriter.deleteTree(cold);
        return warnings;
    }

    @Test
    void keptDocuments_areUsedForUnchangedFilesOnly() throws Exception {
        archive();
        doctor("Genuine", "Doctord", true);
        write("content/2023/b1.md", "---\ntitle: Edited B1\ndate: 2023-02-01T08:00:00Z\n---\nText of briefing 1.\n");
        Files.move(project.resolve("content/2023/b2.md"), project.resolve("content/2023/moved-b2.md"));
        Files.delete(project.resolve("content/2023/b3.md"));
        everyday().build(config(output()));

        assertThat(page("2023/02/04/b4/index.html")).as("unchanged: kept").contains(heading("Doctord B4"));
        assertThat(page("2023/02/01/b1/index.html")).as("edited").contains(heading("Edited B1"));
        assertThat(page("2023/02/02/moved-b2/index.html")).as("renamed").contains(heading("Genuine B2"));
        assertThat(output().resolve("2023/02/03/b3")).as("deleted").doesNotExist();
        String kept = new String(storeBytes(), StandardCharsets.UTF_8);
        assertThat(kept).contains("2023/moved-b2.md", "Edited B1").doesNotContain("2023/b2.md", "2023/b3.md");
    }

    @Test
    void keptWarnings_areReportedAgain() throws Exception {
        List<Diagnostic> first = archive();
        addBriefing();
        List<Diagnostic> again = everyday().build(config(output())).warnings();
        assertThat(again).containsExactlyElementsOf(first);
        assertThat(assertColdBuildTree()).containsExactlyElementsOf(first);

        doctor("oddkey", "oddkez", true); // the control: the warnings do come from the store
        addBriefing();
        assertThat(everyday().build(config(output())).warnings()).extracting(Diagnostic::toString)
                .anyMatch(w -> w.contains("oddkez"));
    }

    @Test
    void keptDocuments_ofAnotherZoneOrOtherTaxonomies_areIgnored() throws Exception {
        archive();
        doctor("Genuine", "Doctord", true);
        zone = ZoneId.of("Asia/Tokyo");
        addBriefing();
        everyday().build(config(output()));
        assertColdBuildTree();

        doctor("Genuine", "Doctord", true);
        taxonomies = List.of("tags", "categories");
        addBriefing();
        everyday().build(config(output()));
        assertColdBuildTree();
        assertThat(page("2023/02/04/b4/index.html")).contains(heading("Genuine B4"));
    }

    @Test
    void keptDocuments_damagedOrTruncated_areIgnored() throws Exception {
        archive();
        doctor("Genuine", "Doctord", false);
        addBriefing();
        everyday().build(config(output()));
        assertColdBuildTree();

        doctor("Genuine", "Doctord", true);
        for (Path segment : segments()) {
            byte[] bytes = Files.readAllBytes(segment);
            Files.write(segment, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        }
        addBriefing();
        everyday().build(config(output()));
        assertColdBuildTree();
    }

    /**
     * One new briefing rewrites only its own segment; the others' files stay as they are (not
     * even replaced by the same bytes).
     */
    @Test
    void oneNewBriefing_rewritesOnlyItsSegment() throws Exception {
        archive();
        Map<Path, Object> before = new java.util.HashMap<>();
        for (Path segment : segments()) {
            before.put(segment, Files.readAttributes(segment, java.nio.file.attribute.BasicFileAttributes.class).fileKey());
        }
        addBriefing();
        everyday().build(config(output()));
        int own = RecordedDocuments.segmentOf("2023/new-0.md");
        for (int i = 0; i < RecordedDocuments.SEGMENTS; i++) {
            Path segment = segments().get(i);
            Object now = Files.readAttributes(segment, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
            if (i == own) {
                assertThat(now).as("segment " + i + ", the new briefing's").isNotEqualTo(before.get(segment));
            } else {
                assertThat(now).as("segment " + i).isEqualTo(before.get(segment));
            }
        }
        assertThat(new String(Files.readAllBytes(segments().get(own)), StandardCharsets.UTF_8)).contains("New 0");
        assertColdBuildTree();
    }

    /**
     * A build killed while writing the store leaves each segment whole, some of the new build,
     * some of the one before; a leftover partial file is ignored. Every entry is still used only
     * for the bytes it was loaded from: the next build equals a cold one.
     */
    @Test
    void aBuildKilledBetweenSegmentWrites_leavesAStoreTheNextBuildUsesRightly() throws Exception {
        archive();
        Map<Path, byte[]> old = new java.util.HashMap<>();
        for (Path segment : segments()) {
            old.put(segment, Files.readAllBytes(segment));
        }
        // every file edited: every segment rewritten by the next build
        for (int i = 1; i <= 3; i++) {
            write("content/2023/b" + i + ".md", "---\ntitle: Edited B" + i + "\ndate: 2023-02-0" + i
                    + "T08:00:00Z\ntags: [beta]\n---\nEdited text " + i + ".\n");
        }
        everyday().build(config(output()));
        // as if killed half way: the first half of the segments new, the rest old, one partial file beside
        for (int i = RecordedDocuments.SEGMENTS / 2; i < RecordedDocuments.SEGMENTS; i++) {
            Files.write(segments().get(i), old.get(segments().get(i)));
        }
        Files.write(store().resolve("3.documents.partial"), new byte[] {1, 2, 3});
        for (int i = 1; i <= 3; i++) { // and the files back as they were, then edited again
            write("content/2023/b" + i + ".md", "---\ntitle: Genuine B" + i + "\ndate: 2023-02-0" + i
                    + "T08:00:00Z\ntags: [alpha]\n---\nText of briefing " + i + ".\n");
        }
        write("content/2023/b2.md", "---\ntitle: Third B2\ndate: 2023-02-02T08:00:00Z\n---\nThird text.\n");
        everyday().build(config(output()));
        assertColdBuildTree();
        assertThat(page("2023/02/02/b2/index.html")).contains(heading("Third B2"));
        assertThat(page("2023/02/01/b1/index.html")).contains(heading("Genuine B1"));
    }

    /** The single store file of an older version is ignored and replaced by the segments. */
    @Test
    void aStoreOfOneFile_ofAnOlderVersion_isReplacedBySegments() throws Exception {
        archive();
        org.sitegen.output.SiteWriter.deleteTree(store());
        Files.write(store(), new byte[] {0, 0, 0, 0});
        addBriefing();
        everyday().build(config(output()));
        assertThat(segments()).allMatch(Files::isRegularFile);
        assertColdBuildTree();
    }

    /** A date more than a year after "now" is an error unless scheduled: whether it is depends on the build, not the file. */
    @Test
    void aKeptDocument_theBuildsNowNoLongerAccepts_isLoadedAgain() throws Exception {
        archive();
        write("content/2023/later.md", "---\ntitle: Later\ndate: 2030-12-01\n---\nLater.\n");
        now = Instant.parse("2030-06-01T00:00:00Z");
        everyday().build(config(output()));
        now = Instant.parse("2029-06-01T00:00:00Z");
        addBriefing();
        assertThatThrownBy(() -> everyday().build(config(output()))).isInstanceOfSatisfying(BuildFailedException.class,
                e -> assertThat(e.diagnostics()).extracting(Diagnostic::toString).contains(
                        "content/2023/later.md:3:7: error: 'date' 2030-12-01 is more than a year ahead, so the briefing "
                                + "would stay unpublished until then; fix the year, or add 'scheduled: true' if this is "
                                + "intended"));
    }

    /** The store's bytes for {@code text} (UTF-8), as {@link #doctor} reads the store. */
    private static String stored(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /**
     * A published file's typeset title and summary are kept with its front matter and used for
     * the same bytes only: the control (a kept typeset title altered on disk shows up) proves
     * they are used; an edited title and summary are typeset again, as a cold build has them.
     */
    @Test
    void keptTypesetTitlesAndSummaries_areUsedForUnchangedFilesOnly() throws Exception {
        archive();
        write("content/2023/quoted.md", "---\ntitle: Don't \"quote\" -- me\ndate: 2023-03-01T08:00:00Z\n"
                + "summary: It's said... -- twice\n---\nA body that does not repeat the summary.\n");
        everyday().build(config(output()));
        assertThat(page("2023/03/01/quoted/index.html")).contains(heading("Don\u2019t \u201cquote\u201d \u2013 me"))
                .contains("It\u2019s said\u2026 \u2013 twice");

        doctor(stored("Don\u2019t"), stored("Won\u2019t"), true);
        doctor(stored("It\u2019s said"), stored("It\u2019s told"), true);
        addBriefing();
        everyday().build(config(output()));
        assertThat(page("2023/03/01/quoted/index.html")).as("kept, though altered: the control")
                .contains(heading("Won\u2019t \u201cquote\u201d \u2013 me")).contains("It\u2019s told\u2026");

        write("content/2023/quoted.md", "---\ntitle: Can't \"quote\" -- me\ndate: 2023-03-01T08:00:00Z\n"
                + "summary: It's written... -- once\n---\nA body that does not repeat the summary.\n");
        addBriefing();
        everyday().build(config(output()));
        assertThat(page("2023/03/01/quoted/index.html")).as("edited: typeset again")
                .contains(heading("Can\u2019t \u201cquote\u201d \u2013 me")).contains("It\u2019s written\u2026 \u2013 once")
                .doesNotContain("Won\u2019t", "told");
        assertColdBuildTree();
    }
}
