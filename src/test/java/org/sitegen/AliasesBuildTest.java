package org.sitegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitegen.BadInputCatalogueTest.utf8;
import static org.sitegen.BadInputCatalogueTest.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.config.AssetPolicy;
import org.sitegen.config.SiteConfig;
import org.sitegen.diag.BuildFailedException;
import org.sitegen.pipeline.BuildReport;

/** The machine-readable redirects file: only when the archive asks for it, claimed like every output. */
class AliasesBuildTest {
    @TempDir
    Path project;

    @BeforeEach
    void briefings() throws Exception {
        write(project, "content/2023/2023-01-01-a.md", utf8("---\ntitle: A\naliases: [/old/a.html, /b/Café/]\n---\nA.\n"));
        write(project, "content/pages/about.md", utf8("---\ntitle: About\naliases: /about us/\n---\nAbout.\n"));
    }

    @Test
    void netlify_writesOneSortedLinePerAlias_encoded() throws Exception {
        new SiteGenerator().build(BadInputCatalogueTest.config(project).toBuilder().redirectsFile("netlify").build());
        assertThat(Files.readString(project.resolve("site-output/_redirects"))).isEqualTo("""
                # Redirects from the aliases of the pages (aliases: in front matter),
                # written by site-gen because redirectsFile is netlify.
                /about%20us/ /about/ 301
                /b/Caf%C3%A9/ /2023/01/01/a/ 301
                /old/a.html /2023/01/01/a/ 301
                """);
        assertThat(project.resolve("site-output/b/Café/index.html")).exists();
    }

    @Test
    void byDefault_noRedirectsFile_onlyThePages() throws Exception {
        new SiteGenerator().build(BadInputCatalogueTest.config(project));
        assertThat(project.resolve("site-output/_redirects")).doesNotExist();
        assertThat(project.resolve("site-output/old/a.html")).exists();
    }

    @Test
    void contentRedirectsFile_collidesWithTheGeneratedOne() throws Exception {
        write(project, "content/_redirects", utf8("/x /y 301\n"));
        SiteConfig config = BadInputCatalogueTest.config(project).toBuilder().redirectsFile("netlify").build()
                .toBuilder().assets(AssetPolicy.of(List.of(), List.of("_redirects"))).build();
        assertThatThrownBy(() -> new SiteGenerator().build(config)).isInstanceOf(BuildFailedException.class)
                .satisfies(e -> assertThat(BadInputCatalogueTest.lines((BuildFailedException) e)).containsExactly(
                        "content/_redirects: error: output path /_redirects is also produced by the generated "
                                + "_redirects (redirectsFile); rename or move it"));
    }

    /**
     * 18F's Jekyll URL /2015/05/21/TockingTime/ (the file name's capitals) for a briefing site-gen
     * publishes at /2015/05/21/tockingtime/: the alias holds the page itself, byte for byte, so
     * where case is ignored the two are one file and nothing collides; no redirect, no
     * _redirects line, not in the sitemap; a preview rebuild keeps both.
     */
    @Test
    void anAliasDifferingOnlyInCase_holdsThePageItself() throws Exception {
        write(project, "content/2015/2015-05-21-TockingTime.md", utf8("---\ntitle: Tocking time\n"
                + "aliases: [/2015/05/21/TockingTime/, /2015/05/21/tocking-time.html]\n---\nTock.\n"));
        SiteConfig config = BadInputCatalogueTest.config(project).toBuilder().redirectsFile("netlify")
                .siteUrl("https://example.org").build();
        BuildReport report = new SiteGenerator().build(config);
        Path site = project.resolve("site-output");
        Path page = site.resolve("2015/05/21/tockingtime/index.html");
        assertThat(site.resolve("2015/05/21/TockingTime/index.html")).hasSameBinaryContentAs(page);
        assertThat(Files.readString(page)).contains("<link rel=\"canonical\" href=\"https://example.org/2015/05/21/tockingtime/\">");
        assertThat(Files.readString(site.resolve("2015/05/21/tocking-time.html"))).contains("http-equiv=\"refresh\"");
        assertThat(Files.readString(site.resolve("_redirects"))).contains("/2015/05/21/tocking-time.html /2015/05/21/tockingtime/ 301")
                .doesNotContain("TockingTime");
        assertThat(Files.readString(site.resolve("sitemap.xml"))).contains("/2015/05/21/tockingtime/")
                .doesNotContain("TockingTime");
        assertThat(report.warnings()).isEmpty(); // this file system keeps case
        assertThat(org.sitegen.output.OutputPaths.ignoresCase(site)).isFalse();

        SiteGenerator preview = new SiteGenerator();
        Path out = project.resolve("preview");
        preview.build(config.toBuilder().outputDir(out).incremental(org.sitegen.config.IncrementalMode.preview()).build());
        write(project, "content/2015/2015-05-21-TockingTime.md", utf8("---\ntitle: Tocking time\n"
                + "aliases: [/2015/05/21/TockingTime/]\n---\nTock, edited.\n"));
        preview.build(config.toBuilder().outputDir(out).incremental(org.sitegen.config.IncrementalMode.preview()).build());
        assertThat(Files.readString(out.resolve("2015/05/21/TockingTime/index.html"))).contains("Tock, edited.");
        assertThat(out.resolve("2015/05/21/tocking-time.html")).doesNotExist();
    }

    @Test
    void anAliasDifferingOnlyInCaseFromAnotherPage_isACollision() throws Exception {
        write(project, "content/2023/2023-01-02-b.md", utf8("---\ntitle: B\naliases: [/2023/01/01/A/]\n---\nB.\n"));
        assertThatThrownBy(() -> new SiteGenerator().build(BadInputCatalogueTest.config(project)))
                .isInstanceOf(BuildFailedException.class)
                .satisfies(e -> assertThat(BadInputCatalogueTest.lines((BuildFailedException) e))
                        .anyMatch(line -> line.startsWith("content/2023/2023-01-02-b.md:3:")));
    }
}
