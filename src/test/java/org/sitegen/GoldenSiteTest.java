package org.sitegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.config.SiteConfig;
import org.sitegen.pipeline.BuildReport;

/**
 * Builds the fixture archive in src/test/resources/sites/basic and compares the whole output
 * tree, file by file, with sites/basic/expected. After an intended change, regenerate with
 * {@code mvn test -Dtest=GoldenSiteTest -Dgolden.update=true} and review the diff.
 */
class GoldenSiteTest {
    private static final Path SITE = Path.of("src/test/resources/sites/basic");
    private static final Path EXPECTED = SITE.resolve("expected");
    /** The same archive with a siteUrl: feeds, sitemap, canonical links, JSON-LD. */
    private static final Path EXPECTED_WITH_URL = SITE.resolve("expected-with-url");
    private static final String MERGE_WARNING = "content/2023/2023-02-19-zurich-talks.md:4:28: warning: "
            + "'united-states' in 'tags' is merged with 'United States' (both are /tags/united-states/)";

    @TempDir
    Path temp;

    @Test
    void build_basicFixture_matchesExpectedTreeFileByFile() throws Exception {
        Path output = temp.resolve("site-output");
        BuildReport report = new SiteGenerator().build(SiteTrees.fixtureConfig(SITE, output, 2));

        assertTree(output, EXPECTED);
        assertThat(report.warnings()).extracting(Object::toString).containsExactly(MERGE_WARNING,
                "pom.xml: warning: siteUrl is not set, so the site has no Atom feeds and no sitemap.xml (they need "
                        + "absolute URLs); set <siteUrl> or -Dsite-gen.siteUrl=https://…");
    }

    @Test
    void build_basicFixtureWithSiteUrl_matchesExpectedTreeFileByFile() throws Exception {
        Path output = temp.resolve("site-output");
        BuildReport report = new SiteGenerator().build(
                SiteTrees.withSiteUrl(SiteTrees.fixtureConfig(SITE, output, 2), SiteTrees.FIXTURE_URL));

        assertTree(output, EXPECTED_WITH_URL);
        assertThat(report.warnings()).extracting(Object::toString).containsExactly(MERGE_WARNING);
    }

    /** Two taxonomies, neither special: each shows under its own name on pages, cards and feeds. */
    @Test
    void build_twoTaxonomies_eachUnderItsOwnName() throws Exception {
        Path site = Path.of("src/test/resources/sites/taxonomies");
        Path output = temp.resolve("site-output");
        SiteConfig base = SiteTrees.withSiteUrl(SiteTrees.fixtureConfig(site, output, 2), SiteTrees.FIXTURE_URL);
        SiteConfig config = base.toBuilder().taxonomies(java.util.List.of("countries", "tags")).build();
        BuildReport report = new SiteGenerator().build(config);

        assertTree(output, site.resolve("expected"));
        assertThat(report.warnings()).isEmpty();
    }

    /**
     * English, French and Arabic in one archive (sites/multilingual/README.md): each language's pages
     * in its folder, English at the root, the translations linked both ways (switcher, hreflang,
     * sitemap alternates), untranslated pages linking the other languages' homes.
     */
    @Test
    void build_multilingualFixture_matchesExpectedTreeFileByFile() throws Exception {
        Path site = Path.of("src/test/resources/sites/multilingual");
        Path output = temp.resolve("site-output");
        SiteConfig config = SiteTrees.withSiteUrl(SiteTrees.fixtureConfig(site, output, 2), SiteTrees.FIXTURE_URL)
                .toBuilder().taxonomies(java.util.List.of("tags")).build();
        BuildReport report = new SiteGenerator().build(config);

        assertTree(output, site.resolve("expected"));
        assertThat(report.warnings()).isEmpty();
    }

    private static void assertTree(Path output, Path expectedDir) throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            replaceExpected(output, expectedDir);
        }
        Map<String, byte[]> actual = SiteTrees.read(output);
        Map<String, byte[]> expected = SiteTrees.read(expectedDir);
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        for (String path : expected.keySet()) {
            assertThat(new String(actual.get(path), StandardCharsets.UTF_8))
                    .as("content of %s", path)
                    .isEqualTo(new String(expected.get(path), StandardCharsets.UTF_8));
        }
    }

    private static void replaceExpected(Path output, Path expectedDir) throws IOException {
        if (Files.exists(expectedDir)) {
            org.sitegen.output.SiteWriter.deleteTree(expectedDir);
        }
        Files.createDirectories(expectedDir);
        for (Map.Entry<String, byte[]> file : SiteTrees.read(output).entrySet()) {
            Path target = expectedDir.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }
}
