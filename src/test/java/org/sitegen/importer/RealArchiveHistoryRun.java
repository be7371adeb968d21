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
import org.sitegen.render.RenderMemo;

/**
 * The everyday rebuild against real archives' own histories (the 18F blog's posts, yihui.org's
 * content, digitalgov.gov's news) as their writers changed them, commit after commit (new posts,
 * typo fixes, retitled posts, renamed files, posts taken down), each imported and synced into one
 * archive the way a checkout changes a working tree (only files whose bytes differ are written,
 * files gone are deleted), built incrementally with the state kept on disk, and compared with a
 * cold build of the same files: the same tree, byte for byte, and the same warnings. Not part of
 * the suite (the name does not end in Test): it needs the mirrors of docs/real-archives.md. Run it
 * with {@code mvn test -Dtest=RealArchiveHistoryRun -Dsurefire.failIfNoSpecifiedTests=false
 * [-Dhistory.steps=40] [-Dhistory.NAME.steps=N] [-Dhistory.NAME.upTo=COMMIT] [-Dhistory.paths=true]
 * [-Dhistory.verify=false] [-Dhistory.again=true] [-Dhistory.NAME.language=zh]
 * [-Dhistory.NAME.lang=/cn/:zh]}; each step's numbers (content files, pages rendered and kept,
 * bodies rendered, site-output files added/changed/removed, build times) are appended to
 * target/history-numbers-NAME.txt as it goes, what changed to target/history-details-NAME.txt.
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

    /** A Hugo news site (GSA's digitalgov.gov, public domain): its news posts, commit by commit. */
    @Test
    void digitalGovNewsCommitByCommit_rebuiltIncrementally_areColdBuilds() throws Exception {
        assumeTrue(Files.isDirectory(DIGITALGOV), "the digitalgov.gov mirror is not on this machine");
        // its writers left broken links and colliding aliases the build refuses: repaired line by line
        if (System.getProperty("history.digitalgov.repair") == null) {
            System.setProperty("history.digitalgov.repair", "true");
        }
        replay(DIGITALGOV, DIGITALGOV_COMMIT, "content/news", "digitalgov", "content/news", "content/communities",
                "content/guides", "content/about", "content/services", "content/resources", "content/events", "config.yml");
    }

    static final Path DIGITALGOV = Path.of("/work/.mirror/GSA+digitalgov.gov/repo");
    static final String DIGITALGOV_COMMIT = "4979583206d90ff1707b097454a9b169ca9e95e4";

    /**
     * Replays the last {@code history.steps} first-parent commits of {@code repository} up to
     * {@code commit} (or {@code history.NAME.upTo}) that touched {@code changing}, extracting
     * {@code paths} of each. A step whose build differs from its cold build is recorded and the
     * archive built again from scratch (its state too), so the next steps are checked on their
     * own; the run fails at the end when any did.
     */
    private void replay(Path repository, String commit, String changing, String name, String... paths) throws Exception {
        int steps = Integer.getInteger("history." + name + ".steps", Integer.getInteger("history.steps", 40));
        String upTo = System.getProperty("history." + name + ".upTo", commit);
        if (System.getProperty("history.verify") != null) {
            RenderMemo.verifying = Boolean.getBoolean("history.verify");
        }
        List<String> commits = new ArrayList<>(git(repository, "rev-list", "--first-parent", "-n",
                String.valueOf(steps + 1), upTo, "--", changing));
        java.util.Collections.reverse(commits);
        Path site = temp.resolve("archive");
        Path numbersFile = Path.of("target", "history-numbers-" + name + ".txt");
        Path detailsFile = Path.of("target", "history-details-" + name + ".txt");
        Files.createDirectories(numbersFile.getParent());
        Files.writeString(numbersFile, "step commit date | content files added, changed, deleted | incremental: pages "
                + "rendered, kept, other files written, removed, bodies rendered | site-output files added, changed, removed | "
                + "incremental ms wall, cpu | cold ms wall | warnings | same as cold\n", StandardCharsets.UTF_8);
        Files.writeString(detailsFile, "", StandardCharsets.UTF_8);
        Map<String, byte[]> published = Map.of();
        List<String> divergences = new ArrayList<>();
        boolean repairing = Boolean.parseBoolean(System.getProperty("history." + name + ".repair", "false"));
        Map<String, List<String[]>> repairs = new java.util.HashMap<>();
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int step = 0; step < commits.size(); step++) {
            String at = commits.get(step);
            String subject = git(repository, "log", "-1", "--format=%cs %s", at).get(0);
            Path source = extract(repository, at, temp.resolve("source"), paths);
            Path imported = temp.resolve("imported");
            Importer.Result result = new Importer().run(new Importer.Options(source, Optional.empty(), imported, false,
                    ImportAndBuild.PLUGIN), new Diagnostics());
            applyRepairs(imported.resolve("content"), repairs);
            markLanguages(imported.resolve("content"), System.getProperty("history." + name + ".lang", ""));
            List<String> touched = new ArrayList<>();
            int[] synced = sync(imported.resolve("content"), site.resolve("content"), touched);
            SiteConfig config = ImportAndBuild.config(result, site);
            String language = System.getProperty("history." + name + ".language");
            if (language != null) {
                config = config.toBuilder().language(language).build();
            }
            SiteConfig everydayConfig = config.toBuilder()
                    .incremental(IncrementalMode.recorded(site.resolve("target/site-gen/build-state"))).build();
            Path cold = temp.resolve("cold");
            Outcome everyday;
            Outcome coldBuild;
            long wall;
            long cpuMs;
            long coldWall;
            List<String> differences = new ArrayList<>();
            int repaired = 0;
            for (int attempt = 0; ; attempt++) {
                long cpu0 = cpu(os);
                long t0 = System.nanoTime();
                everyday = build(everydayConfig);
                wall = (System.nanoTime() - t0) / 1_000_000;
                cpuMs = (cpu(os) - cpu0) / 1_000_000;
                long t1 = System.nanoTime();
                coldBuild = build(config.toBuilder().outputDir(cold).build());
                coldWall = (System.nanoTime() - t1) / 1_000_000;
                if (coldBuild.report() != null || !repairing || attempt == 4) {
                    break;
                }
                // the build refuses what its writers wrote (broken links, colliding aliases): the
                // writer fixes those lines, as one would after a failed build, and builds again
                if (!coldBuild.problems().equals(everyday.problems())) {
                    differences.add("failed build's problems: cold " + coldBuild.problems().size() + " "
                            + diff(coldBuild.problems(), everyday.problems()));
                }
                int fixed = repair(coldBuild.problems(), site, repairs);
                if (fixed == 0) {
                    break;
                }
                repaired += fixed;
                SiteWriter.deleteTree(cold);
            }
            // -Dhistory.again=true: the everyday build once more with nothing changed (up to date: nothing done)
            String again = "";
            if (Boolean.getBoolean("history.again") && everyday.report() != null) {
                Outcome noChange = build(everydayConfig);
                again = noChange.report() == null ? " (again: failed)" : " (again: " + (noChange.report().upToDate()
                        ? "up to date" : noChange.report().bodiesRendered() + " bodies rendered") + ")";
            }
            String where = "step " + step + " (" + at.substring(0, 9) + " " + subject + ")";
            if (!coldBuild.problems().equals(everyday.problems())) {
                differences.add("warnings: cold " + coldBuild.problems().size() + " " + diff(coldBuild.problems(),
                        everyday.problems()));
            }
            Map<String, byte[]> output = coldBuild.report() == null || !Files.isDirectory(site.resolve("site-output"))
                    ? Map.of() : SiteTrees.read(site.resolve("site-output"));
            if (coldBuild.report() != null) {
                Map<String, byte[]> want = SiteTrees.read(cold);
                List<String> wrong = new ArrayList<>();
                for (String path : union(want.keySet(), output.keySet())) {
                    if (!Arrays.equals(want.get(path), output.get(path))) {
                        wrong.add((want.get(path) == null ? "extra " : output.get(path) == null ? "missing " : "differs ")
                                + path);
                    }
                }
                if (!wrong.isEmpty()) {
                    differences.add("tree: " + wrong.size() + " files " + wrong.subList(0, Math.min(20, wrong.size())));
                }
            }
            SiteWriter.Changes changes = everyday.report() == null ? SiteWriter.Changes.NONE : everyday.report().changes();
            int[] out = new int[3];
            List<String> changedPaths = new ArrayList<>();
            Map<String, Integer> kinds = new java.util.TreeMap<>();
            for (String path : union(published.keySet(), output.keySet())) {
                byte[] was = published.get(path);
                byte[] now = output.get(path);
                if (!Arrays.equals(was, now)) {
                    out[was == null ? 0 : now == null ? 2 : 1]++;
                    changedPaths.add((was == null ? "A " : now == null ? "D " : "M ") + path);
                    kinds.merge(path.replaceAll("[0-9]+", "N").replaceAll("/[^/]+\\.html$", "/*.html"), 1, Integer::sum);
                }
            }
            published = output;
            String line = step + " " + at.substring(0, 9) + " " + subject.substring(0, 10) + " | " + synced[0] + ", "
                    + synced[1] + ", " + synced[2] + " | " + changes.pages() + ", " + changes.pagesKept() + ", "
                    + changes.otherFiles() + ", " + changes.removed() + ", "
                    + (everyday.report() == null ? "-" : everyday.report().bodiesRendered()) + " | " + out[0] + ", " + out[1] + ", " + out[2]
                    + " | " + wall + ", " + cpuMs + " | " + coldWall + " | " + everyday.problems().size() + " | "
                    + (differences.isEmpty() ? "yes" : "NO") + (coldBuild.report() == null ? " (both failed)" : "")
                    + (repaired > 0 ? " (" + repaired + " lines repaired)" : "") + again + "\n";
            Files.writeString(numbersFile, line, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            StringBuilder details = new StringBuilder(where).append('\n');
            touched.stream().limit(30).forEach(t -> details.append("  content ").append(t).append('\n'));
            if (step > 0) {
                kinds.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(25)
                        .forEach(k -> details.append("  output ").append(k.getValue()).append(' ').append(k.getKey()).append('\n'));
            }
            if (everyday.report() == null) {
                Map<String, Integer> errorKinds = new java.util.TreeMap<>();
                everyday.problems().stream().filter(p -> p.contains("error"))
                        .forEach(p -> errorKinds.merge(p.replaceAll("^[^ ]* ", "").replaceAll("'[^']*'|\"[^\"]*\"|[0-9]+", "_"), 1, Integer::sum));
                errorKinds.forEach((k, n) -> details.append("  FAILED ").append(n).append(' ').append(k).append('\n'));
                everyday.problems().stream().filter(p -> p.contains(": error: ")).map(p -> p.replaceAll(":.*", ""))
                        .distinct().limit(60).forEach(p -> details.append("  FAILED in ").append(p).append('\n'));
            }
            if (step > 0 && touched.size() <= 3 && changedPaths.size() > 40 && Boolean.getBoolean("history.paths")) {
                changedPaths.stream().limit(300).forEach(c -> details.append("  changed ").append(c).append('\n'));
            }
            for (String difference : differences) {
                details.append("  DIVERGES ").append(difference).append('\n');
            }
            Files.writeString(detailsFile, details, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            if (!differences.isEmpty()) {
                divergences.add(where + ": " + differences);
                // start again from a cold build with its state, so that later steps are checked on their own
                SiteWriter.deleteTree(site.resolve("site-output"));
                SiteWriter.deleteTree(site.resolve("target"));
                build(everydayConfig);
                published = coldBuild.report() == null ? Map.of() : SiteTrees.read(site.resolve("site-output"));
            }
            for (Path scratch : List.of(cold, source, imported)) {
                SiteWriter.deleteTree(scratch);
            }
        }
        assertEquals(List.of(), divergences, "steps whose incremental build differs from a cold build");
    }

    private static final java.util.regex.Pattern ERROR = java.util.regex.Pattern.compile(
            "^(content/[^:]+):(\\d+):\\d+: error: (.*)$");
    private static final java.util.regex.Pattern LINK = java.util.regex.Pattern.compile(
            "^(?:link target not found|link points outside the content folder|link to a draft[^:]*): (.*?)(?: \\(did you mean .*\\))?$");
    private static final java.util.regex.Pattern ALIAS_OF = java.util.regex.Pattern.compile(" of (content/[^:;]+):(\\d+);");

    /**
     * Fixes, in the archive's content, the lines the build refused: a broken link's target becomes
     * an absolute URL (not checked), an alias the build refuses is taken out. Each fix is kept as
     * (line before, line after) in {@code repairs} to apply to later steps' imports. Returns the
     * number of lines fixed.
     */
    private static int repair(List<String> problems, Path site, Map<String, List<String[]>> repairs) throws IOException {
        Map<String, java.util.TreeMap<Integer, List<String>>> byFile = new java.util.TreeMap<>();
        for (String problem : problems) {
            java.util.regex.Matcher error = ERROR.matcher(problem);
            if (!error.matches()) {
                continue;
            }
            String file = error.group(1);
            int line = Integer.parseInt(error.group(2));
            String message = error.group(3);
            java.util.regex.Matcher aliasOf = ALIAS_OF.matcher(message);
            if (message.contains("alias") && aliasOf.find()) {
                file = aliasOf.group(1);
                line = Integer.parseInt(aliasOf.group(2));
                message = "alias";
            } else if (message.contains("alias")) {
                message = "alias";
            } else {
                java.util.regex.Matcher link = LINK.matcher(message);
                if (!link.matches()) {
                    continue;
                }
                message = "link " + link.group(1);
            }
            byFile.computeIfAbsent(file, f -> new java.util.TreeMap<>()).computeIfAbsent(line, l -> new ArrayList<>())
                    .add(message);
        }
        int fixed = 0;
        for (Map.Entry<String, java.util.TreeMap<Integer, List<String>>> file : byFile.entrySet()) {
            Path path = site.resolve(file.getKey());
            if (!Files.isRegularFile(path)) {
                continue;
            }
            List<String> lines = new ArrayList<>(Files.readAllLines(path, StandardCharsets.UTF_8));
            String relative = file.getKey().substring("content/".length());
            for (Map.Entry<Integer, List<String>> at : file.getValue().descendingMap().entrySet()) {
                int index = at.getKey() - 1;
                if (index < 0 || index >= lines.size()) {
                    continue;
                }
                String before = lines.get(index);
                String after = before;
                for (String what : at.getValue()) {
                    if (what.equals("alias")) {
                        after = null;
                        break;
                    }
                    String url = what.substring("link ".length());
                    int where = after.indexOf(url);
                    if (where >= 0) {
                        after = after.substring(0, where) + "/unresolved/" + after.substring(where + url.length());
                    }
                }
                if (after != null && after.equals(before)) {
                    continue;
                }
                String[] fix = {before + "\n", after == null ? "" : after + "\n"};
                repairs.computeIfAbsent(relative, r -> new ArrayList<>()).add(fix);
                if (after == null) {
                    lines.remove(index);
                } else {
                    lines.set(index, after);
                }
                fixed++;
            }
            Files.writeString(path, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        }
        return fixed;
    }

    /**
     * {@code -Dhistory.NAME.lang=/cn/:zh,…}: every imported file whose front matter names an old URL
     * under {@code /cn/} says it is in that language ({@code lang: zh}), its old URLs moved into the
     * language's folder ({@code /zh/cn/…}, where a language's aliases must be). This makes yihui.org
     * the bilingual site it is (English posts at the root, Chinese ones under /zh/), as a writer
     * would set it; the import itself reads Hugo's sections as folders, not languages.
     */
    private static void markLanguages(Path content, String rules) throws IOException {
        if (rules.isBlank()) {
            return;
        }
        List<Path> files;
        try (var walk = Files.walk(content)) {
            files = walk.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.indexOf("\n---\n", 4);
            if (!text.startsWith("---\n") || end < 0) {
                continue;
            }
            String frontMatter = text.substring(4, end + 1);
            for (String rule : rules.split(",")) {
                String folder = rule.substring(0, rule.lastIndexOf(':'));
                String lang = rule.substring(rule.lastIndexOf(':') + 1);
                // an old URL that starts with the folder (not one that has it further in: /tinytex/cn/)
                java.util.regex.Matcher old = java.util.regex.Pattern.compile("(?<=[\\s\\[,'\"])"
                        + java.util.regex.Pattern.quote(folder)).matcher(frontMatter);
                if (old.find() && !frontMatter.startsWith("lang:") && !frontMatter.contains("\nlang:")) {
                    Files.writeString(file, "---\nlang: " + lang + "\n" + old.replaceAll(
                            java.util.regex.Matcher.quoteReplacement("/" + lang + folder)) + text.substring(end + 1),
                            StandardCharsets.UTF_8);
                    break;
                }
            }
        }
    }

    /** The lines {@link #repair} fixed in earlier steps, fixed again in this step's import. */
    private static void applyRepairs(Path content, Map<String, List<String[]>> repairs) throws IOException {
        for (Map.Entry<String, List<String[]>> file : repairs.entrySet()) {
            Path path = content.resolve(file.getKey());
            if (Files.isRegularFile(path)) {
                String text = Files.readString(path, StandardCharsets.UTF_8);
                String fixedText = text;
                for (String[] fix : file.getValue()) {
                    fixedText = fixedText.replace(fix[0], fix[1]);
                }
                if (!fixedText.equals(text)) {
                    Files.writeString(path, fixedText, StandardCharsets.UTF_8);
                }
            }
        }
    }

    private static long cpu(java.lang.management.OperatingSystemMXBean os) {
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    private static java.util.SortedSet<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.SortedSet<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static String diff(List<String> cold, List<String> everyday) {
        List<String> onlyCold = new ArrayList<>(cold);
        onlyCold.removeAll(everyday);
        List<String> onlyEveryday = new ArrayList<>(everyday);
        onlyEveryday.removeAll(cold);
        return "only cold " + onlyCold.subList(0, Math.min(5, onlyCold.size())) + ", only incremental "
                + onlyEveryday.subList(0, Math.min(5, onlyEveryday.size()));
    }

    /** {@link RealArchiveImportRun#extract} of those of {@code paths} the commit has (an old commit may lack some). */
    private static Path extract(Path repository, String commit, Path into, String... paths) throws Exception {
        List<String> present = new ArrayList<>();
        for (String path : paths) {
            if (!git(repository, "ls-tree", "--name-only", commit, path).isEmpty()) {
                present.add(path);
            }
        }
        return RealArchiveImportRun.extract(repository, commit, into, present.toArray(String[]::new));
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
     * differ and deleting those {@code from} has not, as {@code git checkout} does: [added,
     * changed, deleted], their names in {@code touched}.
     */
    private static int[] sync(Path from, Path to, List<String> touched) throws IOException {
        Map<String, byte[]> want = SiteTrees.read(from);
        Map<String, byte[]> have = Files.isDirectory(to) ? SiteTrees.read(to) : Map.of();
        int added = 0;
        int changed = 0;
        int deleted = 0;
        for (Map.Entry<String, byte[]> file : want.entrySet()) {
            byte[] old = have.get(file.getKey());
            if (old == null || !Arrays.equals(old, file.getValue())) {
                Path target = to.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
                touched.add((old == null ? "A " : "M ") + file.getKey());
                if (old == null) {
                    added++;
                } else {
                    changed++;
                }
            }
        }
        for (String gone : have.keySet()) {
            if (!want.containsKey(gone)) {
                Files.delete(to.resolve(gone));
                touched.add("D " + gone);
                deleted++;
            }
        }
        return new int[] {added, changed, deleted};
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
