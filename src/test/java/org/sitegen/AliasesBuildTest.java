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
}
