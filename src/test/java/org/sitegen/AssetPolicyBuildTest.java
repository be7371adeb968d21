package org.sitegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.config.AssetPolicy;
import org.sitegen.config.SiteConfig;
import org.sitegen.diag.BuildFailedException;

/**
 * The asset policy's opt-ins (issue #18, items 2 and 3): what an archive names is published, and
 * a published file still may not take a generated page's path.
 */
class AssetPolicyBuildTest {
    @TempDir
    Path project;

    private SiteConfig config(AssetPolicy policy) {
        return BadInputCatalogueTest.config(project).toBuilder().assets(policy).build();
    }

    @Test
    void namedTypesAndHostFiles_arePublished() throws Exception {
        BadInputCatalogueTest.write(project, "content/2023/2023-01-01-valid.md", BadInputCatalogueTest.utf8(BadInputCatalogueTest.VALID));
        BadInputCatalogueTest.write(project, "content/2023/chart.SVG", BadInputCatalogueTest.utf8("<svg/>"));
        BadInputCatalogueTest.write(project, "content/CNAME", BadInputCatalogueTest.utf8("briefings.example.org\n"));
        BadInputCatalogueTest.write(project, "content/.well-known/security.txt", BadInputCatalogueTest.utf8("Contact: x\n"));
        BadInputCatalogueTest.write(project, "content/.git-notes/secret.png", new byte[] {1});
        new SiteGenerator().build(config(AssetPolicy.of(List.of(" .svg "), List.of("/CNAME", ".well-known/security.txt"))));
        Path site = project.resolve("site-output");
        assertThat(site.resolve("2023/chart.SVG")).hasContent("<svg/>");
        assertThat(site.resolve("CNAME")).hasContent("briefings.example.org");
        assertThat(site.resolve(".well-known/security.txt")).exists();
        assertThat(site.resolve(".git-notes")).as("other hidden folders stay unpublished").doesNotExist();
    }

    @Test
    void anOptedInPage_cannotReplaceAGeneratedOne() throws Exception {
        BadInputCatalogueTest.write(project, "content/2023/2023-01-01-valid.md", BadInputCatalogueTest.utf8(BadInputCatalogueTest.VALID));
        BadInputCatalogueTest.write(project, "content/index.html", BadInputCatalogueTest.utf8("<h1>defaced</h1>"));
        BadInputCatalogueTest.write(project, "content/2023/01/01/valid/index.html", BadInputCatalogueTest.utf8("x"));
        BadInputCatalogueTest.write(project, "content/404.HTML", BadInputCatalogueTest.utf8("x"));
        assertThatThrownBy(() -> new SiteGenerator().build(config(new AssetPolicy(Set.of("html"), Set.of()))))
                .isInstanceOfSatisfying(BuildFailedException.class, e -> assertThat(BadInputCatalogueTest.lines(e))
                        .containsExactly(
                                "content/2023/01/01/valid/index.html: error: output path /2023/01/01/valid/index.html is "
                                        + "also produced by content/2023/2023-01-01-valid.md; rename or move it",
                                "content/2023/2023-01-01-valid.md:3:7: error: output path /2023/01/01/valid/index.html "
                                        + "is also produced by content/2023/01/01/valid/index.html; set a different 'slug'",
                                "content/404.HTML: error: output path /404.HTML is also produced by the generated "
                                        + "notfound page /404.html; rename or move it",
                                "content/index.html: error: output path /index.html is also produced by the generated "
                                        + "home page /; rename or move it"));
        assertThat(project.resolve("site-output")).doesNotExist();
        assertThat(Files.exists(project.resolve("content/index.html"))).isTrue();
    }
}
