package org.sitegen.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.SiteGenerator;
import org.sitegen.SiteTrees;
import org.sitegen.config.IncrementalMode;
import org.sitegen.config.SiteConfig;
import org.sitegen.diag.BuildFailedException;
import org.sitegen.diag.Diagnostic;
import org.sitegen.diag.Diagnostics;
import org.sitegen.output.SiteWriter;
import org.sitegen.pipeline.BuildReport;

/**
 * The everyday rebuild against real archives' own histories (the 18F blog's posts, yihui.org's
 * content) as their writers changed them, commit after commit (new posts, typo fixes, retitled posts, renamed files, posts
 * taken down), each imported and synced into one archive the way a checkout changes a working
 * tree (only files whose bytes differ are written, files gone are deleted), built incrementally
 * with the state kept on disk, and compared with a cold build of the same files: the same tree,
 * byte for byte, and the same warnings. Not part of the suite (the name does not end in Test): it
 * needs the mirror of docs/real-archives.md. Run it with {@code mvn test -Dtest=RealArchiveHistoryRun
 * -Dsurefire.failIfNoSpecifiedTests=false [-Dhistory.steps=40]}; what each step changed is
 * written to target/history-numbers-NAME.txt.
 */
class RealArchiveHistoryRun {
    @TempDir
    Path temp;

    @Test
    void eighteenFPostsCommitByCommit_rebuiltIncrementally_areColdBuilds() throws Exception {
        assumeTrue(Files.isDirectory(RealArchiveImportRun.EIGHTEEN_F), "the 18F mirror is not on this machine");
        replay(RealArchiveImportRun.EIGHTEEN_F, RealArchiveImportRun.EIGHTEEN_F_COMMIT, "_posts", "18f",
                "_posts", "_config.yml", "_includes");
    }

    /** A Hugo archive in two languages (English and Chinese posts, shortcodes, pages), commit by commit. */
    @Test
    void yihuiContentCommitByCommit_rebuiltIncrementally_areColdBuilds() throws Exception {
        assumeTrue(Files.isDirectory(RealArchiveImportRun.YIHUI), "the yihui.org mirror is not on this machine");
        replay(RealArchiveImportRun.YIHUI, RealArchiveImportRun.YIHUI_COMMIT, "content", "yihui", "content",
                "config.yaml");
    }

    /**
     * Replays the last {@code history.steps} first-parent commits of {@code repository} up to
     * {@code commit} that touched {@code changing}, extracting {@code paths} of each.
     */
    private void replay(Path repository, String commit, String changing, String name, String... paths) throws Exception {
        int steps = Integer.getInteger("history.steps", 40);
        List<String> commits = new ArrayList<>(git(repository, "rev-list", "--first-parent", "-n",
                String.valueOf(steps + 1), commit, "--", changing));
        java.util.Collections.reverse(commits);
        Path site = temp.resolve("archive");
        StringBuilder numbers = new StringBuilder("step commit | content files written, deleted | incremental: pages "
                + "rendered, kept, other files written, removed | warnings\n");
        for (int step = 0; step < commits.size(); step++) {
            String at = commits.get(step);
            Path source = RealArchiveImportRun.extract(repository, at, temp.resolve("source"), paths);
            Path imported = temp.resolve("imported");
            Importer.Result result = new Importer().run(new Importer.Options(source, Optional.empty(), imported, false,
                    ImportAndBuild.PLUGIN), new Diagnostics());
            int[] synced = sync(imported.resolve("content"), site.resolve("content"));
            SiteConfig config = ImportAndBuild.config(result, site);
            Outcome everyday = build(config.toBuilder()
                    .incremental(IncrementalMode.recorded(site.resolve("target/site-gen/build-state"))).build());
            Path cold = temp.resolve("cold");
            Outcome coldBuild = build(config.toBuilder().outputDir(cold).build());
            String where = "step " + step + " (" + at.substring(0, 9) + ")";
            assertEquals(coldBuild.problems(), everyday.problems(), where + ": the warnings and errors of a cold build");
            if (coldBuild.report() != null) {
                SiteTrees.assertSameTree(cold, site.resolve("site-output"));
            }
            SiteWriter.Changes changes = everyday.report() == null ? SiteWriter.Changes.NONE : everyday.report().changes();
            numbers.append(step).append(' ').append(at, 0, 9).append(" | ").append(synced[0]).append(", ")
                    .append(synced[1]).append(" | ").append(changes.pages()).append(", ").append(changes.pagesKept())
                    .append(", ").append(changes.otherFiles()).append(", ").append(changes.removed()).append(" | ")
                    .append(everyday.problems().size()).append('\n');
            for (Path scratch : List.of(cold, source, imported)) {
                SiteWriter.deleteTree(scratch);
            }
        }
        Path file = Path.of("target", "history-numbers-" + name + ".txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, numbers, StandardCharsets.UTF_8);
    }

    /** A build's report, or null when it failed, and its problems as the writer reads them. */
    private record Outcome(BuildReport report, List<String> problems) {
    }

    private static Outcome build(SiteConfig config) throws IOException {
        try {
            BuildReport report = new SiteGenerator().build(config);
            return new Outcome(report, report.warnings().stream().map(Diagnostic::toString).toList());
        } catch (BuildFailedException e) {
            return new Outcome(null, e.diagnostics().stream().map(Diagnostic::toString).toList());
        }
    }

    /**
     * Makes {@code to} hold exactly the files of {@code from}, writing only those whose bytes
     * differ and deleting those {@code from} has not, as {@code git checkout} does: [written, deleted].
     */
    private static int[] sync(Path from, Path to) throws IOException {
        Map<String, byte[]> want = SiteTrees.read(from);
        Map<String, byte[]> have = Files.isDirectory(to) ? SiteTrees.read(to) : Map.of();
        int written = 0;
        int deleted = 0;
        for (Map.Entry<String, byte[]> file : want.entrySet()) {
            byte[] old = have.get(file.getKey());
            if (old == null || !Arrays.equals(old, file.getValue())) {
                Path target = to.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
                written++;
            }
        }
        for (String gone : have.keySet()) {
            if (!want.containsKey(gone)) {
                Files.delete(to.resolve(gone));
                deleted++;
            }
        }
        return new int[] {written, deleted};
    }

    private static List<String> git(Path repository, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString()));
        command.addAll(List.of(arguments));
        Process git = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, git.waitFor(), out);
        return out.lines().toList();
    }
}
