package org.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeTest {
    /**
     * The built-in theme is read from the plugin jar on several threads of one build (template
     * names, assets): one thread's reading must not fail another's. Found by the red team as an
     * occasional ClosedFileSystemException when the theme was read through a zip file system that
     * one thread closed under the others; it is now listed and read with ZipFile, per call.
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
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<Long>> walks = new java.util.ArrayList<>();
            for (int i = 0; i < 400; i++) {
                walks.add(threads.submit(() -> {
                    long bytes = 0;
                    for (Theme.BuiltInFile file : Theme.inJar(jar, "theme/")) {
                        bytes += file.bytes().length;
                    }
                    return bytes;
                }));
            }
            long all = 0;
            for (int i = 0; i < 40; i++) {
                all += ("template " + i).length();
            }
            for (java.util.concurrent.Future<Long> walk : walks) {
                assertThat(walk.get()).isEqualTo(all);
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

    /** The built-in theme as the plugin jar holds it: its files below the folder, not its folders or neighbours. */
    @Test
    void builtInFilesInAJar_areListedAndReadFromIt(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("plugin.jar");
        try (java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            for (String name : new String[] {"org/sitegen/theme/", "org/sitegen/theme/assets/", "org/sitegen/Other.class",
                    "org/sitegen/theme/layout.ftlh", "org/sitegen/theme/assets/style.css", "org/sitegen/themes/x.ftlh",
                    "org/sitegen/theme/embeds/note.ftlh"}) {
                out.putNextEntry(new java.util.zip.ZipEntry(name));
                if (!name.endsWith("/")) {
                    out.write(("bytes of " + name).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        List<Theme.BuiltInFile> files = Theme.inJar(jar, "org/sitegen/theme/");
        assertThat(files).extracting(Theme.BuiltInFile::name)
                .containsExactly("assets/style.css", "embeds/note.ftlh", "layout.ftlh");
        assertThat(new String(files.get(0).bytes(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("bytes of org/sitegen/theme/assets/style.css");
        assertThat(files.get(0).size()).isEqualTo("bytes of org/sitegen/theme/assets/style.css".length());
        assertThat(files.get(0).below("assets/").name()).isEqualTo("style.css");
    }

    /** A logo's path in the theme, as a file system resolves it. */
    @Test
    void inTheme_undoesDotsAndRefusesToLeave() {
        assertThat(Theme.inTheme("assets/logo.svg")).isEqualTo("assets/logo.svg");
        assertThat(Theme.inTheme("assets/x/../logo.svg")).isEqualTo("assets/logo.svg");
        assertThat(Theme.inTheme("assets/./logo.svg")).isEqualTo("assets/logo.svg");
        assertThat(Theme.inTheme("assets/../layout.ftlh")).isEqualTo("layout.ftlh");
        assertThat(Theme.inTheme("assets/../../x")).isNull();
    }

    /** Assets come from the built-in theme (here its classes folder), hidden files left out. */
    @Test
    void assets_builtInOnes() throws Exception {
        java.util.Map<String, byte[]> assets = Theme.assets((Path) null);
        assertThat(assets).containsKeys("style.css", "search.js", "custom.css");
        assertThat(assets.keySet()).noneMatch(name -> name.startsWith("."));
        assertThat(assets.get("style.css")).isNotEmpty();
    }
}
