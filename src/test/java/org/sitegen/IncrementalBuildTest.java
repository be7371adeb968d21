package org.sitegen;

import org.sitegen.config.IncrementalMode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.config.SiteConfig;
import org.sitegen.diag.BuildFailedException;
import org.sitegen.pipeline.BuildReport;

/**
 * The preview's cached, in-place rebuilds must give exactly what a full build gives: after
 * each edit, the cached tree is compared file by file with a fresh build of the same content.
 */
class IncrementalBuildTest {
    @TempDir
    Path project;
    @TempDir
    Path fresh;

    private final SiteGenerator cached = new SiteGenerator();
    private String siteUrl = ""; // none: no feeds

    @Test
    void cachedRebuilds_afterEveryKindOfEdit_equalAFullBuild() throws Exception {
        for (int i = 1; i <= 12; i++) {
            write(String.format("content/2023/2023-01-%02d-b%d.md", i, i), "---\ntitle: Briefing " + i
                    + "\ntags: [t" + i % 3 + ", common]\n---\nBody " + i + " links [next](2023-01-"
                    + String.format("%02d", i % 12 + 1) + "-b" + (i % 12 + 1) + ".md).\n");
        }
        write("content/pages/about.md", "---\ntitle: About\n---\nAbout text.\n");
        assertSameAsFullBuild();

        write("content/2023/2023-01-05-b5.md", "---\ntitle: Briefing 5\ntags: [t2, common]\n---\nEdited body.\n");
        assertSameAsFullBuild();
        write("content/2023/2023-01-05-b5.md", "---\ntitle: Renamed five\ntags: [t2, new tag]\n---\nEdited.\n");
        assertSameAsFullBuild();
        write("content/2023/2023-01-20-b20.md", "---\ntitle: Added\ntags: [t1]\n---\nNew one.\n");
        assertSameAsFullBuild();
        Files.delete(project.resolve("content/2023/2023-01-20-b20.md"));
        assertSameAsFullBuild();
        write("content/2023/2023-01-07-b7.md", "---\ntitle: Moved\ndate: 2022-12-31\n---\nNow last year.\n");
        assertSameAsFullBuild();
        write("content/2023/map.png", "not really a png");
        write("content/2023/2023-01-03-b3.md", "---\ntitle: With map\n---\n![Map](map.png)\n");
        assertSameAsFullBuild();
        write("templates/briefing.ftlh", "<p>${briefing.title}</p>${briefing.content?no_esc}\n");
        assertSameAsFullBuild();
        Files.delete(project.resolve("templates/briefing.ftlh"));
        assertSameAsFullBuild();

        write("content/2023/2023-01-02-b2.md", "---\ntitle: Broken\ndate: 2023-02-31\n---\nx\n");
        assertThatThrownBy(() -> cached.build(preview(config(project.resolve("preview")))))
                .isInstanceOf(BuildFailedException.class);
        write("content/2023/2023-01-02-b2.md", "---\ntitle: Fixed\n---\nx\n");
        assertSameAsFullBuild();
    }

    @Test
    void cachedRebuild_afterOneEdit_rewritesOnlyTheFilesThatChanged() throws Exception {
        for (int i = 1; i <= 30; i++) {
            write(String.format("content/2023/2023-02-%02d-b%d.md", i % 28 + 1, i), "---\ntitle: B" + i
                    + "\ntags: [t" + i % 5 + "]\n---\nBody " + i + ".\n");
        }
        Path preview = project.resolve("preview");
        cached.build(preview(config(preview)));
        Map<String, byte[]> before = SiteTrees.read(preview);
        Map<String, FileTime> times = mtimes(preview);

        write("content/2023/2023-02-11-b10.md", "---\ntitle: B10\ntags: [t0]\n---\nBody ten, edited.\n");
        BuildReport report = cached.build(preview(config(preview)));

        Map<String, byte[]> after = SiteTrees.read(preview);
        Map<String, FileTime> newTimes = mtimes(preview);
        long rewritten = newTimes.entrySet().stream().filter(e -> !e.getValue().equals(times.get(e.getKey()))).count();
        long changed = after.entrySet().stream().filter(e -> !java.util.Arrays.equals(e.getValue(), before.get(e.getKey())))
                .count();
        assertThat(changed).isPositive();
        assertThat(rewritten).isEqualTo(changed); // nothing rewritten with the same bytes
        // what serve prints counts exactly those files: the pages, and the rest
        long changedPages = after.keySet().stream().filter(path -> path.endsWith(".html"))
                .filter(path -> !java.util.Arrays.equals(after.get(path), before.get(path))).count();
        assertThat(report.changes().pages()).isEqualTo(changedPages).isLessThan(report.pages());
        assertThat(report.changes().pages() + report.changes().otherFiles()).isEqualTo(changed);
        assertThat(report.changeSummary()).matches("Rebuilt in \\d+\\.\\d\\d s: " + changedPages + " of "
                + report.pages() + " pages changed \\(and " + (changed - changedPages) + " other files\\)");

        Files.delete(project.resolve("content/2023/2023-02-11-b10.md"));
        assertThat(cached.build(preview(config(preview))).changeSummary()).contains(" pages changed").contains(", ")
                .endsWith(" files removed");
        assertThat(cached.build(preview(config(preview))).changeSummary()).endsWith(": no page changed");
    }

    @Test
    void cachedRebuild_bodyOnlyEdit_keepsTheSearchIndexAndEverythingElseMatches() throws Exception {
        write("content/2023-01-01-a.md", "---\ntitle: A\nsummary: Fixed summary.\n---\nOld body.\n");
        write("content/2023-01-02-b.md", "---\ntitle: B\n---\nOther.\n");
        Path preview = project.resolve("preview");
        cached.build(preview(config(preview)));
        write("content/2023-01-01-a.md", "---\ntitle: A\nsummary: Fixed summary.\n---\nNew body.\n");
        cached.build(preview(config(preview)));
        Path full = fresh.resolve("full");
        new SiteGenerator().build(config(full));

        Map<String, byte[]> expected = SiteTrees.read(full);
        Map<String, byte[]> actual = SiteTrees.read(preview);
        // By design (README, serve): body-only edits leave the search index as it was until a
        // title, tag, summary or date changes, which keeps a preview rebuild under a second.
        expected.keySet().removeIf(path -> path.startsWith("search/") && !path.equals("search/index.html"));
        actual.keySet().removeIf(path -> path.startsWith("search/") && !path.equals("search/index.html"));
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((path, bytes) -> assertThat(actual.get(path)).as(path).isEqualTo(bytes));
        assertThat(new String(actual.get("2023/01/01/a/index.html"), StandardCharsets.UTF_8)).contains("New body.");
    }

    @Test
    void cachedRebuild_oneKindsTemplateEdited_rerendersOnlyThatKind() throws Exception {
        write("content/2023-01-01-a.md", "---\ntitle: A\n---\nBody.\n");
        write("templates/briefing.ftlh", "<p>${briefing.title}</p>\n");
        Path preview = project.resolve("preview");
        cached.build(preview(config(preview)));
        Map<String, FileTime> times = mtimes(preview);
        Thread.sleep(20); // a visible mtime step for the files that are rewritten

        write("templates/briefing.ftlh", "<h1>${briefing.title}</h1>\n");
        cached.build(preview(config(preview)));

        Map<String, FileTime> after = mtimes(preview);
        List<String> rewritten = after.keySet().stream().filter(k -> !after.get(k).equals(times.get(k))).toList();
        assertThat(rewritten).containsExactly("2023/01/01/a/index.html");
        assertThat(preview.resolve("2023/01/01/a/index.html")).hasContent("<h1>A</h1>");
    }

    @Test
    void rebuilds_aliasAddedThenRemoved_addAndRemoveItsRedirectPage() throws Exception {
        write("content/2023/2023-01-01-a.md", "---\ntitle: A\n---\nBody.\n");
        write("content/pages/about.md", "---\ntitle: About\n---\nAbout.\n");
        assertSameAsFullBuild();
        Path preview = project.resolve("preview");
        Path recorded = project.resolve("recorded");
        SiteGenerator onDisk = new SiteGenerator();
        onDisk.build(config(recorded).toBuilder()
                .incremental(IncrementalMode.recorded(project.resolve("state/build-state"))).build());

        write("content/2023/2023-01-01-a.md", "---\ntitle: A\naliases: [/old/a.html, /older/a/]\n---\nBody.\n");
        write("content/pages/about.md", "---\ntitle: About\naliases: /about-us/\n---\nAbout.\n");
        assertSameAsFullBuild();
        onDisk.build(config(recorded).toBuilder()
                .incremental(IncrementalMode.recorded(project.resolve("state/build-state"))).build());
        for (Path site : List.of(preview, recorded)) {
            assertThat(site.resolve("old/a.html")).content().contains("url=../2023/01/01/a/index.html");
            assertThat(site.resolve("older/a/index.html")).exists();
            assertThat(site.resolve("about-us/index.html")).content().contains("url=../about/index.html");
        }

        write("content/2023/2023-01-01-a.md", "---\ntitle: A\naliases: /older/a/\n---\nBody.\n");
        write("content/pages/about.md", "---\ntitle: About\n---\nAbout.\n");
        assertSameAsFullBuild();
        onDisk.build(config(recorded).toBuilder()
                .incremental(IncrementalMode.recorded(project.resolve("state/build-state"))).build());
        for (Path site : List.of(preview, recorded)) {
            assertThat(site.resolve("old/a.html")).doesNotExist();
            assertThat(site.resolve("about-us/index.html")).doesNotExist();
            assertThat(site.resolve("older/a/index.html")).exists();
        }
        assertThat(SiteTrees.read(recorded)).containsOnlyKeys(SiteTrees.read(preview).keySet());
    }

    /**
     * A briefing changes pages far from its own: its ISO week's, its year's review, and the day
     * pages of later years that show it "on this day" (and the home page, when the newest
     * briefing's day matches). The preview re-renders exactly those, like a full build.
     */
    @Test
    void cachedRebuild_newOrEditedBriefing_updatesItsWeekReviewAndOnThisDayPages() throws Exception {
        siteUrl = SiteTrees.FIXTURE_URL; // and the week feeds
        write("content/2021/2021-02-19-a.md", "---\ntitle: Twenty-one\npeople: [Lena Dolor]\n---\nx\n");
        write("content/2022/2022-02-19-b.md", "---\ntitle: Twenty-two\ntags: [t]\n---\nx\n");
        write("content/2023/2023-02-19-c.md", "---\ntitle: Twenty-three\ntags: [t]\n---\nx\n");
        write("content/2023/2023-05-02-d.md", "---\ntitle: May\n---\nx\n");
        assertSameAsFullBuild();
        Path preview = project.resolve("preview");

        // an earlier year's briefing: every later 19 February shows it
        Map<String, byte[]> before = SiteTrees.read(preview);
        write("content/2020/2020-02-19-e.md", "---\ntitle: Twenty\ntags: [t]\n---\nx\n");
        assertSameAsFullBuild();
        Map<String, byte[]> after = SiteTrees.read(preview);
        assertThat(changed(before, after)).contains("2021/02/19/index.html", "2022/02/19/index.html",
                "2023/02/19/index.html", "2020/w08/index.html", "2020/w08/feed.xml", "2020/review/index.html")
                .doesNotContain("2023/05/02/index.html", "2023/w07/index.html", "2023/review/index.html");
        assertThat(page(preview, "2023/02/19/index.html")).contains("Twenty-two", "Twenty-one", "Twenty<");

        // a briefing in the same week as another: the week's page, feed and the year's review
        before = after;
        write("content/2023/2023-02-13-f.md", "---\ntitle: Monday\npeople: [Ada Example]\n---\nx\n");
        assertSameAsFullBuild();
        after = SiteTrees.read(preview);
        assertThat(changed(before, after)).contains("2023/w07/index.html", "2023/w07/feed.xml",
                "2023/review/index.html").doesNotContain("2022/02/19/index.html", "2022/review/index.html");
        assertThat(page(preview, "2023/w07/index.html")).contains("Monday", "Twenty-three");
        assertThat(page(preview, "2023/review/index.html")).contains("Ada Example");

        // a retitled briefing: the later day pages that show it "on this day", and the home page
        // (the newest briefing, 2 May, has no earlier 2 May), which does not show it
        before = after;
        write("content/2022/2022-02-19-b.md", "---\ntitle: Retitled\ntags: [t]\n---\nx\n");
        assertSameAsFullBuild();
        after = SiteTrees.read(preview);
        assertThat(changed(before, after)).contains("2023/02/19/index.html", "2022/w07/index.html")
                .doesNotContain("2021/02/19/index.html", "2020/02/19/index.html");
        assertThat(page(preview, "2023/02/19/index.html")).contains("Retitled").doesNotContain("Twenty-two");
    }

    /**
     * An entity data file is content too: an edit to a description or an alias changes exactly
     * the pages that show it (its entity page, and the briefings naming an alias now merged),
     * in the preview and in a build that starts from the state recorded on disk.
     */
    @Test
    void rebuilds_afterAnEntityFileEdit_updateThePagesThatShowIt() throws Exception {
        write("content/2023/2023-03-01-a.md", "---\ntitle: Talks\npeople: [Wang Yi]\n---\nx\n");
        write("content/2023/2023-03-02-b.md", "---\ntitle: Visit\npeople: [Mr Wang]\n---\ny\n");
        write("content/2023/2023-03-03-c.md", "---\ntitle: Other\n---\nz\n");
        write("content/entities/people.yaml", "- name: Wang Yi\n  description: A diplomat.\n");
        assertSameAsFullBuild();
        Path preview = project.resolve("preview");
        Path recorded = project.resolve("recorded");
        SiteGenerator onDisk = new SiteGenerator();
        onDisk.build(config(recorded).toBuilder()
                .incremental(IncrementalMode.recorded(project.resolve("state/build-state"))).build());
        Map<String, byte[]> before = SiteTrees.read(preview);

        write("content/entities/people.yaml", "- name: Wang Yi\n  description: China's foreign minister.\n"
                + "  aliases: [Mr Wang]\n");
        assertSameAsFullBuild();
        onDisk.build(config(recorded).toBuilder()
                .incremental(IncrementalMode.recorded(project.resolve("state/build-state"))).build());
        Map<String, byte[]> after = SiteTrees.read(preview);
        assertThat(page(preview, "people/wang-yi/index.html")).contains("China&#39;s foreign minister.");
        assertThat(page(preview, "2023/03/02/b/index.html")).contains("people/wang-yi/");
        assertThat(changed(before, after)).contains("people/wang-yi/index.html", "2023/03/02/b/index.html")
                .doesNotContain("2023/03/03/c/index.html");
        Map<String, byte[]> onDiskTree = SiteTrees.read(recorded);
        assertThat(onDiskTree.keySet()).containsExactlyInAnyOrderElementsOf(after.keySet());
        after.forEach((path, bytes) -> assertThat(new String(onDiskTree.get(path), StandardCharsets.UTF_8)).as(path)
                .isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
    }

    /**
     * The page of the briefings two entities share is content of both: a description edit leaves
     * it as it is, an alias that adds a shared briefing changes it (and the briefing it adds), and
     * nothing else changes with it.
     */
    @Test
    void rebuilds_afterAnEntityFileEdit_updateThePairPageExactlyWhenItChanges() throws Exception {
        for (int day = 1; day <= 6; day++) {
            write("content/2023/2023-03-0" + day + "-talks" + day + ".md", "---\ntitle: Talks " + day
                    + "\npeople: [Wang Yi]\ncountries: [China]\n---\nx\n");
        }
        write("content/2023/2023-03-07-visit.md", "---\ntitle: Visit\npeople: [Mr Wang]\ncountries: [China]\n---\ny\n");
        write("content/2023/2023-03-08-other.md", "---\ntitle: Other\ncountries: [Peru]\n---\nz\n");
        write("content/entities/people.yaml", "- name: Wang Yi\n  description: A diplomat.\n");
        assertSameAsFullBuild();
        Path preview = project.resolve("preview");
        String pair = "people/wang-yi/with/countries/china/";
        Map<String, byte[]> first = SiteTrees.read(preview);
        assertThat(page(preview, pair + "index.html")).contains("6 briefings name both");
        assertThat(first).containsKeys(pair + "page/1/index.html", pair + "page/2/index.html");
        assertThat(page(preview, "countries/china/index.html")).contains("with/countries/china/index.html");

        write("content/entities/people.yaml", "- name: Wang Yi\n  description: China's foreign minister.\n");
        assertSameAsFullBuild();
        Map<String, byte[]> second = SiteTrees.read(preview);
        assertThat(changed(first, second)).contains("people/wang-yi/index.html")
                .noneMatch(path -> path.startsWith(pair) || path.startsWith("2023/03/08/"));

        write("content/entities/people.yaml", "- name: Wang Yi\n  description: China's foreign minister.\n"
                + "  aliases: [Mr Wang]\n");
        assertSameAsFullBuild();
        Map<String, byte[]> third = SiteTrees.read(preview);
        assertThat(page(preview, pair + "index.html")).contains("7 briefings name both", "Visit");
        assertThat(changed(second, third)).contains(pair + "index.html", "2023/03/07/visit/index.html")
                .noneMatch(path -> path.startsWith("2023/03/08/"));
    }

    private static java.util.Set<String> changed(Map<String, byte[]> before, Map<String, byte[]> after) {
        java.util.Set<String> changed = new java.util.TreeSet<>();
        after.forEach((path, bytes) -> {
            if (!java.util.Arrays.equals(bytes, before.get(path))) {
                changed.add(path);
            }
        });
        return changed;
    }

    private static String page(Path site, String path) throws IOException {
        return Files.readString(site.resolve(path), StandardCharsets.UTF_8);
    }

    private void assertSameAsFullBuild() throws Exception {
        Path preview = project.resolve("preview");
        cached.build(preview(config(preview)));
        Path full = fresh.resolve("full-" + System.nanoTime());
        new SiteGenerator().build(config(full));
        SiteTrees.assertSameTree(full, preview);
    }

    private SiteConfig config(Path output) {
        return SiteTrees.fixtureConfig(project, output, 2).toBuilder().siteUrl(siteUrl).build();
    }

    private static Map<String, FileTime> mtimes(Path root) throws IOException {
        Map<String, FileTime> times = new java.util.TreeMap<>();
        try (var walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                times.put(root.relativize(p).toString(), Files.getLastModifiedTime(p));
            }
        }
        return times;
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** {@code config} for a preview build (site-gen:serve: the generator keeps parsed files and pages in memory). */
    private static SiteConfig preview(SiteConfig config) {
        return config.toBuilder().incremental(IncrementalMode.preview()).build();
    }
}
