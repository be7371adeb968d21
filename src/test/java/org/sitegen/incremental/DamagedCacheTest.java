package org.sitegen.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.SiteGenerator;
import org.sitegen.SiteTrees;
import org.sitegen.config.SiteConfig;

/**
 * Every file the build keeps under target/site-gen may be damaged between builds (a disk error, a
 * tool that rewrote it, a half-copied cache restored by CI): whatever kind of file it is and
 * however it is damaged, the next build must give exactly a cold build's site, and never fail.
 * The damages are not tailored to any file's format: random bytes of the same length, the first
 * half only, nothing, one byte flipped in the middle, one bit in every 97 bytes of the second
 * half flipped, the file
 * gone. Each kind of file (the
 * digits of its name ignored) gets every damage, on all its files at once: a kept body or term
 * that a page rendered again shows is then damaged whichever it is.
 *
 * <p>The control case (nothing damaged) must keep pages, so the restored state is one the build
 * trusts: the other cases prove that what they damaged is checked, not that a distrusted state
 * made the build start over.
 */
class DamagedCacheTest {
    @TempDir
    Path project;

    private enum Damage { NONE, GARBAGE, HALF, EMPTY, FLIPPED, SCATTERED, DELETED }

    private SiteConfig config(Path output) {
        return SiteConfig.builder(project).outputDir(output).siteTitle("Damaged")
                .zone(java.time.ZoneId.of("UTC")).pageSize(3).taxonomies(List.of("tags")).threads(2)
                .now(SiteTrees.FIXTURE_NOW).build();
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Past 128 briefings the search index has two segments, so both kinds of term files exist. */
    private void archive() throws IOException {
        for (int i = 0; i < 131; i++) {
            write("content/2022/s" + i + ".md", "---\ntitle: S" + i + "\ndate: 2022-0" + (1 + i % 3) + "-"
                    + String.format("%02d", 1 + i % 27) + "T" + String.format("%02d:%02d", i / 60, i % 60) + ":00Z\ntags: [t"
                    + i % 4 + "]\n---\nWords of briefing " + i + ", " + "alpha beta ".repeat(i % 5)
                    + (i % 9 == 0 ? "see [the first](s0.md)." : "gamma.") + "\n");
        }
    }

    /** The edit every case builds: one body rewritten, one briefing added. */
    private void edit() throws IOException {
        write("content/2022/s5.md", "---\ntitle: S5\ndate: 2022-03-06T00:05:00Z\ntags: [t1]\n---\nRewritten with zeta.\n");
        write("content/2022/added.md", "---\ntitle: Added\ndate: 2022-03-20T09:00:00Z\ntags: [t0]\n---\nA new one, see [S0](s0.md).\n");
    }

    /**
     * The tree {@code from} again at {@code to}, each file a hard link: the same file to the build's
     * stamps (identity and time), which a copy is not. A build never writes a file in place (it
     * writes beside and renames), so the links in {@code from} keep the first build's bytes.
     * Folders get their original's time once filled, deepest first (the site's digest has them).
     */
    private static void linkTree(Path from, Path to) throws IOException {
        List<Path> folders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                    folders.add(file);
                } else {
                    Files.createLink(target, file);
                }
            }
        }
        for (int i = folders.size() - 1; i >= 0; i--) {
            Path folder = folders.get(i);
            Files.setLastModifiedTime(to.resolve(from.relativize(folder).toString()), Files.getLastModifiedTime(folder));
        }
    }

    /** Damages a new file put in the place of {@code file}: the hard-linked original is left whole. */
    private static void damage(Path file, Damage damage, Random random) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (damage != Damage.NONE) {
            Files.delete(file);
        }
        switch (damage) {
            case NONE -> { }
            case GARBAGE -> {
                random.nextBytes(bytes);
                Files.write(file, bytes);
            }
            case HALF -> Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
            case EMPTY -> Files.write(file, new byte[0]);
            case FLIPPED -> {
                if (bytes.length > 0) {
                    bytes[bytes.length / 2] ^= 0x5a;
                }
                Files.write(file, bytes);
            }
            case SCATTERED -> {
                for (int i = bytes.length / 2; i < bytes.length; i += 97) {
                    bytes[i] ^= 0x01;
                }
                Files.write(file, bytes);
            }
            case DELETED -> { }
        }
    }

    /** The kept files by kind: a name with its digits replaced by '#'; each kind's files in order. */
    private static Map<String, List<String>> keptFilesByKind(Path state) throws IOException {
        Map<String, List<String>> kinds = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(state)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = state.relativize(file).toString().replace('\\', '/');
                kinds.computeIfAbsent(name.replaceAll("[0-9]+", "#"), k -> new ArrayList<>()).add(name);
            }
        }
        return kinds;
    }

    @Test
    void anyKeptFile_damagedAnyWay_givesAColdBuildsSite() throws Exception {
        archive();
        Path output = project.resolve("site-output");
        Path state = project.resolve("target/site-gen");
        new SiteGenerator().build(SiteTrees.recorded(config(output)));
        Path good = Files.createDirectories(project.resolve("good"));
        linkTree(output, good.resolve("site-output"));
        linkTree(state, good.resolve("site-gen"));

        edit();
        Path cold = project.resolve("cold");
        new SiteGenerator().build(config(cold));
        Map<String, byte[]> coldTree = SiteTrees.read(cold);

        Map<String, List<String>> kinds = keptFilesByKind(state);
        assertThat(kinds.keySet()).as("kinds of kept file").hasSizeGreaterThanOrEqualTo(6);
        Random random = new Random(20);
        List<String> cases = new ArrayList<>();
        for (Map.Entry<String, List<String>> kind : kinds.entrySet()) {
            for (Damage damage : Damage.values()) {
                if (damage == Damage.NONE && !cases.isEmpty()) {
                    continue;
                }
                org.sitegen.output.SiteWriter.deleteTree(output);
                org.sitegen.output.SiteWriter.deleteTree(state);
                linkTree(good.resolve("site-output"), output);
                linkTree(good.resolve("site-gen"), state);
                for (String name : kind.getValue()) {
                    damage(state.resolve(name), damage, random);
                }

                String what = kind.getKey() + " " + damage;
                var report = new SiteGenerator().build(SiteTrees.recorded(config(output)));
                if (damage == Damage.NONE) {
                    assertThat(report.changes().pagesKept()).as("the control keeps pages").isPositive();
                }
                Map<String, byte[]> built = SiteTrees.read(output);
                assertThat(built.keySet()).as(what).containsExactlyElementsOf(coldTree.keySet());
                coldTree.forEach((path, bytes) -> assertThat(new String(built.get(path), StandardCharsets.UTF_8))
                        .as(what + ": " + path).isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
                cases.add(what);
            }
        }
        assertThat(cases).hasSize(1 + kinds.size() * (Damage.values().length - 1));
    }
}
