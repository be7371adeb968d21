package org.sitegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.sitegen.config.SiteConfig;

/** Reads a whole output tree into memory for comparisons: relative path → bytes. */
public final class SiteTrees {
    private SiteTrees() {
    }

    /** Copies the tree {@code from} (folders and files) to {@code to}, which must not hold any of it yet. */
    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    public static Map<String, byte[]> read(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(file -> {
                try {
                    files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return files;
    }

    /** Asserts that the tree {@code actual} holds exactly the files of {@code expected}, each with the same text. */
    public static void assertSameTree(Path expected, Path actual) throws IOException {
        Map<String, byte[]> want = read(expected);
        Map<String, byte[]> got = read(actual);
        org.assertj.core.api.Assertions.assertThat(got.keySet()).containsExactlyElementsOf(want.keySet());
        want.forEach((path, bytes) -> org.assertj.core.api.Assertions.assertThat(
                new String(got.get(path), java.nio.charset.StandardCharsets.UTF_8)).as(path)
                .isEqualTo(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * Builds {@code config} incrementally with {@code everyday} (its state under target/site-gen/)
     * and cold into {@code cold}, and asserts both give the same warnings and the same files, each
     * with the same text; {@code after} names the edits so far in a failure.
     */
    public static void assertRebuildEqualsCold(SiteGenerator everyday, SiteConfig config, Path cold, Object after)
            throws IOException, org.sitegen.diag.BuildFailedException {
        java.util.List<org.sitegen.diag.Diagnostic> warnings = everyday.build(recorded(config)).warnings();
        java.util.List<org.sitegen.diag.Diagnostic> coldWarnings = new SiteGenerator().build(
                config.toBuilder().outputDir(cold).build()).warnings();
        Map<String, byte[]> expected = read(cold);
        Map<String, byte[]> actual = read(config.outputDir());
        org.assertj.core.api.Assertions.assertThat(warnings).as("warnings after %s", after)
                .containsExactlyElementsOf(coldWarnings);
        org.assertj.core.api.Assertions.assertThat(actual.keySet()).as("files after %s", after)
                .containsExactlyElementsOf(expected.keySet());
        expected.forEach((path, bytes) -> org.assertj.core.api.Assertions.assertThat(
                new String(actual.get(path), java.nio.charset.StandardCharsets.UTF_8)).as("%s after %s", path, after)
                .isEqualTo(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** {@code config} as the everyday {@code site-gen:build} runs it: its state recorded under the project's target/site-gen/. */
    public static SiteConfig recorded(SiteConfig config) {
        return config.toBuilder().incremental(org.sitegen.config.IncrementalMode.recorded(
                config.projectDir().resolve("target/site-gen/build-state"))).build();
    }

    /** The fixtures' "now": after every fixture briefing, so none is scheduled and output never ages. */
    public static final java.time.Instant FIXTURE_NOW = java.time.Instant.parse("2030-01-01T00:00:00Z");

    /** The site URL of the fixture builds that have one. */
    static final String FIXTURE_URL = "https://briefings.example.org";

    /** {@code config} with a site URL (feeds, sitemap, canonical links and JSON-LD on). */
    static SiteConfig withSiteUrl(SiteConfig c, String siteUrl) {
        return c.toBuilder().siteUrl(siteUrl).build();
    }

    /** A fixed configuration for the fixture archives, so expected output never depends on defaults. */
    public static SiteConfig fixtureConfig(Path site, Path output, int threads) {
        return SiteConfig.builder(site).outputDir(output).siteTitle("Fixture Briefings")
                .siteDescription("A fixture archive for site-gen's tests.").zone(java.time.ZoneId.of("UTC"))
                .pageSize(4).taxonomies(java.util.List.of("tags")).threads(threads).now(FIXTURE_NOW).build();
    }
}
