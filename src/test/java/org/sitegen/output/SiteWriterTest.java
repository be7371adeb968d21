package org.sitegen.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
    @TempDir
    Path dir;

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Every file below {@code root} (relative path, '/' separators) with its bytes as text. */
    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readString(p));
            }
        }
        return files;
    }

    private static Map<String, String> siblings(Path dir) throws IOException {
        Map<String, String> names = new TreeMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.forEach(p -> names.put(p.getFileName().toString(), ""));
        }
        return names;
    }

    private Path publish(Path site, Map<String, String> files) throws Exception {
        SiteWriter writer = SiteWriter.open(site);
        for (Map.Entry<String, String> file : files.entrySet()) {
            writer.write(file.getKey(), utf8(file.getValue()));
        }
        writer.commit();
        return site;
    }

    @Test
    void commit_missingOutput_createsSiteWithMarker() throws Exception {
        Path site = publish(dir.resolve("site"), Map.of("index.html", "home", "2023/02/19/x/index.html", "x"));
        assertThat(tree(site)).containsExactly(
                Map.entry(".site-gen-output", "Built by site-gen; this folder is replaced by every build.\n"),
                Map.entry("2023/02/19/x/index.html", "x"),
                Map.entry("index.html", "home"));
        assertThat(siblings(dir)).containsOnlyKeys("site");
    }

    /** Folders are made once each, parents first, whichever thread gets to a new one first. */
    @Test
    void write_pagesInNewNestedFolders_fromSeveralThreadsAtOnce() throws Exception {
        Path site = dir.resolve("site");
        SiteWriter writer = SiteWriter.open(site);
        Map<String, String> pages = new TreeMap<>();
        for (int i = 0; i < 400; i++) {
            pages.put(String.format("%d/%02d/%02d/p%d/index.html", 2020 + i % 3, i % 12 + 1, i % 28 + 1, i), "p" + i);
        }
        try (var parallel = new org.sitegen.exec.Parallel(4)) {
            parallel.map(new java.util.ArrayList<>(pages.entrySet()), page -> {
                try {
                    writer.write(page.getKey(), utf8(page.getValue()));
                    return page;
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        writer.commit();
        Map<String, String> written = tree(site);
        written.remove(".site-gen-output");
        assertThat(written).isEqualTo(pages);
    }

    /** Previews write into the published folder, whose folders a previous build made. */
    @Test
    void inPlace_intoFoldersThatExist_andNewOnes() throws Exception {
        Path site = publish(dir.resolve("site"), Map.of("2023/02/19/x/index.html", "x"));
        SiteWriter writer = SiteWriter.inPlace(site, null);
        writer.write("2023/02/19/x/index.html", utf8("x2"));
        writer.write("2023/02/20/y/index.html", utf8("y"));
        writer.write("2023/02/19/x/map.png", utf8("png"));
        writer.commit();
        assertThat(tree(site)).containsEntry("2023/02/19/x/index.html", "x2")
                .containsEntry("2023/02/20/y/index.html", "y").containsEntry("2023/02/19/x/map.png", "png");
    }

    @Test
    void commit_previousOutput_isReplacedEntirely() throws Exception {
        Path site = publish(dir.resolve("site"), Map.of("index.html", "old", "old/page/index.html", "gone soon"));
        publish(site, Map.of("index.html", "new", "tags/index.html", "tags"));
        assertThat(tree(site)).containsOnlyKeys(".site-gen-output", "index.html", "tags/index.html");
        assertThat(tree(site)).containsEntry("index.html", "new");
        assertThat(site.resolve("old")).doesNotExist();
        assertThat(siblings(dir)).containsOnlyKeys("site");
    }

    /**
     * Folders without files in the published site (made by hand, or left by a tool) are gone
     * after a patching commit, as a cold build has none; one the new site fills stays. Found by
     * the red team: only folders a deleted file left empty were removed, so these stayed for good.
     */
    @Test
    void commit_patching_removesFoldersWithoutFiles() throws Exception {
        Path site = publish(dir.resolve("site"), Map.of("index.html", "home", "a/index.html", "a"));
        Files.createDirectories(site.resolve("empty/deeper/still"));
        Files.createDirectories(site.resolve("a/empty"));
        Files.createDirectories(site.resolve("filled"));
        publish(site, Map.of("index.html", "home", "a/index.html", "a", "filled/index.html", "now a page"));
        try (Stream<Path> walk = Files.walk(site)) {
            assertThat(walk.filter(Files::isDirectory).map(p -> site.relativize(p).toString()).sorted().toList())
                    .containsExactly("", "a", "filled");
        }
        assertThat(tree(site)).containsOnlyKeys(".site-gen-output", "index.html", "a/index.html", "filled/index.html");
    }

    @Test
    void abort_leavesOldOutputByteIdentical() throws Exception {
        Path site = publish(dir.resolve("site"), Map.of("index.html", "old home", "a/b.css", "body{}"));
        byte[] before = Files.readAllBytes(site.resolve("index.html"));
        Map<String, String> treeBefore = tree(site);

        SiteWriter writer = SiteWriter.open(site);
        writer.write("index.html", utf8("half-built"));
        writer.write("new/index.html", utf8("new"));
        writer.abort();

        assertThat(tree(site)).isEqualTo(treeBefore);
        assertThat(Files.readAllBytes(site.resolve("index.html"))).isEqualTo(before);
        assertThat(siblings(dir)).containsOnlyKeys("site");
    }

    /** Every file below {@code root} with its last-modified time and inode-independent identity (mtime). */
    private static Map<String, java.nio.file.attribute.FileTime> mtimes(Path root) throws IOException {
        Map<String, java.nio.file.attribute.FileTime> times = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            // Files only: folders are new after the swap, but rsync uploads files, judged by size and mtime.
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                times.put(root.relativize(p).toString(), Files.getLastModifiedTime(p));
            }
        }
        return times;
    }

    private static void age(Path root) throws IOException {
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                Files.setLastModifiedTime(p, old);
            }
        }
    }

    @Test
    void commit_sameContentAgain_rewritesNoFileAndNoFolder() throws Exception {
        Map<String, String> files = Map.of("index.html", "home", "2023/02/19/x/index.html", "x", "a.css", "body{}");
        Path site = publish(dir.resolve("site"), files);
        age(site); // so that any rewrite within the same clock tick still shows
        Map<String, java.nio.file.attribute.FileTime> before = mtimes(site);

        publish(site, files);

        assertThat(mtimes(site)).isEqualTo(before);
        assertThat(siblings(dir)).containsOnlyKeys("site");
    }

    @Test
    void commit_oneChangedPage_onlyThatFileIsRewritten() throws Exception {
        Path site = publish(dir.resolve("site"), Map.of("index.html", "home", "x/index.html", "x"));
        age(site);
        Map<String, java.nio.file.attribute.FileTime> before = mtimes(site);

        publish(site, Map.of("index.html", "home", "x/index.html", "x, corrected", "y/index.html", "new"));

        Map<String, java.nio.file.attribute.FileTime> after = mtimes(site);
        assertThat(after.get("index.html")).isEqualTo(before.get("index.html"));
        assertThat(after.get("x/index.html")).isNotEqualTo(before.get("x/index.html"));
        assertThat(tree(site)).containsOnlyKeys(".site-gen-output", "index.html", "x/index.html", "y/index.html")
                .containsEntry("x/index.html", "x, corrected");
    }

    /**
     * A patch stages its new and changed files flat: a patch of every briefing's page made as
     * many folders in staging as the site has (and deleted them again), the disk's slowest work.
     */
    @Test
    void write_patching_stagesChangedFilesWithoutMakingFolders() throws Exception {
        Path site = publish(dir.resolve("site"), Map.of("index.html", "home", "2023/02/19/x/index.html", "x"));
        SiteWriter writer = SiteWriter.open(site);
        writer.write("index.html", utf8("home"));
        writer.write("2023/02/19/x/index.html", utf8("x, corrected"));
        writer.write("2024/01/02/y/index.html", utf8("new"));
        Path staging = dir.resolve(".site.staging");
        try (Stream<Path> inStaging = Files.walk(staging)) {
            assertThat(inStaging.filter(Files::isDirectory).toList()).containsExactly(staging);
        }
        writer.commit();
        assertThat(tree(site)).containsOnlyKeys(".site-gen-output", "index.html", "2023/02/19/x/index.html",
                "2024/01/02/y/index.html").containsEntry("2023/02/19/x/index.html", "x, corrected")
                .containsEntry("2024/01/02/y/index.html", "new");
        assertThat(siblings(dir)).containsOnlyKeys("site");
    }

    /** A new site with a file where it also has a folder is refused, as a site staged whole refuses it, and nothing moves. */
    @Test
    void commit_patching_aFileWhereTheNewSiteHasAFolder_isRefused_andTheSiteStays() throws Exception {
        Path site = publish(dir.resolve("site"), Map.of("index.html", "home", "a/index.html", "a"));
        Map<String, String> before = tree(site);
        SiteWriter writer = SiteWriter.open(site);
        writer.write("index.html", utf8("home, changed"));
        writer.write("b", utf8("file b"));
        writer.write("b/index.html", utf8("in folder b"));
        assertThatThrownBy(writer::commit).isInstanceOf(java.nio.file.FileAlreadyExistsException.class)
                .hasMessageContaining("both a file and a folder");
        writer.abort();
        assertThat(tree(site)).isEqualTo(before);
        assertThat(siblings(dir)).containsOnlyKeys("site");
    }

    @Test
    void commit_fileBecomesFolderAndFolderBecomesFile() throws Exception {
        Path site = publish(dir.resolve("site"), Map.of("a", "file a", "b/index.html", "in folder b"));
        publish(site, Map.of("a/index.html", "in folder a", "b", "file b"));
        assertThat(tree(site)).containsOnlyKeys(".site-gen-output", "a/index.html", "b")
                .containsEntry("a/index.html", "in folder a").containsEntry("b", "file b");
    }

    @Test
    void abort_afterIncrementalChanges_leavesOldSiteUntouched() throws Exception {
        Path site = publish(dir.resolve("site"), Map.of("index.html", "home", "x/index.html", "x"));
        age(site);
        Map<String, String> treeBefore = tree(site);
        Map<String, java.nio.file.attribute.FileTime> before = mtimes(site);

        SiteWriter writer = SiteWriter.open(site);
        writer.write("index.html", utf8("home"));
        writer.write("x/index.html", utf8("half-built"));
        writer.write("z/index.html", utf8("new"));
        writer.abort();

        assertThat(tree(site)).isEqualTo(treeBefore);
        assertThat(mtimes(site)).isEqualTo(before);
        assertThat(siblings(dir)).containsOnlyKeys("site");
    }

    @Test
    void open_stagingLeftByAKilledBuild_isDiscardedAndTheSiteStaysAsItWas() throws Exception {
        Path site = publish(dir.resolve("site"), Map.of("index.html", "old", "gone/index.html", "stale"));
        Path staging = Files.createDirectories(dir.resolve(".site.staging"));
        Files.writeString(staging.resolve("index.html"), "half-built", StandardCharsets.UTF_8);

        SiteWriter writer = SiteWriter.open(site);
        assertThat(tree(site)).containsEntry("index.html", "old").containsEntry("gone/index.html", "stale");
        writer.abort();
        assertThat(siblings(dir)).containsOnlyKeys("site");
    }

    @Test
    void commit_unchangedFile_isTheSameFileNotACopy() throws Exception {
        Path site = publish(dir.resolve("site"), Map.of("index.html", "same", "other/index.html", "old"));
        Object inode = Files.readAttributes(site.resolve("index.html"), BasicFileAttributes.class).fileKey();

        SiteWriter writer = SiteWriter.open(site);
        writer.write("index.html", utf8("same"));
        writer.write("other/index.html", utf8("new"));
        writer.commit();

        assertThat(Files.readAttributes(site.resolve("index.html"), BasicFileAttributes.class).fileKey())
                .isEqualTo(inode);
        assertThat(tree(site)).containsEntry("other/index.html", "new");
    }

    @Test
    void open_writesGoToStagingUntilCommit() throws Exception {
        Path site = publish(dir.resolve("site"), Map.of("index.html", "old"));
        SiteWriter writer = SiteWriter.open(site);
        writer.write("index.html", utf8("new"));
        assertThat(Files.readString(site.resolve("index.html"))).isEqualTo("old");
        writer.commit();
        assertThat(Files.readString(site.resolve("index.html"))).isEqualTo("new");
    }

    @Test
    void open_nonEmptyFolderWithoutMarker_refusedAndUntouched() throws Exception {
        Path site = dir.resolve("docs");
        Files.createDirectories(site.resolve("sub"));
        Files.writeString(site.resolve("thesis.tex"), "precious");
        Files.writeString(site.resolve("sub/notes.txt"), "also precious");

        assertThatThrownBy(() -> SiteWriter.open(site))
                .isInstanceOf(SiteWriter.UnsafeOutputException.class)
                .hasMessageContaining("refusing to replace")
                .hasMessageContaining(".site-gen-output");
        assertThat(tree(site)).containsExactly(Map.entry("sub/notes.txt", "also precious"),
                Map.entry("thesis.tex", "precious"));
        assertThat(siblings(dir)).containsOnlyKeys("docs");
    }

    @Test
    void open_outputIsAFile_refused() throws Exception {
        Path site = dir.resolve("site");
        Files.writeString(site, "not a folder");
        assertThatThrownBy(() -> SiteWriter.open(site)).isInstanceOf(SiteWriter.UnsafeOutputException.class)
                .hasMessageContaining("is not a folder");
        assertThat(Files.readString(site)).isEqualTo("not a folder");
    }

    @Test
    void open_emptyFolder_accepted() throws Exception {
        Path site = dir.resolve("site");
        Files.createDirectories(site);
        publish(site, Map.of("index.html", "home"));
        assertThat(tree(site)).containsOnlyKeys(".site-gen-output", "index.html");
    }

    @Test
    void open_outputMissingButPreviousExists_recoversPreviousSite() throws Exception {
        Path previous = dir.resolve(".site.previous");
        Files.createDirectories(previous);
        Files.writeString(previous.resolve(SiteWriter.MARKER), "marker");
        Files.writeString(previous.resolve("index.html"), "last good");
        Path site = dir.resolve("site");

        SiteWriter writer = SiteWriter.open(site);
        assertThat(tree(site)).containsExactly(Map.entry(".site-gen-output", "marker"), Map.entry("index.html", "last good"));
        assertThat(previous).doesNotExist();

        writer.abort();
        assertThat(tree(site)).containsEntry("index.html", "last good");
        assertThat(siblings(dir)).containsOnlyKeys("site");
    }

    @Test
    void open_leftoverStagingAndPrevious_areCleanedUp() throws Exception {
        Path site = publish(dir.resolve("site"), Map.of("index.html", "current"));
        Files.createDirectories(dir.resolve(".site.staging/junk"));
        Files.writeString(dir.resolve(".site.staging/junk/x.html"), "junk");
        Files.createDirectories(dir.resolve(".site.previous"));
        Files.writeString(dir.resolve(".site.previous/index.html"), "stale");

        SiteWriter writer = SiteWriter.open(site);
        writer.write("index.html", utf8("next"));
        writer.commit();
        assertThat(tree(site)).containsOnlyKeys(".site-gen-output", "index.html");
        assertThat(tree(site)).containsEntry("index.html", "next");
        assertThat(siblings(dir)).containsOnlyKeys("site");
    }

    @Test
    void write_pathClimbingOut_refused() throws Exception {
        Path site = dir.resolve("out/site");
        SiteWriter writer = SiteWriter.open(site);
        for (String bad : new String[] {"../x", "a/../../x", "../../x.html", "", ".",
                dir.resolve("abs.html").toAbsolutePath().toString()}) {
            assertThatThrownBy(() -> writer.write(bad, utf8("evil")))
                    .as("write(%s)", bad)
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("refusing to write outside the output folder");
        }
        assertThat(dir.resolve("out/x")).doesNotExist();
        assertThat(dir.resolve("x")).doesNotExist();
        assertThat(dir.resolve("x.html")).doesNotExist();
        assertThat(dir.resolve("abs.html")).doesNotExist();
        writer.abort();
    }

    @Test
    void write_dotSegmentsStayingInside_allowed() throws Exception {
        Path site = dir.resolve("site");
        SiteWriter writer = SiteWriter.open(site);
        writer.write("a/../b/./c.html", utf8("c"));
        writer.commit();
        assertThat(tree(site)).containsEntry("b/c.html", "c");
    }

    /** What the build state records of the published site: all of it and nothing else, whatever wrote it. */
    @Test
    void entries_areEveryFolderAndFileOfTheCommittedSite() throws Exception {
        Path site = publish(dir.resolve("site"), Map.of("index.html", "home", "a/b/c.html", "c"));
        Path source = dir.resolve("map.png");
        Files.write(source, new byte[] {1, 2, 3});
        SiteWriter writer = SiteWriter.open(site);
        writer.write("index.html", utf8("home")); // unchanged: linked from the published site
        writer.write("2023/02/19/x/index.html", utf8("x"));
        writer.copy("2023/map.png", source);
        assertThat(writer.keep("a/b/c.html")).isTrue();
        writer.commit();

        java.util.List<String> onDisk;
        try (Stream<Path> walk = Files.walk(site)) {
            onDisk = walk.map(p -> p.equals(site) ? "./"
                    : site.relativize(p).toString().replace('\\', '/') + (Files.isDirectory(p) ? "/" : "")).toList();
        }
        assertThat(writer.entries()).containsExactlyInAnyOrderElementsOf(onDisk).contains("./", "2023/02/19/x/",
                "2023/map.png", "a/b/c.html", ".site-gen-output");
        assertThatThrownBy(() -> SiteWriter.inPlace(site, null).entries()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void copy_file_isCopiedIntoSiteAndRefusedOutside() throws Exception {
        Path source = dir.resolve("map.png");
        Files.write(source, new byte[] {1, 2, 3});
        Path site = dir.resolve("site");
        SiteWriter writer = SiteWriter.open(site);
        writer.copy("2023/map.png", source);
        assertThatThrownBy(() -> writer.copy("../map2.png", source)).isInstanceOf(IOException.class);
        writer.commit();
        assertThat(Files.readAllBytes(site.resolve("2023/map.png"))).containsExactly(1, 2, 3);
        assertThat(dir.resolve("map2.png")).doesNotExist();
    }

    /** The shortcut past Path's normalising: only paths that are their own normal form below the site. */
    @Test
    void plain_onlyPathsThatAreTheirOwnNormalFormInside() {
        assertThat(SiteWriter.plain("index.html")).isTrue();
        assertThat(SiteWriter.plain("2023/02/19/x-y_z~1%20+/index.html")).isTrue();
        assertThat(SiteWriter.plain("assets/style.css")).isTrue();
        for (String odd : new String[] {"", "/index.html", "a//b.html", "a/", "./a.html", "a/./b.html", "../a.html",
                "a/../b.html", "a/..", "a/.", "a/b./c.html", "a\\b.html", "a b.html", "caf\u00e9/index.html", "a:b",
                "a/b?c"}) {
            assertThat(SiteWriter.plain(odd)).as(odd).isFalse();
        }
    }

    /** Odd paths still go through Path: normalised, or refused when they leave the site. */
    @Test
    void write_oddPaths_normalisedOrRefused() throws Exception {
        Path site = dir.resolve("site");
        SiteWriter writer = SiteWriter.open(site);
        writer.write("a/./b/../c.html", utf8("c"));
        writer.write("plain/d.html", utf8("d"));
        assertThatThrownBy(() -> writer.write("../outside.html", utf8("x"))).isInstanceOf(IOException.class);
        writer.commit();
        assertThat(tree(site)).containsKeys("a/c.html", "plain/d.html").doesNotContainKey("a/./b/../c.html");
        assertThat(Files.exists(dir.resolve("outside.html"))).isFalse();
    }
}
