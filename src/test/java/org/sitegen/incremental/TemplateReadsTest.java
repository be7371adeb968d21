package org.sitegen.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.SiteGenerator;
import org.sitegen.SiteTrees;
import org.sitegen.config.SiteConfig;

/**
 * Page fingerprints cover only what templates read of the view records (RenderMemo): a part of
 * the data that no template of a kind read last time, but does now, must still make the page
 * render again. Here a tag's count, which the default briefing template does not show, is read
 * by a theme's briefing template in a condition that flips when one more briefing carries the tag.
 */
class TemplateReadsTest {
    @TempDir
    Path project;

    private SiteConfig config(Path output) {
        return SiteConfig.builder(project).outputDir(output).siteTitle("Reads")
                .zone(java.time.ZoneId.of("UTC")).pageSize(2).taxonomies(List.of("tags")).threads(2)
                .now(SiteTrees.FIXTURE_NOW).build();
    }


    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private void briefing(int i) throws IOException {
        write("content/2023/b" + i + ".md", "---\ntitle: B" + i + "\ndate: 2023-02-0" + i
                + "T08:00:00Z\ntags: [alpha]\n---\nBody " + i + ".\n");
    }

    private void assertColdBuildTree() throws Exception {
        Path cold = project.resolve("cold");
        new SiteGenerator().build(config(cold));
        SiteTrees.assertSameTree(cold, project.resolve("site-output"));
        org.sitegen.output.SiteWriter.deleteTree(cold);
    }

    @Test
    void aCountReadOnlyInACondition_stillRendersThePageAgainWhenItChanges() throws Exception {
        for (int i = 1; i <= 4; i++) {
            briefing(i);
        }
        write("templates/briefing.ftlh", "<p>${briefing.title}</p><#list briefing.tags as t>"
                + "<#if t.count gt 4><p>popular</p></#if></#list>\n");
        SiteGenerator everyday = new SiteGenerator();
        everyday.build(SiteTrees.recorded(config(project.resolve("site-output"))));
        assertThat(Files.readString(project.resolve("site-output/2023/02/01/b1/index.html"))).doesNotContain("popular");

        briefing(5); // alpha on five briefings: b1's page now says so
        everyday.build(SiteTrees.recorded(config(project.resolve("site-output"))));
        assertThat(Files.readString(project.resolve("site-output/2023/02/01/b1/index.html"))).contains("popular");
        assertColdBuildTree();

        Files.delete(project.resolve("content/2023/b5.md")); // and back
        everyday.build(SiteTrees.recorded(config(project.resolve("site-output"))));
        assertThat(Files.readString(project.resolve("site-output/2023/02/01/b1/index.html"))).doesNotContain("popular");
        assertColdBuildTree();
    }

    /**
     * What a {@code <@cached>} block reads counts for every kind that prints it (the render's
     * ReadingContext switches to the cached reads inside it), not for the kind that happened to
     * render it first: here only the block reads a briefing's summary, the home page renders it
     * first (one thread, plan order) and the tag's page prints it from the cache. Changing the
     * summary must render the tag's page again.
     */
    @Test
    void whatACachedBlockReads_countsForEveryKindThatPrintsIt() throws Exception {
        for (int i = 1; i <= 2; i++) {
            briefing(i);
        }
        write("templates/cards.ftlh", "<#macro card b><@cached key=b.url><p>${b.summary}</p></@cached></#macro>\n");
        write("templates/home.ftlh", "<#import \"cards.ftlh\" as c><#list briefings as b><@c.card b/></#list>\n");
        write("templates/term.ftlh", "<#import \"cards.ftlh\" as c><#list briefings as b><@c.card b/></#list>\n");
        SiteGenerator everyday = new SiteGenerator();
        SiteConfig oneThread = SiteTrees.recorded(config(project.resolve("site-output"))).toBuilder().threads(1).build();
        everyday.build(oneThread);
        Path tagPage = project.resolve("site-output/tags/alpha/index.html");
        assertThat(Files.readString(tagPage)).contains("<p>Body 1.</p>");

        write("content/2023/b1.md", "---\ntitle: B1\ndate: 2023-02-01T08:00:00Z\ntags: [alpha]\nsummary: Changed.\n"
                + "---\nBody 1.\n");
        everyday.build(oneThread);
        assertThat(Files.readString(tagPage)).contains("<p>Changed.</p>");
        assertColdBuildTree();
    }

    /**
     * What only the newest page of a listing reads (the default home template prints the count
     * there alone) is not among what older pages' fingerprints cover: one new briefing does not
     * render the older home pages again. The theme prints the time of rendering, so a page kept
     * as published keeps the time of the build that rendered it.
     */
    @Test
    void whatOnlyTheNewestPageReads_doesNotRenderOlderPagesAgain() throws Exception {
        for (int i = 1; i <= 7; i++) {
            briefing(i);
        }
        write("templates/home.ftlh", "<p>${pagination.number}</p><#if pagination.newest><p>${pagination.totalItems}</p>"
                + "</#if><#list briefings as b><p>${b.title}</p></#list><p>at ${.now?long?c}</p>\n");
        SiteGenerator everyday = new SiteGenerator();
        SiteConfig config = SiteTrees.recorded(config(project.resolve("site-output")));
        everyday.build(config);
        String oldest = Files.readString(project.resolve("site-output/page/1/index.html"));
        String newest = Files.readString(project.resolve("site-output/index.html"));
        Thread.sleep(5); // another time for a page rendered again

        briefing(8); // four pages of two: page 4 fills, the older three are as they were
        var report = everyday.build(config);
        assertThat(Files.readString(project.resolve("site-output/page/1/index.html"))).isEqualTo(oldest);
        assertThat(Files.readString(project.resolve("site-output/index.html"))).isNotEqualTo(newest).contains("<p>8</p>");
        assertThat(report.changes().pagesKept()).isPositive();
    }
}
