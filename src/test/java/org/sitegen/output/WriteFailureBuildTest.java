package org.sitegen.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.SiteGenerator;
import org.sitegen.SiteTrees;
import org.sitegen.config.SiteConfig;
import org.sitegen.diag.BuildFailedException;

/**
 * A build that cannot write its output folder or its cache says so in compiler form (where, which
 * file, why, what it left, what to do) and leaves the published site and the recorded state as
 * they were. The tests run as root on the project's machines, and root ignores permission bits,
 * so they use what root cannot bypass: an immutable folder ({@code chattr +i}; skipped where the
 * file system or the user cannot set it), a file where a folder must go, and a full disk (a small
 * tmpfs, where the user may mount one; skipped elsewhere).
 */
class WriteFailureBuildTest {
    private static final Path SITE = Path.of("src/test/resources/sites/basic");
    private static final String NEW_BRIEFING = "---\ntitle: Written while the site is read-only\n"
            + "date: 2024-05-01T10:00:00Z\ntags: [harbour]\n---\n\nA body.\n";

    @TempDir
    Path temp;

    /** The fixture site published into {@code output}, then a new briefing written beside it: what the failing build would publish. */
    private static SiteConfig publishedWithANewBriefingWaiting(Path project, Path output) throws Exception {
        SiteConfig config = SiteTrees.recorded(SiteTrees.fixtureConfig(project, output, 2));
        new SiteGenerator().build(config);
        Files.writeString(project.resolve("content/2024-read-only.md"), NEW_BRIEFING);
        return config;
    }

    /** The next build, the folder writable again, repairs the site: exactly a cold build's tree. */
    private void assertNextBuildEqualsCold(Path project, Path output, SiteConfig config) throws Exception {
        new SiteGenerator().build(config);
        Path cold = temp.resolve("cold");
        new SiteGenerator().build(SiteTrees.fixtureConfig(project, cold, 2));
        SiteTrees.assertSameTree(cold, output);
    }

    @Test
    void anImmutableOutputFolder_isAnErrorInCompilerForm_andNothingChanges_thenTheNextBuildPublishes() throws Exception {
        Path project = project();
        Path output = project.resolve("site-output");
        SiteConfig config = publishedWithANewBriefingWaiting(project, output);
        Map<String, byte[]> before = SiteTrees.read(output);
        Map<String, byte[]> stateBefore = recordedState(project);

        immutable(output, true);
        try {
            assertThatThrownBy(() -> new SiteGenerator().build(config))
                    .isInstanceOfSatisfying(BuildFailedException.class, e -> {
                        assertThat(e.outputUnchanged()).isTrue();
                        assertThat(e.diagnostics()).extracting(Object::toString).containsExactly(
                                "site-output: error: cannot write the site (site-output): the folder cannot be written "
                                        + "(no write permission, it is immutable, or its disk is read-only); nothing was "
                                        + "changed: make site-output and its folders writable (chmod u+w; chattr -i "
                                        + "where a folder is immutable; a read-write mount), or choose another "
                                        + "outputDirectory, then build again");
                    });
        } finally {
            immutable(output, false);
        }
        assertSame(before, SiteTrees.read(output));
        assertSame(stateBefore, recordedState(project));
        assertThat(project.resolve(".site-output.staging")).doesNotExist();

        assertNextBuildEqualsCold(project, output, config);
        assertThat(SiteTrees.read(output)).containsKey("2024/05/01/index.html");
    }

    /**
     * The commit moved new files in first and stopped at the first file of a folder it could not
     * write: the new briefing's pages were published, its tag's page not. Now the folders are
     * checked before anything moves.
     */
    @Test
    void anImmutableFolderInsideTheSite_stopsTheBuildBeforeAnyFileMovesIn() throws Exception {
        Path project = project();
        Path output = project.resolve("site-output");
        SiteConfig config = publishedWithANewBriefingWaiting(project, output);
        Map<String, byte[]> before = SiteTrees.read(output);
        Path tags = output.resolve("tags");
        assertThat(tags).isDirectory();

        immutable(tags, true);
        try {
            assertThatThrownBy(() -> new SiteGenerator().build(config))
                    .isInstanceOfSatisfying(BuildFailedException.class, e -> assertThat(e.diagnostics())
                            .extracting(Object::toString).singleElement().asString()
                            .startsWith("site-output: error: cannot write the site (site-output/tags")
                            .contains("; nothing was changed: "));
        } finally {
            immutable(tags, false);
        }
        assertSame(before, SiteTrees.read(output));

        assertNextBuildEqualsCold(project, output, config);
    }

    @Test
    void anImmutableBuildCache_isAnErrorAtTheCache_andNothingChanges() throws Exception {
        Path project = project();
        Path output = project.resolve("site-output");
        SiteConfig config = publishedWithANewBriefingWaiting(project, output);
        Map<String, byte[]> before = SiteTrees.read(output);
        Path cache = project.resolve("target/site-gen");

        immutable(cache, true);
        try {
            assertThatThrownBy(() -> new SiteGenerator().build(config))
                    .isInstanceOfSatisfying(BuildFailedException.class, e -> assertThat(e.diagnostics())
                            .extracting(Object::toString).containsExactly("target/site-gen: error: cannot write the "
                                    + "build cache (target/site-gen/build-state): operation not permitted; nothing was "
                                    + "changed: make target/site-gen and its folders writable (chmod u+w; chattr -i "
                                    + "where a folder is immutable; a read-write mount), or delete the build cache "
                                    + "(mvn clean), then build again"));
        } finally {
            immutable(cache, false);
        }
        assertSame(before, SiteTrees.read(output));
        new SiteGenerator().build(config);
        assertThat(SiteTrees.read(output)).containsKey("2024/05/01/index.html");
    }

    /** Root cannot make a folder inside a file: the output folder's parent is one. */
    @Test
    void anOutputFolderWhoseParentIsAFile_isAnErrorNamingTheParent() throws Exception {
        Path project = project();
        Path output = project.resolve("pom.xml/site");
        Files.writeString(project.resolve("pom.xml"), "<project/>\n");
        SiteConfig config = SiteTrees.recorded(SiteTrees.fixtureConfig(project, output, 2));
        assertThatThrownBy(() -> new SiteGenerator().build(config))
                .isInstanceOfSatisfying(BuildFailedException.class, e -> assertThat(e.diagnostics())
                        .extracting(Object::toString).singleElement().asString()
                        .startsWith("pom.xml: error: cannot make the site's folder pom.xml/site here: ")
                        .contains("; nothing was changed: "));
        assertThat(project.resolve("pom.xml")).hasContent("<project/>");
    }

    /** A full disk: the output folder on a tmpfs too small for the site. */
    @Test
    void aFullDisk_isAnErrorInCompilerForm_andLeavesNoStagingFolder() throws Exception {
        Path project = project();
        Path disk = Files.createDirectory(temp.resolve("disk"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", disk.toString()),
                "a tmpfs can be mounted here");
        try {
            Path output = disk.resolve("site");
            SiteConfig config = SiteTrees.recorded(SiteTrees.fixtureConfig(project, output, 2));
            assertThatThrownBy(() -> new SiteGenerator().build(config))
                    .isInstanceOfSatisfying(BuildFailedException.class, e -> assertThat(e.diagnostics())
                            .extracting(Object::toString).singleElement().asString()
                            .matches("\\Q" + config.displayPath(output) + ": error: "
                                    + "cannot write the site (\\E[^)]+\\): no space left on device; nothing was "
                                    + "changed: free space on its disk.*"));
            try (var left = Files.list(disk)) {
                assertThat(left.map(p -> p.getFileName().toString())).containsOnly(".site.lock");
            }
        } finally {
            run("umount", disk.toString());
        }
    }

    /**
     * The state that says what the published site is (the last build's record and page
     * fingerprints); the cache's keyed shards (bodies, documents, terms) may gain this build's
     * entries before it publishes, as each is right for what it was made from.
     */
    private static Map<String, byte[]> recordedState(Path project) throws IOException {
        Map<String, byte[]> state = new java.util.TreeMap<>(SiteTrees.read(project.resolve("target/site-gen")));
        state.keySet().removeIf(path -> path.startsWith("build-state.cache/") && !path.equals("build-state.cache/pages"));
        assertThat(state).containsKeys("build-state", "build-state.cache/pages");
        return state;
    }

    private Path project() throws IOException {
        Path project = temp.resolve("project");
        SiteTrees.copy(SITE, project);
        return project;
    }

    /** Sets or clears the immutable attribute; the test is skipped where it cannot be set. */
    private static void immutable(Path folder, boolean on) throws Exception {
        boolean done = run("chattr", on ? "+i" : "-i", folder.toString());
        if (on) {
            Assumptions.assumeTrue(done, "chattr +i works here");
            Assumptions.assumeFalse(Files.isWritable(folder), "an immutable folder is not writable here");
        }
    }

    private static boolean run(String... command) throws InterruptedException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor() == 0;
        } catch (IOException notInstalled) {
            return false;
        }
    }

    private static void assertSame(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertThat(after.keySet()).isEqualTo(before.keySet());
        after.forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(before.get(path)));
    }
}
