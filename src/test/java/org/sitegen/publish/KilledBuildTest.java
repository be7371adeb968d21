package org.sitegen.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection for atomic publish: a build of a large archive is killed (SIGKILL) at
 * several moments; each time the previous site must still be there, complete and unchanged,
 * and the next build must clean up whatever the killed one left behind.
 */
class KilledBuildTest {
    private static final int BRIEFINGS = 1000;
    private static final long[] KILL_AFTER_MILLIS = {150, 500, 900, 1400, 2000, 2800, 3800};

    @TempDir
    Path project;

    @Test
    void build_killedAtManyMoments_previousSiteSurvivesIntactAndLeftoversAreCleaned() throws Exception {
        writeArchive("First");
        assertThat(runBuild(-1)).isZero();
        Map<String, String> previous = hashes(project.resolve("site-output"));
        assertThat(previous).containsKey("index.html").hasSizeGreaterThan(BRIEFINGS);

        writeArchive("Second"); // every page changes, so a half-published site would show
        List<Map<String, String>> seen = new ArrayList<>();
        int killed = 0;
        for (long delay : KILL_AFTER_MILLIS) {
            if (runBuild(delay) != 0) {
                killed++;
            }
            Path output = project.resolve("site-output");
            // Killed between the two renames of the swap, the last good site waits beside it.
            seen.add(hashes(Files.exists(output) ? output : project.resolve(".site-output.previous")));
        }
        assertThat(killed).as("builds actually killed mid-way").isGreaterThanOrEqualTo(3);

        assertThat(runBuild(-1)).isZero();
        Map<String, String> next = hashes(project.resolve("site-output"));
        assertThat(Files.readString(project.resolve("site-output/index.html"))).contains("Second briefing");
        for (Map<String, String> site : seen) {
            // whole old site or whole new site, never a mixture or a partial tree
            assertThat(site.equals(previous) || site.equals(next)).as("a published site is complete").isTrue();
        }
        try (Stream<Path> siblings = Files.list(project)) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("content", "site-output");
        }
    }

    /** Runs a forked build; kills it after {@code killAfterMillis} (if still running); returns its exit code. */
    private int runBuild(long killAfterMillis) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ForkedBuild.class.getName(), project.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (killAfterMillis < 0) {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("build finished").isTrue();
            return process.exitValue();
        }
        if (!process.waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
            process.waitFor();
            return -1;
        }
        return process.exitValue();
    }

    private void writeArchive(String edition) throws IOException {
        for (int i = 0; i < BRIEFINGS; i++) {
            Path file = project.resolve(String.format("content/%d/%d-%02d-%02d-briefing-%d.md",
                    2020 + i % 4, 2020 + i % 4, 1 + i % 12, 1 + i % 28, i));
            Files.createDirectories(file.getParent());
            Files.writeString(file, "---\ntitle: " + edition + " briefing " + i + "\ntags: [t" + i % 40 + ", t"
                    + i % 7 + "]\n---\n" + (edition + " paragraph with some words. ").repeat(60) + "\n",
                    StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> hashes(Path root) throws Exception {
        Map<String, String> hashes = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                hashes.put(root.relativize(file).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file))));
            }
        }
        return hashes;
    }
}
