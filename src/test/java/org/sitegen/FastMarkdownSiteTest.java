package org.sitegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.config.SiteConfig;

/**
 * The golden sites built with the speed-only Markdown code switched off (plain Flexmark) are byte
 * for byte the sites built with it on: the fastMarkdown option changes nothing but speed.
 */
class FastMarkdownSiteTest {
    private static final Path BASIC = Path.of("src/test/resources/sites/basic");
    private static final Path TAXONOMIES = Path.of("src/test/resources/sites/taxonomies");

    @TempDir
    Path temp;

    @Test
    void basicFixture_sameSite_fastOrNot() throws Exception {
        assertSameSite(SiteTrees.fixtureConfig(BASIC, temp.resolve("out"), 2));
    }

    @Test
    void basicFixtureWithSiteUrl_sameSite_fastOrNot() throws Exception {
        assertSameSite(SiteTrees.withSiteUrl(SiteTrees.fixtureConfig(BASIC, temp.resolve("out"), 2),
                SiteTrees.FIXTURE_URL));
    }

    @Test
    void twoTaxonomies_sameSite_fastOrNot() throws Exception {
        assertSameSite(SiteTrees.withSiteUrl(SiteTrees.fixtureConfig(TAXONOMIES, temp.resolve("out"), 2),
                SiteTrees.FIXTURE_URL).toBuilder().taxonomies(java.util.List.of("countries", "tags")).build());
    }

    private void assertSameSite(SiteConfig config) throws Exception {
        Map<String, String> fast = build(config.toBuilder().outputDir(temp.resolve("fast")).fastMarkdown(true).build());
        Map<String, String> plain = build(config.toBuilder().outputDir(temp.resolve("plain")).fastMarkdown(false)
                .build());
        assertThat(fast).hasSizeGreaterThan(20);
        assertThat(plain.keySet()).containsExactlyElementsOf(fast.keySet());
        fast.forEach((path, text) -> assertThat(plain.get(path)).as(path).isEqualTo(text));
    }

    private static Map<String, String> build(SiteConfig config) throws Exception {
        new SiteGenerator().build(config);
        Map<String, String> texts = new java.util.TreeMap<>();
        SiteTrees.read(config.outputDir()).forEach((path, bytes) -> texts.put(path,
                new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
        return texts;
    }
}
