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
     * of an English body, render the pages and bodies the English briefings alone would (the
     * changed one, and those whose text its search fragment group needs): the Chinese part's pages
     * are kept as published, like the root's, and its search index, made of the same documents,
     * is kept. A new Chinese briefing is checked against a cold build.
     */
    @Test
    void twoLanguageSite_anEnglishChange_rendersThePagesAndBodiesTheEnglishAloneWould() throws Exception {
        List<Rebuilt> english = twoLanguageArchiveRebuilt(false);
        List<Rebuilt> both = twoLanguageArchiveRebuilt(true);
        assertThat(english).hasSize(3);
        assertThat(both.subList(1, 3)).isEqualTo(english.subList(1, 3));
        assertThat(both.get(0).bodies()).isEqualTo(BRIEFINGS);
        // nothing of the Chinese part changes
        assertThat(both.subList(1, 3)).allSatisfy(step -> assertThat(step.changed())
                .noneMatch(path -> path.startsWith("zh/")));
    }

    /**
     * The same, the other way round: a new Chinese briefing in /zh/, then an edit of a Chinese
     * body, then a Chinese retitle render the pages and bodies the Chinese briefings alone would
     * (a site in Chinese at the root), not every page of the Chinese part nor every Chinese body
     * for its search index; and change nothing of the English part (only the sitemap, shared by
     * both, changes outside /zh/).
     */
    @Test
    void twoLanguageSite_aChineseChange_rendersThePagesAndBodiesTheChineseAloneWould() throws Exception {
        List<Rebuilt> chinese = chineseChangesRebuilt(false);
        List<Rebuilt> both = chineseChangesRebuilt(true);
        assertThat(chinese).hasSize(4);
        assertThat(both.subList(1, 4)).isEqualTo(chinese.subList(1, 4));
        assertThat(both.subList(1, 4)).allSatisfy(step -> assertThat(step.changed())
                .allMatch(path -> path.startsWith("zh/") || path.equals("sitemap.xml"), "in zh/ or the sitemap"));
    }

    /**
     * What a rebuild did: pages rendered (not kept as published), bodies rendered, and the files
     * it changed (added, removed, or other bytes), in the folder of the language changed (its
     * path there: "zh/2023/" as "2023/" when the language is the site's own at the root).
     */
    record Rebuilt(int pages, int bodies, java.util.Set<String> changed) {
        @Override
        public boolean equals(Object other) { // what both sites render: the files changed differ by folder
            return other instanceof Rebuilt o && o.pages == pages && o.bodies == bodies;
        }

        @Override
        public int hashCode() {
            return pages * 31 + bodies;
        }

        @Override
        public String toString() {
            return pages + " pages, " + bodies + " bodies rendered";
        }
    }

    private Rebuilt rebuilt(BuildReport report, java.util.Map<String, byte[]> before) throws IOException {
        java.util.Map<String, byte[]> after = org.sitegen.SiteTrees.read(output());
        java.util.Set<String> changed = new java.util.TreeSet<>();
        after.forEach((path, bytes) -> {
            if (!java.util.Arrays.equals(bytes, before.get(path))) {
                changed.add(path);
            }
        });
        before.keySet().stream().filter(path -> !after.containsKey(path)).forEach(changed::add);
        return new Rebuilt(report.pages() - report.changes().pagesKept(), report.bodiesRendered(), changed);
    }

    private Rebuilt buildStep(String language) throws Exception {
        java.util.Map<String, byte[]> before = org.sitegen.SiteTrees.read(output());
        Rebuilt step = rebuilt(build(language), before);
        assertColdBuildTree(language);
        return step;
    }

    /** What the first build and two rebuilds after English changes did; with or without the Chinese briefings. */
    private List<Rebuilt> twoLanguageArchiveRebuilt(boolean withChinese) throws Exception {
        project = project.resolve(withChinese ? "both" : "english");
        for (int i = 1; i <= BRIEFINGS; i++) {
            if (i % 2 == 1) {
                write("content/2023/b" + i + ".md", briefing("Briefing " + i, i, null, english(i)));
            } else if (withChinese) {
                write("content/2023/b" + i + ".md", briefing("简报 " + i, i, "zh", chinese(i)));
            }
        }
        List<Rebuilt> rendered = new java.util.ArrayList<>();
        rendered.add(rebuilt(build("en"), java.util.Map.of()));
        if (withChinese) {
            assertThat(output().resolve("zh/2023/02/02/b2/index.html")).isRegularFile();
        }

        write("content/2023/new-en.md", briefing("New", BRIEFINGS + 1, null, english(99)));
        rendered.add(buildStep("en"));

        write("content/2023/b3.md", briefing("Briefing 3", 3, null, english(3) + "\nOne more paragraph.\n"));
        rendered.add(buildStep("en"));

        if (withChinese) {
            write("content/2023/new-zh.md", briefing("新简报", BRIEFINGS + 2, "zh", chinese(99)));
            buildStep("en");
            write("content/2023/b9.md", briefing("Briefing 9", 9, null, english(9) + "\nEdited.\n"));
            buildStep("en");
        }
        project = project.getParent();
        return rendered;
    }

    /**
     * What the first build and three rebuilds after Chinese changes (new, body, title) did: in a
     * site of the Chinese briefings alone (in Chinese at the root), or in one with the English ones
     * at the root and the Chinese in /zh/.
     */
    private List<Rebuilt> chineseChangesRebuilt(boolean withEnglish) throws Exception {
        project = project.resolve(withEnglish ? "both-zh" : "chinese");
        String site = withEnglish ? "en" : "zh";
        for (int i = 1; i <= BRIEFINGS; i++) {
            if (i % 2 == 0) {
                write("content/2023/b" + i + ".md", briefing("简报 " + i, i, "zh", chinese(i)));
            } else if (withEnglish) {
                write("content/2023/b" + i + ".md", briefing("Briefing " + i, i, null, english(i)));
            }
        }
        List<Rebuilt> rendered = new java.util.ArrayList<>();
        rendered.add(rebuilt(build(site), java.util.Map.of()));

        write("content/2023/new-zh.md", briefing("新简报", BRIEFINGS + 1, "zh", chinese(99)));
        rendered.add(buildStep(site));

        write("content/2023/b4.md", briefing("简报 4", 4, "zh", chinese(4) + "\n又一段。\n"));
        rendered.add(buildStep(site));

        write("content/2023/b6.md", briefing("简报 六", 6, "zh", chinese(6)));
        rendered.add(buildStep(site));
        project = project.getParent();
        return rendered;
    }

    /**
     * A content file no template links (an image a post shows), added and removed, renders no
     * page of the other language again: its links depend only on the content files its templates
     * link (here the logo, named in the settings). The logo file added and removed renders them
     * all. Each step is a cold build's tree.
     */
    @Test
    void twoLanguageSite_aContentFileAddedAndRemoved_rendersTheOtherLanguagesPagesOnlyWhenTheyLinkIt() throws Exception {
        java.util.function.Function<Path, SiteConfig> config = this::withLogo;
        writeFourBriefingsInTwoLanguages();
        new SiteGenerator().build(SiteTrees.recorded(config.apply(output())));
        int zhPages = (int) SiteTrees.read(output()).keySet().stream()
                .filter(path -> path.startsWith("zh/") && path.endsWith(".html")).count();

        Files.write(project.resolve("content/2023/photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThat(rebuiltWith(config).pages()).as("pages rendered after an image is added").isZero();
        Files.delete(project.resolve("content/2023/photo.png"));
        assertThat(rebuiltWith(config).pages()).as("pages rendered after it is removed").isZero();

        Files.write(project.resolve("content/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertThat(rebuiltWith(config).pages()).as("pages rendered after the logo is added").isGreaterThanOrEqualTo(zhPages);
        Files.delete(project.resolve("content/logo.png"));
        assertThat(rebuiltWith(config).pages()).as("pages rendered after the logo is removed").isGreaterThanOrEqualTo(zhPages);
        assertThat(Files.readString(output().resolve("zh/2023/02/02/b2/index.html"))).contains("src=\"../../../../logo.png\"");
    }

    /** A rebuild of {@code config}'s site with its record, then its tree compared with a cold build's. */
    private Rebuilt rebuiltWith(java.util.function.Function<Path, SiteConfig> config) throws Exception {
        java.util.Map<String, byte[]> before = SiteTrees.read(output());
        Rebuilt step = rebuilt(new SiteGenerator().build(SiteTrees.recorded(config.apply(output()))), before);
        Path cold = project.resolve("cold");
        new SiteGenerator().build(config.apply(cold));
        SiteTrees.assertSameTree(cold, output());
        org.sitegen.output.SiteWriter.deleteTree(cold);
        return step;
    }

    /**
     * A language taken away (its last briefing deleted, then another given back to it): the
     * build cache keeps no search terms of a part the site no longer has, and each step is a
     * cold build's tree.
     */
    @Test
    void twoLanguageSite_aLanguageTakenAway_leavesNoTermsOfItInTheCache() throws Exception {
        for (int i = 1; i <= 4; i++) {
            write("content/2023/b" + i + ".md", i % 2 == 0 ? briefing("简报 " + i, i, "zh", chinese(i))
                    : briefing("Briefing " + i, i, null, english(i)));
        }
        Path terms = project.resolve("target/site-gen/build-state.cache/terms");
        build("en");
        assertThat(terms.resolve("lang-zh")).isDirectory();

        Files.delete(project.resolve("content/2023/b2.md"));
        Files.delete(project.resolve("content/2023/b4.md"));
        buildStep("en");
        assertThat(output().resolve("zh")).doesNotExist();
        assertThat(terms.resolve("lang-zh")).as("the terms of the language gone").doesNotExist();
        assertThat(terms.resolve("0")).as("the root's terms stay").isRegularFile();

        write("content/2023/b4.md", briefing("简报 4", 4, "zh", chinese(4)));
        buildStep("en");
        assertThat(terms.resolve("lang-zh")).isDirectory();
    }

    /**
     * Where another language's pages link a file of the content (the logo, named in the
     * settings) depends on whether the content has it: its copy at the root, else the path in the
     * language's folder. Not part of any page's model: a logo file added must still render the
     * Chinese pages again, as a cold build would make them.
     */
    @Test
    void twoLanguageSite_aContentFileAdded_movesTheOtherLanguagesLinks() throws Exception {
        java.util.function.Function<Path, SiteConfig> config = this::withLogo;
        writeFourBriefingsInTwoLanguages();
        new SiteGenerator().build(SiteTrees.recorded(config.apply(output())));
        assertThat(Files.readString(output().resolve("zh/2023/02/02/b2/index.html"))).contains("src=\"../../../../logo.png\"");
        Files.write(project.resolve("content/logo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        new SiteGenerator().build(SiteTrees.recorded(config.apply(output())));
        Path cold = project.resolve("cold");
        new SiteGenerator().build(config.apply(cold));
        SiteTrees.assertSameTree(cold, output());
        assertThat(Files.readString(output().resolve("zh/2023/02/02/b2/index.html"))).contains("src=\"../../../../../logo.png\"");
    }

    /** The English-first settings with a logo, logo.png, named (whether the content has it or not). */
    private SiteConfig withLogo(Path output) {
        return config(output, "en").toBuilder().theme("", "", "logo.png", "", "", "", List.of()).build();
    }

    /** Four briefings, the even ones in Chinese. */
    private void writeFourBriefingsInTwoLanguages() throws IOException {
        for (int i = 1; i <= 4; i++) {
            write("content/2023/b" + i + ".md", i % 2 == 0 ? briefing("简报 " + i, i, "zh", chinese(i))
                    : briefing("Briefing " + i, i, null, english(i)));
        }
    }
}
