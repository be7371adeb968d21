package org.sitegen.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.SiteGenerator;
import org.sitegen.SiteTrees;
import org.sitegen.config.SiteConfig;
import org.sitegen.diag.BuildFailedException;

class OutputLockTest {
    private static final Path SITE = Path.of("src/test/resources/sites/basic");

    @TempDir
    Path temp;

    @Test
    void aSecondBuild_whileAnotherProcessHoldsTheLock_isRefusedAndChangesNothing_thenBuilds() throws Exception {
        Path project = temp.resolve("project");
        SiteTrees.copy(SITE, project);
        Path output = project.resolve("site-output");
        SiteConfig config = SiteTrees.recorded(SiteTrees.fixtureConfig(project, output, 2));
        new SiteGenerator().build(config);
        Files.writeString(project.resolve("content/2024-lock-test.md"),
                "---\ntitle: Written while another build runs\ndate: 2024-05-01T10:00:00Z\n---\n\nA body.\n");
        Map<String, byte[]> before = SiteTrees.read(output);
        Map<String, byte[]> stateBefore = SiteTrees.read(project.resolve("target"));
        // another build, in a JVM of its own, holding the lock as a running build does
        Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), HoldLock.class.getName(), output.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            assertThat(said.readLine()).isEqualTo("locked");

            assertThatThrownBy(() -> new SiteGenerator().build(config))
                    .isInstanceOfSatisfying(BuildFailedException.class, e -> assertThat(e.diagnostics())
                            .extracting(Object::toString).containsExactly("site-output: error: another site-gen build "
                                    + "is writing this folder now (it holds .site-output.lock); nothing was changed: "
                                    + "build again when it has finished"));
            Map<String, byte[]> after = SiteTrees.read(output);
            assertThat(after.keySet()).isEqualTo(before.keySet());
            after.forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(before.get(path)));
            Map<String, byte[]> stateAfter = SiteTrees.read(project.resolve("target"));
            assertThat(stateAfter.keySet()).isEqualTo(stateBefore.keySet());
            stateAfter.forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(stateBefore.get(path)));
            assertThat(project.resolve(".site-output.staging")).doesNotExist();
        } finally {
            other.getOutputStream().close(); // the holder lets go when its input ends
            other.waitFor();
        }

        new SiteGenerator().build(config); // the lock is free again: the new briefing is published
        Path cold = temp.resolve("cold");
        new SiteGenerator().build(SiteTrees.fixtureConfig(project, cold, 2));
        SiteTrees.assertSameTree(cold, output);
        assertThat(before).doesNotContainKey("2024/05/01/index.html");
        assertThat(SiteTrees.read(output).keySet()).as("the new briefing's day page").contains("2024/05/01/index.html");
    }

    @Test
    void inOneProcess_theLockIsHeldOnce_andFreeAgainWhenClosed() throws Exception {
        Path output = temp.resolve("out");
        try (OutputLock first = OutputLock.tryTake(output)) {
            assertThat(first).isNotNull();
            assertThat(OutputLock.tryTake(output)).isNull();
            assertThat(OutputLock.tryTake(temp.resolve("elsewhere"))).isNotNull().satisfies(OutputLock::close);
        }
        try (OutputLock again = OutputLock.tryTake(output)) {
            assertThat(again).isNotNull();
        }
        assertThat(OutputLock.fileOf(output)).isEqualTo(temp.toAbsolutePath().resolve(".out.lock"));
    }

    /** Holds the lock of the output folder named by its argument until its standard input ends. */
    public static final class HoldLock {
        public static void main(String[] args) throws Exception {
            try (OutputLock lock = OutputLock.tryTake(Path.of(args[0]))) {
                System.out.println(lock == null ? "busy" : "locked");
                System.out.flush();
                while (System.in.read() >= 0) {
                    // wait for the test to close our input
                }
            }
        }
    }
}
