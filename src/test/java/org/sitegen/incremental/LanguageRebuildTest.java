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
import org.sitegen.pipeline.BuildReport;

/**
 * What a real archive in Chinese, or in two languages, renders again after one change: only the
 * changed body, as an English archive does. A Chinese site's reading time counts characters
 * (text.countCharacters), which the bodies' records keep, so the briefings shown on the pages a
 * rebuild renders are not rendered again for their text; a language's pages in its folder are
 * kept as published like the root language's, and its bodies' HTML is found in their pages
 * there. Each rebuild must still give exactly a cold build's tree.
 */
class LanguageRebuildTest {
    private static final int BRIEFINGS = 12;

    @TempDir
    Path project;

    private Path output() {
        return project.resolve("site-output");
    }

    private SiteConfig config(Path output, String language) {
        return SiteConfig.builder(project).outputDir(output).siteTitle("Languages").language(language)
                .zone(java.time.ZoneId.of("UTC")).pageSize(4).taxonomies(List.of("tags")).threads(2)
                .now(SiteTrees.FIXTURE_NOW).build();
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String chinese(int i) {
        return "今天我们讨论第" + i + "个问题：开源软件的维护者如何安排时间。这是一段中文正文，"
                + "其中也有 English words 和数字 " + i + "。\n\n第二段：读者按字阅读，每分钟大约四百字。\n";
    }

    private static String english(int i) {
        return "Briefing " + i + " in English, with a [link](b1.md) to the first and a few more words to read.\n";
    }

    private BuildReport build(String language) throws Exception {
        return new SiteGenerator().build(SiteTrees.recorded(config(output(), language)));
    }

    private void assertColdBuildTree(String language) throws Exception {
        Path cold = project.resolve("cold");
        new SiteGenerator().build(config(cold, language));
        SiteTrees.assertSameTree(cold, output());
        org.sitegen.output.SiteWriter.deleteTree(cold);
    }

    private static String briefing(String title, int day, String lang, String body) {
        return "---\ntitle: " + title + "\ndate: 2023-02-" + String.format("%02d", day) + "T08:00:00Z\ntags: [alpha]\n"
                + (lang == null ? "" : "lang: " + lang + "\n") + "---\n" + body;
    }

    /**
     * A Chinese site does no more work than the same archive in English: after one new briefing,
     * then a body edit (which changes its reading time), it renders the same bodies again (the
     * changed one, and those whose text a search fragment made again needs), not every briefing
     * shown on the pages it renders (neighbours, listings, the tag's pages) for a reading time.
     */
    @Test
    void chineseSite_rendersTheBodiesAnEnglishSiteRenders() throws Exception {
        List<Integer> english = chineseArchiveRebuilt("en");
        List<Integer> chinese = chineseArchiveRebuilt("zh");
        assertThat(english).hasSize(3).startsWith(BRIEFINGS);
        // the changed body and the texts of its search fragment group (which a body edit makes again)
        assertThat(english.subList(1, 3)).allSatisfy(n -> assertThat(n).isBetween(1, BRIEFINGS / 2));
        assertThat(chinese).isEqualTo(english);
    }

    /** Bodies rendered by the first build and by two rebuilds of a Chinese archive in a site of {@code language}. */
    private List<Integer> chineseArchiveRebuilt(String language) throws Exception {
        project = project.resolve(language);
        for (int i = 1; i <= BRIEFINGS; i++) {
            write("content/2023/b" + i + ".md", briefing("简报 " + i, i, null, chinese(i)));
        }
        List<Integer> rendered = new java.util.ArrayList<>();
        rendered.add(build(language).bodiesRendered());

        write("content/2023/b" + (BRIEFINGS + 1) + ".md", briefing("新简报", BRIEFINGS + 1, null, chinese(99)));
        BuildReport report = build(language);
        assertThat(report.changes().pagesKept()).isPositive();
        rendered.add(report.bodiesRendered());
        assertColdBuildTree(language);

        // a body edit changes its reading time
        write("content/2023/b5.md", briefing("简报 5", 5, null, chinese(5) + "\n再加一段很长的中文。" + "字".repeat(1300) + "\n"));
        rendered.add(build(language).bodiesRendered());
        assertColdBuildTree(language);
        if (language.equals("zh")) {
            assertThat(Files.readString(output().resolve("2023/02/05/b5/index.html"))).contains("阅读约 3 分钟");
        }
        project = project.getParent();
        return rendered;
    }

    /**
     * Two languages, English at the root and Chinese in /zh/: a new English briefing, then an edit
     * of an English body, render the bodies the English briefings alone would (the changed one,
     * and those whose text its search fragment group needs): the Chinese part's pages show their
     * bodies' HTML from their pages in /zh/ and their reading time from the bodies' records, and
     * its search index, made of the same documents, is kept. A new Chinese briefing is checked
     * against a cold build.
     */
    @Test
    void twoLanguageSite_anEnglishChange_rendersTheBodiesTheEnglishAloneWould() throws Exception {
        List<Integer> english = twoLanguageArchiveRebuilt(false);
        List<Integer> both = twoLanguageArchiveRebuilt(true);
        assertThat(english).hasSize(3);
        assertThat(both.subList(1, 3)).isEqualTo(english.subList(1, 3));
        assertThat(both.get(0)).isEqualTo(BRIEFINGS);
    }

    /** Bodies rendered by the first build and two rebuilds after English changes; with or without the Chinese briefings. */
    private List<Integer> twoLanguageArchiveRebuilt(boolean withChinese) throws Exception {
        project = project.resolve(withChinese ? "both" : "english");
        for (int i = 1; i <= BRIEFINGS; i++) {
            if (i % 2 == 1) {
                write("content/2023/b" + i + ".md", briefing("Briefing " + i, i, null, english(i)));
            } else if (withChinese) {
                write("content/2023/b" + i + ".md", briefing("简报 " + i, i, "zh", chinese(i)));
            }
        }
        List<Integer> rendered = new java.util.ArrayList<>();
        rendered.add(build("en").bodiesRendered());
        if (withChinese) {
            assertThat(output().resolve("zh/2023/02/02/b2/index.html")).isRegularFile();
        }

        write("content/2023/new-en.md", briefing("New", BRIEFINGS + 1, null, english(99)));
        rendered.add(build("en").bodiesRendered());
        assertColdBuildTree("en");

        write("content/2023/b3.md", briefing("Briefing 3", 3, null, english(3) + "\nOne more paragraph.\n"));
        rendered.add(build("en").bodiesRendered());
        assertColdBuildTree("en");

        if (withChinese) {
            write("content/2023/new-zh.md", briefing("新简报", BRIEFINGS + 2, "zh", chinese(99)));
            build("en");
            assertColdBuildTree("en");
            write("content/2023/b9.md", briefing("Briefing 9", 9, null, english(9) + "\nEdited.\n"));
            build("en");
            assertColdBuildTree("en");
        }
        project = project.getParent();
        return rendered;
    }
}
