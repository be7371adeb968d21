package org.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeTest {
    @Test
    void templateNamesAreTheBuiltInThemesAndTheArchivesOwn(@TempDir Path templates) throws Exception {
        Files.writeString(templates.resolve("briefing.ftlh"), "overrides the built-in one");
        Files.createDirectories(templates.resolve("extra"));
        Files.writeString(templates.resolve("extra/box.ftlh"), "an archive's own");
        Files.writeString(templates.resolve(".draft.ftlh"), "hidden");
        Files.createDirectories(templates.resolve("assets"));
        Files.writeString(templates.resolve("assets/site.css"), "not a template");

        assertThat(Theme.templateNames(templates))
                .contains("briefing.ftlh", "layout.ftlh", "partials.ftlh", "extra/box.ftlh")
                .doesNotContain(".draft.ftlh", "assets/site.css", "assets/style.css")
                .doesNotHaveDuplicates()
                .isSorted();
    }

    @Test
    void withoutATemplatesFolderTheBuiltInOnes() throws Exception {
        assertThat(Theme.templateNames(null)).contains("briefing.ftlh", "home.ftlh", "layout.ftlh")
                .allMatch(name -> name.endsWith(".ftlh"));
    }
}
