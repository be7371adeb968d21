package org.sitegen.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.SiteGenerator;
import org.sitegen.SiteTrees;
import org.sitegen.config.SiteConfig;
import org.sitegen.pipeline.BuildReport;
import org.sitegen.render.RenderMemo;

/**
 * A rebuild keeps a page without making its model when what it was made from is recorded
 * unchanged (render.PageSources, RenderMemo's record of what each page was made from). Each
 * test edits something a page shows of another briefing, or of the archive around it, and
 * checks that exactly the affected pages are rendered again: the page shows the edit, the site
 * is a cold build's, and the build's own check (RenderMemo.verifying, on in the tests: a page
 * kept so must have the fingerprint its inputs had) did not fail it. Most pages are kept, so
 * the shortcut is what kept them.
 */
class PageSourcesTest {
    @TempDir
    Path project;
    private final SiteGenerator everyday = new SiteGenerator();

    @BeforeEach
    void verifying() {
        assertThat(RenderMemo.verifying).as("the tests run with -Dsite-gen.verifySources=true (pom.xml)").isTrue();
    }

    private SiteConfig config(Path output) {
        return SiteConfig.builder(project).outputDir(output).siteTitle("Sources")
                .zone(java.time.ZoneId.of("UTC")).pageSize(2).taxonomies(List.of("tags")).threads(2)
                .now(SiteTrees.FIXTURE_NOW).build();
    }

    private BuildReport build() throws Exception {
        return everyday.build(SiteTrees.recorded(config(project.resolve("site-output"))));
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        // a time of its own: an edit that keeps a file's size and time is documented as unseen
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(1_600_000_000_000L + 1000L * ++clock));
    }

    private int clock;

    /** A briefing of 2023-02-DAY (or of another year), tagged as given. */
    private void briefing(String name, String date, String title, String tags, String extra) throws IOException {
        write("content/" + date.substring(0, 4) + "/" + name + ".md", "---\ntitle: " + title + "\ndate: " + date
                + "T08:00:00Z\ntags: [" + tags + "]\n" + extra + "---\nThe body of " + title + ".\n");
    }

    private String page(String path) throws IOException {
        return Files.readString(project.resolve("site-output/" + path));
    }

    private void assertColdBuildTree() throws Exception {
        Path cold = project.resolve("cold");
        new SiteGenerator().build(config(cold));
        SiteTrees.assertSameTree(cold, project.resolve("site-output"));
        org.sitegen.output.SiteWriter.deleteTree(cold);
    }

    /** Ten briefings, two a day, tags spread so that related briefings differ. */
    private void archive() throws IOException {
        for (int i = 1; i <= 10; i++) {
            briefing("b" + i, String.format("2023-02-%02d", (i + 1) / 2), "Title " + i,
                    i % 3 == 0 ? "alpha, gamma" : i % 2 == 0 ? "alpha, beta" : "beta", "");
        }
    }

    private static int rendered(BuildReport report) {
        return report.changes().pages();
    }

    @Test
    void aNeighboursTitle_isShownOnTheBriefingsBesideIt() throws Exception {
        archive();
        build();
        briefing("b5", "2023-02-03", "Renamed Five", "beta", "");
        BuildReport report = build();
        assertThat(page("2023/02/03/b6/index.html")).contains("Renamed Five"); // b5's newer neighbour
        assertThat(page("2023/02/02/b4/index.html")).contains("Renamed Five"); // and older
        assertThat(report.changes().pagesKept()).isGreaterThan(rendered(report));
        assertColdBuildTree();
    }

    @Test
    void afterAColdBuild_pagesWhoseSourcesChanged_areRenderedOnceThenKeptByTheirInputs() throws Exception {
        // A cold build records what each page was made from, not the key of its inputs (a walk of
        // all it shows, made only for the pages whose sources change, by the build that renders them
        // again): the first edit after it renders again the pages that list the edited briefing,
        // whose sources changed though nothing they show did; the next such edit keeps them.
        archive();
        build();
        briefing("b2", "2023-02-01", "Title 2", "alpha, beta", "sources:\n  - title: \"The Wire\"\n"
                + "    url: \"https://wire.example.com/a\"\n"); // shown on b2's own page only
        BuildReport first = build();
        assertThat(page("2023/02/01/b2/index.html")).contains("The Wire");
        assertColdBuildTree();
        briefing("b2", "2023-02-01", "Title 2", "alpha, beta", "sources:\n  - title: \"The Other Wire\"\n"
                + "    url: \"https://wire.example.com/a\"\n");
        BuildReport second = build();
        assertThat(page("2023/02/01/b2/index.html")).contains("The Other Wire");
        assertThat(rendered(first)).isEqualTo(rendered(second)); // b2's own page, each time
        assertThat(second.changes().pagesKept()).isGreaterThan(first.changes().pagesKept());
        assertColdBuildTree();
    }

    @Test
    void aRelatedBriefingsTitle_isShownWhereItIsRelated() throws Exception {
        archive();
        build();
        // b9 is tagged alpha and gamma: b3 and b6, sharing both, list it among their related briefings
        assertThat(page("2023/02/02/b3/index.html")).contains("Title 9");
        briefing("b9", "2023-02-05", "Renamed Nine", "alpha, gamma", "");
        BuildReport report = build();
        assertThat(page("2023/02/02/b3/index.html")).contains("Renamed Nine");
        assertThat(report.changes().pagesKept()).isGreaterThan(rendered(report));
        assertColdBuildTree();
    }

    @Test
    void relatedListsKeptThroughABodyEdit_areMadeAgainWhenATagChanges() throws Exception {
        archive();
        build();
        assertThat(page("2023/02/02/b3/index.html")).contains("Title 9"); // alpha and gamma, as b3
        write("content/2023/b2.md", "---\ntitle: Title 2\ndate: 2023-02-01T08:00:00Z\ntags: [alpha, beta]\n---\n"
                + "Another body of Title 2.\n"); // the same terms, dates and order: the related lists are kept
        build();
        assertThat(page("2023/02/01/b2/index.html")).contains("Another body");
        assertColdBuildTree();
        briefing("b9", "2023-02-05", "Title 9", "beta", ""); // no longer shares a term with b3
        BuildReport report = build();
        assertThat(page("2023/02/02/b3/index.html")).doesNotContain("Title 9");
        assertThat(report.changes().pagesKept()).isPositive();
        assertColdBuildTree();
    }

    @Test
    void frontMatterNoTemplateWalkedBefore_isShownAfterAnEdit() throws Exception {
        // a briefing's front matter is in its pages' sources by the bytes it was loaded from: a
        // source or an author added shows on its page and where it is listed, as a cold build has it
        archive();
        write("templates/briefing.ftlh", "<p>${briefing.title}</p><#list briefing.sources as s><p>${s.title}</p>"
                + "</#list><#list briefing.authors as a><p>by ${a}</p></#list>\n");
        build();
        briefing("b4", "2023-02-02", "Title 4", "alpha, beta", "author: Jane Roe\nsources:\n  - title: \"The Wire\"\n"
                + "    url: \"https://wire.example.com/a\"\n");
        BuildReport report = build();
        assertThat(page("2023/02/02/b4/index.html")).contains("The Wire").contains("by Jane Roe");
        assertThat(report.changes().pagesKept()).isGreaterThan(rendered(report));
        assertColdBuildTree();
    }

    @Test
    void aTagsOtherMember_changesTheCountPagesShowAndTheListings() throws Exception {
        archive();
        write("templates/briefing.ftlh", "<p>${briefing.title}</p><#list briefing.tags as t><p>${t.name} ${t.count}</p>"
                + "</#list>\n");
        build();
        assertThat(page("2023/02/01/b1/index.html")).contains("beta 7");
        briefing("b11", "2023-02-07", "Title 11", "beta", ""); // beta on eight briefings: every beta page says so
        BuildReport report = build();
        assertThat(page("2023/02/01/b1/index.html")).contains("beta 8");
        assertThat(page("2023/02/01/b2/index.html")).contains("beta 8");
        assertThat(report.changes().pagesKept()).isPositive();
        assertColdBuildTree();

        Files.delete(project.resolve("content/2023/b11.md"));
        build();
        assertThat(page("2023/02/01/b1/index.html")).contains("beta 7");
        assertColdBuildTree();
    }

    @Test
    void anEarlierYearsBriefing_isShownOnThisDay() throws Exception {
        archive();
        briefing("old", "2022-02-01", "Long Ago", "beta", "");
        build();
        assertThat(page("2023/02/01/index.html")).contains("Long Ago");
        briefing("old", "2022-02-01", "Longer Ago", "beta", "");
        BuildReport report = build();
        assertThat(page("2023/02/01/index.html")).contains("Longer Ago");
        assertThat(report.changes().pagesKept()).isGreaterThan(rendered(report));
        assertColdBuildTree();
    }

    @Test
    void aStorysPart_isShownOnTheOtherParts() throws Exception {
        archive();
        briefing("b11", "2023-02-07", "Follow-up", "beta", "follows: b1.md\n");
        build();
        assertThat(page("2023/02/01/b1/index.html")).contains("Follow-up");
        briefing("b11", "2023-02-07", "Second Follow-up", "beta", "follows: b1.md\n");
        BuildReport report = build();
        assertThat(page("2023/02/01/b1/index.html")).contains("Second Follow-up");
        assertThat(report.changes().pagesKept()).isGreaterThan(rendered(report));
        assertColdBuildTree();
    }

    @Test
    void aTranslation_isLinkedFromTheTranslatedPage() throws Exception {
        archive();
        briefing("b1", "2023-02-01", "Title 1", "beta", "translationKey: one\n");
        briefing("b1-fr", "2023-02-01", "Titre un", "beta", "lang: fr\ntranslationKey: two\n");
        build();
        assertThat(page("2023/02/01/b1/index.html")).doesNotContain("b1-fr/");
        assertColdBuildTree();
        briefing("b1-fr", "2023-02-01", "Titre un", "beta", "lang: fr\ntranslationKey: one\n");
        build();
        assertThat(page("2023/02/01/b1/index.html")).contains("b1-fr/");
        assertColdBuildTree();
    }

    @Test
    void aBodyEdit_isShownWhereTheBriefingIsListed() throws Exception {
        archive();
        build();
        write("content/2023/b10.md", "---\ntitle: Title 10\ndate: 2023-02-05T08:00:00Z\ntags: [alpha, beta]\n---\n"
                + "A new first paragraph.\n");
        BuildReport report = build();
        assertThat(page("index.html")).contains("A new first paragraph.");
        assertThat(page("2023/02/05/index.html")).contains("A new first paragraph.");
        assertThat(report.changes().pagesKept()).isGreaterThan(rendered(report));
        assertColdBuildTree();
    }

    @Test
    void aTemplateThatStartsReadingAField_rendersItsPagesAgain() throws Exception {
        archive();
        write("templates/day.ftlh", "<#list briefings as b><p>${b.title}</p></#list>\n");
        build();
        write("templates/day.ftlh", "<#list briefings as b><p>${b.title} ${b.wordCount}</p></#list>\n");
        build();
        assertThat(page("2023/02/01/index.html")).containsPattern("Title 1 \\d+");
        assertColdBuildTree();
        // and what it reads now is what a later edit is told by: a longer body shows on the day page
        write("content/2023/b1.md", "---\ntitle: Title 1\ndate: 2023-02-01T08:00:00Z\ntags: [beta]\n---\n"
                + "The body of Title 1, longer by far than it was.\n");
        build();
        assertThat(page("2023/02/01/index.html")).contains("Title 1 11");
        assertColdBuildTree();
    }
}
