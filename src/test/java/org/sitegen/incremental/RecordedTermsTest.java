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
import org.sitegen.SiteGenerator;
import org.sitegen.SiteTrees;
import org.sitegen.config.SiteConfig;
import org.sitegen.search.SearchDoc;
import org.sitegen.store.StoredText;

/**
 * The search documents' kept terms (build-state.cache/terms/): used when they are this build's
 * (the control: a kept term altered on disk, checksum made right again, shows up in the index),
 * ignored when of another key, damaged or truncated, and a rebuild after a body edit, a title
 * or tag change, a deletion or a date moved (which renumber the documents after it) is a cold build.
 */
class RecordedTermsTest {
    @TempDir
    Path project;

    private Path output() {
        return project.resolve("site-output");
    }

    private SiteConfig config(Path output) {
        return SiteConfig.builder(project).outputDir(output).siteTitle("Terms")
                .zone(java.time.ZoneId.of("UTC")).pageSize(20).taxonomies(List.of("tags")).threads(2)
                .now(SiteTrees.FIXTURE_NOW).build();
    }


    private Path terms() {
        return project.resolve("target/site-gen/build-state.cache/terms");
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String briefing(int i, String date, String tag, String body) {
        return "---\ntitle: S" + i + "\ndate: " + date + "\ntags: [" + tag + "]\n---\n" + body + "\n";
    }

    private static String date(int i) {
        return "2022-01-01T" + String.format("%02d:%02d", i / 60, i % 60) + ":00Z";
    }

    private static String body(int i) {
        return "Quokka notes of briefing " + i + ", " + "alpha beta ".repeat(i % 7) + "gamma.";
    }

    /** 140 briefings: search segments [0, 128), [128, 136) and [136, 140), each with its terms file. */
    private void archive() throws Exception {
        for (int i = 0; i < 140; i++) {
            write("content/2022/s" + i + ".md", briefing(i, date(i), "t" + i % 3, body(i)));
        }
        build();
        try (Stream<Path> files = Files.list(terms())) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .containsExactly("0", "0.postings", "128", "128.postings", "136", "136.postings");
        }
    }

    private void build() throws Exception {
        new SiteGenerator().build(SiteTrees.recorded(config(output())));
    }

    private void assertColdBuildTree() throws Exception {
        Path cold = project.resolve("cold");
        new SiteGenerator().build(config(cold));
        SiteTrees.assertSameTree(cold, output());
        org.sitegen.output.SiteWriter.deleteTree(cold);
    }

    /** Segment 0's terms file with the term "quokka" renamed "wombat" and, if asked, another key; its checksum right or not. */
    private void doctorTerms(boolean fixChecksum, boolean otherKey) throws IOException {
        Path file = terms().resolve("0");
        byte[] bytes = Files.readAllBytes(file);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("quokka");
        bytes = text.replace("quokka", "wombat").getBytes(StandardCharsets.ISO_8859_1);
        if (otherKey) { // the key is the second string, each after its length (one byte: both are short)
            int at = 1 + bytes[0] + 1;
            for (int i = 0; i < 32; i++) {
                bytes[at + i] = '0';
            }
        }
        if (fixChecksum) {
            CRC32C crc = new CRC32C();
            crc.update(bytes, 0, bytes.length - 4);
            ByteBuffer.wrap(bytes, bytes.length - 4, 4).putInt((int) crc.getValue());
        }
        Files.write(file, bytes);
    }

    /** Whether a term shard of segment 0 holds {@code term}. */
    private boolean indexed(String term) throws IOException {
        try (Stream<Path> shards = Files.list(output().resolve("search/t/0"))) {
            for (Path shard : shards.toList()) {
                if (Files.readString(shard).contains("\"" + term + "\":")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** An edit that makes segment 0 again (its other documents' terms then come from the file). */
    private void editOldBody() throws IOException {
        write("content/2022/s3.md", briefing(3, date(3), "t0", "Rewritten with zeta."));
    }

    /** Makes the next build make segment 0 whole (its documents' terms from the terms file), not by editing its postings. */
    private void forgetPostings() throws IOException {
        Files.delete(terms().resolve("0.postings"));
    }

    /** Segment 0's postings file with {@code from} renamed {@code to} (as long, sorting in the same place); its checksum right or not. */
    private void doctorPostings(String from, String to, boolean fixChecksum) throws IOException {
        Path file = terms().resolve("0.postings");
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        assertThat(text).contains(from);
        byte[] bytes = text.replace(from, to).getBytes(StandardCharsets.ISO_8859_1);
        if (fixChecksum) {
            CRC32C crc = new CRC32C();
            crc.update(bytes, 0, bytes.length - 4);
            ByteBuffer.wrap(bytes, bytes.length - 4, 4).putInt((int) crc.getValue());
        }
        Files.write(file, bytes);
    }

    /** The control: a body edit makes segment 0 from the kept postings, not from its documents. */
    @Test
    void keptPostings_ofThisBuildsKey_areEdited() throws Exception {
        archive();
        doctorPostings("\u0006quokka", "\u0006quokkb", true);
        editOldBody();
        build();
        assertThat(indexed("quokkb")).isTrue();
        assertThat(indexed("quokka")).isFalse();
        assertThat(indexed("zeta")).isTrue();
    }

    @Test
    void keptPostings_damaged_orTruncated_areIgnored() throws Exception {
        archive();
        doctorPostings("\u0006quokka", "\u0006quokkb", false);
        byte[] bytes = Files.readAllBytes(terms().resolve("128.postings"));
        Files.write(terms().resolve("128.postings"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        editOldBody();
        write("content/2022/s130.md", briefing(130, date(130), "t1", "Quokka notes of briefing 130, and xylophone."));
        build();
        assertThat(indexed("quokkb")).isFalse();
        assertColdBuildTree();
    }

    /** Postings kept for other documents than the published shards were made from (a build that did not publish) are not edited. */
    @Test
    void keptPostings_ofOtherDocuments_areIgnored() throws Exception {
        archive();
        Path kept = project.resolve("kept.postings");
        Files.copy(terms().resolve("0.postings"), kept);
        write("content/2022/s5.md", briefing(5, date(5), "t2", "Quokka notes of briefing 5, saxophone."));
        build();
        // the postings of the first build, whose documents are those now but for the edit below: the
        // published shards are the second build's, with s5's saxophone, in a shard (of titles s0, s1...) that edit does not touch
        Files.copy(kept, terms().resolve("0.postings"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        write("content/2022/s5.md", briefing(5, date(5), "t2", body(5)));
        editOldBody();
        build();
        assertColdBuildTree();
    }

    @Test
    void keptTerms_ofThisBuildsKey_areUsed() throws Exception {
        archive();
        doctorTerms(true, false);
        forgetPostings();
        editOldBody();
        build();
        assertThat(indexed("wombat")).isTrue();
        assertThat(indexed("quokka")).isFalse();
    }

    @Test
    void keptTerms_ofAnotherKey_areIgnored() throws Exception {
        archive();
        doctorTerms(true, true);
        editOldBody();
        build();
        assertThat(indexed("quokka")).isTrue();
        assertColdBuildTree();
    }

    @Test
    void keptTerms_damaged_areIgnored() throws Exception {
        archive();
        doctorTerms(false, false);
        editOldBody();
        build();
        assertColdBuildTree();
    }

    @Test
    void keptTerms_truncatedOrGarbage_areIgnored() throws Exception {
        archive();
        byte[] bytes = Files.readAllBytes(terms().resolve("0"));
        Files.write(terms().resolve("0"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Files.write(terms().resolve("128"), "not terms".getBytes(StandardCharsets.UTF_8));
        editOldBody();
        build();
        assertColdBuildTree();
    }

    @Test
    void rebuilds_afterBodyTitleTagEdits_deletionAndDateMove_areColdBuilds() throws Exception {
        archive();
        // a paragraph more: the summary (the first paragraph) is the same, the text is not
        write("content/2022/s3.md", briefing(3, date(3), "t0", body(3) + "\n\nAnd a zeta more."));
        build();
        assertColdBuildTree();
        write("content/2022/s4.md", briefing(4, date(4), "t2", "Quokka notes of briefing 4."));
        write("content/2022/s6.md", "---\ntitle: Renamed wombat\ndate: " + date(6)
                + "\ntags: [t0]\n---\nQuokka notes of briefing 6.\n");
        build();
        assertColdBuildTree();
        Files.delete(project.resolve("content/2022/s7.md")); // every later document's id moves down one
        build();
        assertColdBuildTree();
        write("content/2022/s9.md", briefing(9, "2021-06-01T08:00:00Z", "t0", "Quokka notes of briefing 9."));
        build();
        assertColdBuildTree();
        write("content/2022/s130.md", briefing(130, date(130), "t1", "Quokka notes of briefing 130, and xylophone."));
        build(); // the newest segment again, with the first kept
        assertColdBuildTree();
        // ids of days since 2021 now: segments [0, 384) (the 128th document, id 492, rounded down),
        // [384, 496) (8-blocks counted from there) and [496, 504)
        try (Stream<Path> files = Files.list(terms())) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .containsExactly("0", "0.postings", "384", "384.postings", "496", "496.postings");
        }
    }

    /** A document's key changes with each thing its terms are made from, and with nothing else. */
    @Test
    void key_coversWhatTermsAreMadeOf() {
        RecordedTerms store = new RecordedTerms(project, "k", new java.util.concurrent.ConcurrentHashMap<>(), null);
        SearchDoc doc = doc("Title", "tag", "entity", "Author", "Summary", "Body text");
        String key = store.keyOf(doc);
        assertThat(store.keyOf(new SearchDoc("Title", "../other/", "2020-01-01", "1 January 2020",
                doc.tags(), doc.authors(), "Summary", StoredText.of("Body text"), doc.entities()))).isEqualTo(key);
        for (SearchDoc other : List.of(doc("Title2", "tag", "entity", "Author", "Summary", "Body text"),
                doc("Title", "tag2", "entity", "Author", "Summary", "Body text"),
                doc("Title", "tag", "entity2", "Author", "Summary", "Body text"),
                doc("Title", "tag", "entity", "Author2", "Summary", "Body text"),
                doc("Title", "tag", "entity", "Author", "Summary2", "Body text"),
                doc("Title", "tag", "entity", "Author", "Summary", "Body text2"))) {
            assertThat(store.keyOf(other)).isNotEqualTo(key);
        }
    }

    /**
     * A segment's file read back gives every document's terms and fields as made: a dictionary
     * of more terms than its table first holds (grown several times, past 65,536 slots), terms
     * met again in later documents, in another order.
     */
    @Test
    void segmentFile_roundTripsEveryDocumentsTerms() throws Exception {
        Path folder = project.resolve("terms");
        java.util.Random random = new java.util.Random(7);
        List<SearchDoc> docs = new java.util.ArrayList<>();
        List<org.sitegen.search.KeptTerms.AnalysedTerms> made = new java.util.ArrayList<>();
        for (int d = 0; d < 300; d++) {
            docs.add(doc("Title " + d, "tag", "entity", "Author", "Summary", "Body " + d));
            java.util.Set<String> words = new java.util.LinkedHashSet<>();
            while (words.size() < 400) {
                int n = random.nextInt(random.nextBoolean() ? 500 : 200_000); // common words and rare ones
                words.add(n % 7 == 0 ? "w\u00e9" + n : "w" + n);
            }
            String[] terms = words.toArray(String[]::new);
            int[] fields = new int[terms.length];
            for (int t = 0; t < fields.length; t++) {
                fields[t] = 1 + random.nextInt(31);
            }
            made.add(new org.sitegen.search.KeptTerms.AnalysedTerms(terms, fields));
        }
        try (org.sitegen.exec.Parallel parallel = new org.sitegen.exec.Parallel(2)) {
            RecordedTerms store = new RecordedTerms(folder, "k", new java.util.concurrent.ConcurrentHashMap<>(), parallel);
            org.sitegen.search.KeptTerms.Segment segment = store.segment(0, docs, "english");
            for (int d = 0; d < docs.size(); d++) {
                segment.made(d, made.get(d));
            }
            segment.done();
            store.written();
            var kept = RecordedTerms.read(folder.resolve("0"), "k english");
            assertThat(kept).hasSize(docs.size());
            for (int d = 0; d < docs.size(); d++) {
                var back = kept.get(store.keyOf(docs.get(d)));
                assertThat(back.terms()).as("doc %d", d).containsExactly(made.get(d).terms());
                assertThat(back.fields()).as("doc %d", d).containsExactly(made.get(d).fields());
            }
        }
    }

    private static SearchDoc doc(String title, String tag, String entity, String author, String summary, String text) {
        return new SearchDoc(title, "../a/", "2023-01-01", "1 January 2023",
                List.of(new SearchDoc.Tag(tag, "tags/" + tag, "../tags/" + tag + "/")), List.of(author), summary,
                StoredText.of(text), List.of(new SearchDoc.Tag(entity, "people/" + entity, "../people/" + entity + "/")));
    }
}
