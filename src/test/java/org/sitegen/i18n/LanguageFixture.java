package org.sitegen.i18n;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import org.sitegen.pipeline.BuildReport;
import org.sitegen.config.SiteConfig;
import org.sitegen.SiteGenerator;
import org.sitegen.config.RawHtml;

/**
 * The archive of src/test/resources/languages/LANG (three briefings written in that language,
 * site.properties with its title and description) copied into a project and built: two briefings
 * a page, tags, and the people, story, sources and years the briefings carry.
 */
public final class LanguageFixture {
    public static final Path FIXTURES = Path.of("src/test/resources/languages");

    private LanguageFixture() {
    }

    /** Builds the fixture of {@code language} in {@code project} (site in project/site-output); siteUrl may be "". */
    public static BuildReport build(String language, Path project, String siteUrl) throws Exception {
        Path fixture = FIXTURES.resolve(language);
        org.sitegen.SiteTrees.copy(fixture.resolve("content"), project.resolve("content"));
        Properties site = new Properties();
        site.load(new StringReader(Files.readString(fixture.resolve("site.properties"), StandardCharsets.UTF_8)));
        SiteConfig config = SiteConfig.builder(project).siteTitle(site.getProperty("title"))
                .siteDescription(site.getProperty("description")).siteUrl(siteUrl).language(language)
                .zone(ZoneId.of("UTC")).pageSize(2).taxonomies(List.of("tags")).prettyLinks(false).drafts(false)
                .threads(2).rawHtml(RawHtml.SANITIZE).future(false).now(Instant.parse("2030-01-01T00:00:00Z")).build();
        return new SiteGenerator().build(config);
    }
}
