package org.sitegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitegen.BadInputCatalogueTest.utf8;
import static org.sitegen.BadInputCatalogueTest.write;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.diag.BuildFailedException;

/** Embed templates are the theme's, overridden file by file, escaped and reported like page templates. */
class EmbedTemplatesBuildTest {
    @TempDir
    Path project;

    @BeforeEach
    void briefing() throws Exception {
        write(project, "content/2023/2023-01-01-a.md", utf8("---\ntitle: A\n---\nText.\n\n"
                + "::: note title=\"<script>alert(1)</script>\"\nInside.\n:::\n"));
    }

    private String page() throws Exception {
        return Files.readString(project.resolve("site-output/2023/01/01/a/index.html"));
    }

    @Test
    void builtInTemplate_escapesAttributes() throws Exception {
        new SiteGenerator().build(BadInputCatalogueTest.config(project));
        assertThat(page()).contains("<p class=\"embed-note__title\">&lt;script&gt;alert(1)&lt;/script&gt;</p>")
                .doesNotContain("<script>alert");
    }

    @Test
    void archiveTemplate_overridesTheBuiltInOne() throws Exception {
        write(project, "templates/embeds/note.ftlh", utf8("<div class=\"my-note\">${embed.attributes.title}"
                + "${embed.content?no_esc}</div>\n"));
        new SiteGenerator().build(BadInputCatalogueTest.config(project));
        assertThat(page()).contains("<div class=\"my-note\">&lt;script&gt;alert(1)&lt;/script&gt;<p>Inside.</p></div>")
                .doesNotContain("embed-note__title");
    }

    @Test
    void brokenTemplate_isReportedAtItsLine_namingTheEmbed() throws Exception {
        write(project, "templates/embeds/note.ftlh", utf8("<div>\n${embed.nothing}</div>\n"));
        assertThatThrownBy(() -> new SiteGenerator().build(BadInputCatalogueTest.config(project)))
                .isInstanceOf(BuildFailedException.class)
                .satisfies(e -> assertThat(BadInputCatalogueTest.lines((BuildFailedException) e)).containsExactly(
                        "templates/embeds/note.ftlh:2:3: error: The following has evaluated to null or missing: "
                                + "embed.nothing (rendering the note embed at content/2023/2023-01-01-a.md:6:5)"));
    }
}
