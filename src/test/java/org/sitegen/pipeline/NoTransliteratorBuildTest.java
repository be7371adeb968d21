package org.sitegen.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.publish.ForkedBuild;

/**
 * An archive whose titles, tags and file names are English with dashes, curly quotes and
 * accented names is built, cold and then again after a new briefing, without ICU's
 * transliterator ever being loaded (SlugTable spells them); one Cyrillic tag loads it.
 * Each build runs in a JVM of its own that logs every class it loads, so no other test's use of
 * ICU can hide a load.
 */
class NoTransliteratorBuildTest {
    private static final String TRANSLITERATOR = "com.ibm.icu.text.Transliterator ";

    @Test
    void englishArchiveWithDashesAndAccents_buildsWithoutTheTransliterator(@TempDir Path dir) throws Exception {
        writeBriefing(dir, "2024-03-01-cote-divoire.md", "Côte d’Ivoire – the “new” résumé…", "[économie, Zürich, Łódź]");
        writeBriefing(dir, "2024-03-02-café-société.md", "Straße, smørrebrød & Æsir — 1½ years", "[Café, naïve]");
        writeBriefing(dir, "2024-03-03-plain.md", "Plain title", "[plain]");
        String cold = build(dir);
        assertThat(cold).contains("BUILD-OK").doesNotContain(TRANSLITERATOR);

        writeBriefing(dir, "2024-03-04-señor.md", "Señor Müller’s ‘quiet’ week — Ørsted", "[Ørsted, señor]");
        String rebuild = build(dir);
        assertThat(rebuild).contains("BUILD-OK").doesNotContain(TRANSLITERATOR);
        assertThat(Files.exists(dir.resolve("site-output/tags/orsted/index.html"))).isTrue();
    }

    @Test
    void aCyrillicTag_loadsIt(@TempDir Path dir) throws Exception {
        writeBriefing(dir, "2024-03-01-kyiv.md", "Kyiv – a week", "[Київ]");
        assertThat(build(dir)).contains("BUILD-OK").contains(TRANSLITERATOR);
    }

    private static void writeBriefing(Path dir, String name, String title, String tags) throws IOException {
        Path file = dir.resolve("content/2024").resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "---\ntitle: \"" + title + "\"\ndate: " + name.substring(0, 10) + "\ntags: " + tags
                + "\n---\nA paragraph – with a dash, “quotes” and café.\n", StandardCharsets.UTF_8);
    }

    /** The build's output, with every class its JVM loaded; BUILD-OK at the end when it exited with 0. */
    private static String build(Path dir) throws Exception {
        Path log = dir.resolveSibling(dir.getFileName() + ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load=info", "-cp", System.getProperty("java.class.path"), ForkedBuild.class.getName(),
                dir.toString(), dir.resolve("target/site-gen/build-state").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("build finished").isTrue();
        String out = Files.readString(log);
        Files.delete(log);
        return out + (process.exitValue() == 0 ? "\nBUILD-OK\n" : "\nexit " + process.exitValue() + "\n");
    }
}
