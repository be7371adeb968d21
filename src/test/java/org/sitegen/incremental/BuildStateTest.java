package org.sitegen.incremental;

import org.sitegen.config.SiteConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.sitegen.config.SiteConfig;

/** What a build records of its settings (the site's own check: {@link PublishedSiteTest}). */
class BuildStateTest {
    @Test
    void settings_everyComponentButThreadsAndNow() {
        SiteConfig config = SiteConfig.defaults(Path.of("archive"));
        String settings = BuildState.settings(config);
        assertThat(settings).contains("siteTitle=Briefings\n", "taxonomies=[tags]\n", "zone=UTC\n",
                "outputDir=" + Path.of("archive", "site-output") + "\n").doesNotContain("threads", "now=");
        // every component of the site settings and the build options but threads, now and incremental
        assertThat(settings.lines()).hasSize(org.sitegen.config.SiteSettings.class.getRecordComponents().length
                + org.sitegen.config.BuildOptions.class.getRecordComponents().length - 3);
        assertThat(BuildState.settings(config.toBuilder().threads(7).build())).isEqualTo(settings);
        assertThat(BuildState.settings(config.toBuilder().incremental(org.sitegen.config.IncrementalMode.recorded(
                Path.of("state"))).build())).isEqualTo(settings);
        SiteConfig later = config.toBuilder().now(java.time.Instant.parse("2030-01-01T00:00:00Z")).build();
        assertThat(BuildState.settings(later)).isEqualTo(settings);
        assertThat(BuildState.settings(config.toBuilder().drafts(true).build())).isNotEqualTo(settings);
        assertThat(BuildState.settings(config.toBuilder().siteUrl("https://example.org").build())).isNotEqualTo(settings);
    }

    /** The engine's jar, fingerprinted a part at a time, is fingerprinted as all its bytes at once. */
    @Test
    void fingerprintOfAFile_isTheFingerprintOfItsBytes(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        java.util.Random random = new java.util.Random(20);
        for (int size : new int[] {0, 1, 65_535, 65_536, 65_537, 300_001}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            Path file = dir.resolve("f" + size);
            java.nio.file.Files.write(file, bytes);
            assertThat(BuildState.fingerprintOf(file)).as("size " + size).isEqualTo(BuildState.fingerprint(bytes));
        }
    }
}
