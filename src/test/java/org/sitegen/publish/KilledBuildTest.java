package org.sitegen.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection for publishing: builds after the first patch the published site file by file
 * (see SiteWriter), so a build killed (SIGKILL) at any moment may leave a mix of old and new
 * files, but every file must be whole: the previous site's file or the new one's, byte for byte,
 * never a partial one or a leftover of neither. And the next build must bring the tree back to
 * exactly what a cold build of the same content makes, with nothing left beside it.
 */
class KilledBuildTest {
    private static final int BRIEFINGS = 300;
    private static final int KILLS = 10;

    @TempDir
    Path project;
    @TempDir
    Path coldProject;

    @Test
    void rebuild_killedAtManyMoments_everyFileWholeAndTheNextBuildRepairsTheTree() throws Exception {
        writeArchive(project, "First", 0);
        assertThat(runBuild(project, -1)).isZero();
        Map<String, String> first = hashes(project.resolve("site-output"));
        List<String> firstFolders = folders(project.resolve("site-output"));
        assertThat(first).containsKey("index.html").hasSizeGreaterThan(BRIEFINGS);

        // The other edition: every page changes, 20 briefings go and 20 come, so a rebuild writes,
        // replaces and deletes files. Its cold build is the tree the published site must become.
        writeArchive(coldProject, "Second", 20);
        long started = System.nanoTime();
        assertThat(runBuild(coldProject, -1)).isZero();
        long coldMillis = (System.nanoTime() - started) / 1_000_000;
        Map<String, String> second = hashes(coldProject.resolve("site-output"));
        edition(project, true);

        // Kill points spread over the build, most of them late, where files are moved into the site.
        // A build that finished in time published its edition; the next one then goes back to the other.
        Random random = new Random(20);
        boolean isSecond = true;
        int killed = 0;
        for (int i = 0; i < KILLS; i++) {
            long delay = (long) (coldMillis * (0.3 + 0.8 * random.nextDouble()));
            if (runBuild(project, delay) != 0) {
                killed++;
            } else {
                isSecond = !isSecond;
                edition(project, isSecond);
            }
            Map<String, String> seen = hashes(project.resolve("site-output"));
            seen.forEach((path, hash) -> assertThat(hash.equals(first.get(path)) || hash.equals(second.get(path)))
                    .as("%s after a kill at %d ms is one edition's file, whole", path, delay).isTrue());
        }
        assertThat(killed).as("builds actually killed mid-way").isGreaterThanOrEqualTo(3);

        assertThat(runBuild(project, -1)).isZero();
        assertThat(hashes(project.resolve("site-output"))).isEqualTo(isSecond ? second : first);
        assertThat(folders(project.resolve("site-output")))
                .isEqualTo(isSecond ? folders(coldProject.resolve("site-output")) : firstFolders);
        try (Stream<Path> siblings = Files.list(project)) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("content", "site-output", ".site-output.lock", "target");
        }
    }

    /** Replaces the project's content by the first or the second edition. */
    private static void edition(Path dir, boolean second) throws IOException {
        try (Stream<Path> files = Files.walk(dir.resolve("content"))) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Files.delete(file);
            }
        }
        writeArchive(dir, second ? "Second" : "First", second ? 20 : 0);
    }

    /** The folders under {@code root}, as paths relative to it. */
    private static List<String> folders(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isDirectory).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    /** Runs a forked build; kills it after {@code killAfterMillis} (if still running); returns its exit code. */
    private static int runBuild(Path dir, long killAfterMillis) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ForkedBuild.class.getName(), dir.toString(),
                dir.resolve("target/site-gen/build-state").toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (killAfterMillis < 0) {
            assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("build finished").isTrue();
            return process.exitValue();
        }
        if (!process.waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
            process.waitFor();
            return -1;
        }
        return process.exitValue();
    }

    /** Briefings {@code shift} to {@code shift + BRIEFINGS - 1}, each with the edition's words. */
    private static void writeArchive(Path dir, String edition, int shift) throws IOException {
        for (int i = shift; i < shift + BRIEFINGS; i++) {
            Path file = dir.resolve(String.format("content/%d/%d-%02d-%02d-briefing-%d.md",
                    2020 + i % 4, 2020 + i % 4, 1 + i % 12, 1 + i % 28, i));
            Files.createDirectories(file.getParent());
            Files.writeString(file, "---\ntitle: " + edition + " briefing " + i + "\ntags: [t" + i % 40 + ", t"
                    + i % 7 + "]\n---\n" + (edition + " paragraph with some words. ").repeat(60) + "\n",
                    StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> hashes(Path root) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        if (!Files.exists(root)) {
            return hashes;
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                hashes.put(root.relativize(file).toString().replace('\\', '/'),
                        HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file))));
            }
        }
        return hashes;
    }
}
