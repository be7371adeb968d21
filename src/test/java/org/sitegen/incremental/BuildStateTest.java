package org.sitegen.incremental;

import org.sitegen.SiteConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What a build records of its settings (the site's own check: {@link PublishedSiteTest}). */
class BuildStateTest {
    @Test
    void settings_everyComponentButThreadsAndNow() {
        SiteConfig config = SiteConfig.defaults(Path.of("archive"));
        String settings = BuildState.settings(config);
        assertThat(settings).contains("siteTitle=Briefings\n", "taxonomies=[tags]\n", "zone=UTC\n",
                "outputDir=" + Path.of("archive", "site-output") + "\n").doesNotContain("threads", "now=");
        assertThat(settings.lines()).hasSize(SiteConfig.class.getRecordComponents().length - 2);
        assertThat(BuildState.settings(config.withThreads(7))).isEqualTo(settings);
        SiteConfig later = new SiteConfig(config.projectDir(), config.contentDir(), config.templatesDir(),
                config.outputDir(), config.siteTitle(), config.siteDescription(), config.siteUrl(), config.language(),
                config.zone(), config.pageSize(), config.taxonomies(), config.prettyLinks(), config.drafts(),
                config.threads(), config.rawHtml(), config.future(), java.time.Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(BuildState.settings(later)).isEqualTo(settings);
        assertThat(BuildState.settings(config.withDrafts(true))).isNotEqualTo(settings);
        assertThat(BuildState.settings(config.withSiteUrl("https://example.org"))).isNotEqualTo(settings);
    }
}
