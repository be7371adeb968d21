package org.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeTest {
    /**
     * The built-in theme is read from the plugin jar on several threads of one build (template
     * names, assets): one thread's close of the jar's file system must not fail another's walk.
     * Found by the red team as an occasional ClosedFileSystemException in a build.
     */
    @Test
    void folderInAJar_readOnManyThreadsAtOnce(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("theme.jar");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            for (int i = 0; i < 40; i++) {
                zip.putNextEntry(new java.util.zip.ZipEntry("theme/t" + i + ".ftlh"));
                zip.write(("template " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        java.net.URI folder = java.net.URI.create("jar:" + jar.toUri() + "!/theme");
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<Long>> walks = new java.util.ArrayList<>();
            for (int i = 0; i < 400; i++) {
                walks.add(threads.submit(() -> {
                    long[] files = new long[1];
                    Theme.withFolder(folder, path -> {
                        try (var walk = Files.walk(path)) {
                            files[0] = walk.filter(Files::isRegularFile).count();
                        }
                    });
                    return files[0];
                }));
            }
            for (java.util.concurrent.Future<Long> walk : walks) {
                assertThat(walk.get()).isEqualTo(40L);
            }
        } finally {
            threads.shutdownNow();
        }
    }

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
