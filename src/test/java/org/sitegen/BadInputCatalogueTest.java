package org.sitegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.config.RawHtml;
import org.sitegen.config.SiteConfig;
import org.sitegen.diag.BuildFailedException;
import org.sitegen.diag.Diagnostic;

/**
 * The catalogue of malformed and hostile input (issue #5). Every case under
 * {@code src/test/resources/bad/} must fail the build with exactly the diagnostic lines of its
 * {@code .expected} file, quickly; {@link #allBadBriefingsAtOnce} builds them all together. A
 * case whose expected lines are all warnings (a script link removed, raw HTML the sanitiser
 * takes out) must build, with exactly those warnings.
 * Cases that cannot be committed portably (4 MiB files, symbolic links, file names Windows
 * cannot check out) are generated at run time, see {@link #generated()}. The "must build
 * safely" cases (hostile titles and bodies) are in {@link HostileInputBuildsSafelyTest}.
 *
 * <p>Layout: {@code bad/briefings/CASE.md} (or a folder {@code CASE/}) is copied to
 * {@code content/CASE.md}; {@code bad/briefings/CASE.expected} lists its diagnostics.
 * {@code bad/templates/CASE/briefing.ftlh} replaces the theme's briefing template for a site
 * with one valid briefing; {@code bad/templates/CASE/expected.txt} lists its diagnostics.
 * Run with {@code -Dbad.print=true} to print what each case actually reports.
 */
public class BadInputCatalogueTest {
    static final Path BAD = Path.of("src/test/resources/bad");
    private static final boolean PRINT = Boolean.getBoolean("bad.print");
    /** Generous for a busy 2-core machine; a case that takes longer is a denial-of-service hole. */
    private static final long MAX_MILLIS_PER_CASE = 3_000;
    /** Cases that must be rejected "well under a second" however big the input. */
    private static final long MAX_MILLIS_HUGE_INPUT = 1_000;
    /** Set, so that warning-only cases build the Atom feeds too, whose entries carry the bodies. */
    static final String SITE_URL = "https://catalogue.example";
    static final String VALID = "---\ntitle: Valid one\ndate: 2023-01-01\ntags: [valid]\n---\nA valid briefing.\n";

    @TempDir
    Path temp;

    /** One bad input: files to write below the project, and the exact diagnostics expected. */
    public record Case(String name, Map<String, byte[]> files, List<String> expected, Setup setup) {
        Case(String name, Map<String, byte[]> files, List<String> expected) {
            this(name, files, expected, project -> { });
        }
    }

    /** Extra preparation a case needs at run time (a symbolic link). */
    public interface Setup {
        void prepare(Path project) throws IOException;
    }

    /** Loads ICU, Flexmark and Freemarker once, so the per-case times measure the case. */
    @org.junit.jupiter.api.BeforeAll
    static void warmUp(@TempDir Path warm) throws Exception {
        write(warm, "content/2023/2023-01-01-valid.md", utf8(VALID));
        new SiteGenerator().build(config(warm));
    }

    @TestFactory
    Stream<DynamicTest> badBriefings() throws IOException {
        return Stream.concat(committedCases().stream(), generated().stream())
                .map(c -> DynamicTest.dynamicTest(c.name(), () -> assertFailsExactly(c)));
    }

    @TestFactory
    Stream<DynamicTest> badTemplates() throws IOException {
        return templateCases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> assertFailsExactly(c)));
    }

    /** Every bad briefing in one archive with valid ones: all reported at once, nothing published. */
    @Test
    void allBadBriefingsAtOnce() throws Exception {
        Path project = temp.resolve("all");
        write(project, "content/2023/2023-01-01-valid.md", VALID.getBytes(StandardCharsets.UTF_8));
        write(project, "content/2023/2023-01-02-also-valid.md",
                "---\ntitle: Also valid\ntags: [valid]\n---\nSee [the first](2023-01-01-valid.md).\n"
                        .getBytes(StandardCharsets.UTF_8));
        SiteConfig config = caseConfig(project);
        new SiteGenerator().build(config);
        Map<String, byte[]> before = SiteTrees.read(config.outputDir());

        List<Case> cases = new ArrayList<>(committedCases());
        cases.addAll(generated());
        TreeSet<String> expected = new TreeSet<>();
        for (Case c : cases) {
            for (Map.Entry<String, byte[]> file : c.files().entrySet()) {
                write(project, file.getKey(), file.getValue());
            }
            c.setup().prepare(project);
            expected.addAll(c.expected());
        }
        long errors = expected.stream().filter(line -> line.contains(": error: ")).count();
        assertThat(cases).hasSizeGreaterThanOrEqualTo(40);

        long start = System.nanoTime();
        assertThatThrownBy(() -> new SiteGenerator().build(config))
                .isInstanceOfSatisfying(BuildFailedException.class, e -> {
                    assertThat(lines(e)).containsExactlyInAnyOrderElementsOf(expected);
                    assertThat(e.getMessage()).startsWith(errors + " errors, ");
                });
        assertThat((System.nanoTime() - start) / 1_000_000).as("build time in ms").isLessThan(10_000);
        assertThat(SiteTrees.read(config.outputDir())).containsOnlyKeys(before.keySet());
        SiteTrees.read(config.outputDir()).forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(before.get(path)));
        try (Stream<Path> siblings = Files.list(project)) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .as("no staging or previous folder left behind").containsExactlyInAnyOrder("content", "outside", "site-output", ".site-output.lock", "templates");
        }
    }

    /**
     * {@code site-gen:check} (the pull-request gate) reports everything the build refuses, each
     * at the same file:line, in one run, and leaves nothing behind in the temporary folder.
     */
    @Test
    void checkReportsWhatTheBuildRefuses() throws Exception {
        Path project = temp.resolve("check-all");
        List<Case> cases = new ArrayList<>(committedCases());
        cases.addAll(generated());
        TreeSet<String> expected = new TreeSet<>();
        for (Case c : cases) {
            for (Map.Entry<String, byte[]> file : c.files().entrySet()) {
                write(project, file.getKey(), file.getValue());
            }
            c.setup().prepare(project);
            expected.addAll(c.expected());
        }
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<String> before = siteGenTempEntries(tmp);
        // check also lists what the site leaves out (drafts, scheduled briefings): not refusals
        List<String> reported = new SiteGenerator().check(config(project)).stream().map(Diagnostic::toString)
                .filter(line -> !line.contains(": warning: scheduled: ") && !line.contains(": warning: draft: "))
                .toList();
        assertThat(reported).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(siteGenTempEntries(tmp)).as("check leaves nothing in the temporary folder").isEqualTo(before);
        assertThat(project.resolve("site-output")).as("check publishes nothing").doesNotExist();
    }

    private static List<String> siteGenTempEntries(Path tmp) throws IOException {
        try (Stream<Path> list = Files.list(tmp)) {
            return list.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("site-gen")).sorted().toList();
        }
    }

    private void assertFailsExactly(Case c) throws Exception {
        Path project = temp.resolve(c.name());
        for (Map.Entry<String, byte[]> file : c.files().entrySet()) {
            write(project, file.getKey(), file.getValue());
        }
        c.setup().prepare(project);
        long start = System.nanoTime();
        List<String> actual;
        boolean failed = false;
        try {
            List<Diagnostic> warnings = new SiteGenerator().build(caseConfig(project)).warnings();
            actual = warnings.isEmpty() ? List.of("(build succeeded)") : warnings.stream().map(Diagnostic::toString).toList();
        } catch (BuildFailedException e) {
            actual = lines(e);
            failed = true;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (PRINT) {
            System.out.println("=== " + c.name() + " (" + millis + " ms)");
            actual.forEach(System.out::println);
        }
        assertThat(actual).as(c.name()).containsExactlyElementsOf(c.expected());
        assertThat(millis).as(c.name() + ": build time in ms")
                .isLessThan(c.name().contains("4mib") || c.name().contains("huge") ? MAX_MILLIS_HUGE_INPUT : MAX_MILLIS_PER_CASE);
        if (failed || c.expected().stream().anyMatch(line -> line.contains(": error: "))) {
            assertThat(project.resolve("site-output")).as("a failed build publishes nothing").doesNotExist();
        }
    }

    /** The cases committed under bad/briefings/. */
    public static List<Case> committedCases() throws IOException {
        List<Case> cases = new ArrayList<>();
        Path dir = BAD.resolve("briefings");
        try (Stream<Path> list = Files.list(dir)) {
            for (Path entry : list.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (name.endsWith(".expected")) {
                    continue;
                }
                String caseName = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
                Map<String, byte[]> files = new LinkedHashMap<>();
                if (Files.isDirectory(entry)) {
                    try (Stream<Path> walk = Files.walk(entry)) {
                        for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                            files.put("content/" + caseName + "/" + entry.relativize(file).toString().replace('\\', '/'),
                                    Files.readAllBytes(file));
                        }
                    }
                } else {
                    files.put("content/" + name, Files.readAllBytes(entry));
                }
                cases.add(new Case(caseName, files, expected(dir.resolve(caseName + ".expected"))));
            }
        }
        return cases;
    }

    /** Cases made at run time: too big to commit, symbolic links, names Windows cannot check out. */
    public static List<Case> generated() {
        List<Case> cases = new ArrayList<>();
        String bigYaml = "title: T\ndate: 2023-01-01\nblob: " + "x".repeat(4 * 1024 * 1024) + "\n";
        cases.add(new Case("generated-4mib-scalar", Map.of("content/generated-4mib-scalar.md",
                utf8("---\n" + bigYaml + "---\nx\n")),
                List.of("content/generated-4mib-scalar.md:2:1: error: front matter is larger than 1048576 characters ("
                        + bigYaml.length() + " here); keep front matter short and put long text in the body")));
        StringBuilder huge = new StringBuilder("---\ntitle: T\ndate: 2023-01-01\n");
        for (int i = 0; huge.length() < 2 * 1024 * 1024; i++) {
            huge.append("key").append(i).append(": value number ").append(i).append('\n');
        }
        String hugeText = huge + "---\nx\n";
        cases.add(new Case("generated-huge-front-matter", Map.of("content/generated-huge-front-matter.md", utf8(hugeText)),
                List.of("content/generated-huge-front-matter.md:2:1: error: front matter is larger than 1048576 "
                        + "characters (" + (huge.length() - 4) + " here); keep front matter short and put long text in the body")));
        cases.add(new Case("generated-symlink-outside", Map.of("outside/secret.md", utf8(VALID)),
                List.of("content/generated-symlink-outside.md: error: symbolic link points outside the content folder; "
                        + "not followed"),
                project -> {
                    Files.createDirectories(project.resolve("content"));
                    Files.createSymbolicLink(project.resolve("content/generated-symlink-outside.md"),
                            project.resolve("outside/secret.md").toAbsolutePath());
                }));
        cases.add(new Case("generated-symlinked-folder-outside", Map.of("outside/2023-05-05-secret.md", utf8(VALID)),
                List.of("content/generated-symlinked-folder-outside: error: symbolic link points outside the content "
                        + "folder; not followed"),
                project -> {
                    Files.createDirectories(project.resolve("content"));
                    Files.createSymbolicLink(project.resolve("content/generated-symlinked-folder-outside"),
                            project.resolve("outside").toAbsolutePath());
                }));
        cases.add(new Case("generated-device-name-asset", Map.of(
                "content/generated-device-name-asset/CON.png", new byte[] {1, 2, 3},
                "content/generated-device-name-asset/aux/map.png", new byte[] {4, 5, 6}),
                List.of("content/generated-device-name-asset/CON.png: error: 'CON.png' is a reserved device name "
                                + "on Windows and cannot be published; rename it",
                        "content/generated-device-name-asset/aux/map.png: error: 'aux' is a reserved device name "
                                + "on Windows and cannot be published; rename it")));
        cases.addAll(generatedLimits());
        cases.addAll(generatedOutputCollisions());
        cases.addAll(generatedTemplateLinks());
        cases.add(entityCase());
        String newlineName = "content/2023-01-01-a\n::error::forged.md";
        cases.add(new Case("generated-newline-in-file-name", Map.of(newlineName, utf8("---\ndate: 2023-01-01\n---\nx\n")),
                List.of("content/2023-01-01-a\\n::error::forged.md:2:1: error: missing required 'title'")));
        cases.add(new Case("generated-link-to-entity-file", Map.of(
                "content/entities/places.yaml", utf8("- name: Link Bridge\n"),
                "content/2023/2023-06-01-links-data.md", utf8("---\ntitle: Data\ndate: 2023-06-01\nplaces: [Link Bridge]\n"
                        + "---\nSee [the data](../entities/places.yaml).\n")),
                List.of("content/2023/2023-06-01-links-data.md:6:5: error: link target not found: ../entities/places.yaml")));
        cases.add(new Case("generated-host-well-known", Map.of("content/.well-known/security.txt", utf8("Contact: x\n")),
                List.of("content/.well-known/security.txt: error: hosts read this file as their configuration, so it "
                        + "is published only when named in the 'hostFiles' setting "
                        + "(e.g. <hostFiles>.well-known/security.txt</hostFiles>)")));
        return cases;
    }

    /** Content whose output path is one the generator makes (issue #18, item 3). */
    private static List<Case> generatedOutputCollisions() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("generated-asset-robots-txt", Map.of("content/robots.txt", utf8("User-agent: *\nDisallow: /\n")),
                List.of("content/robots.txt: error: output path /robots.txt is also produced by the generated "
                        + "robots.txt; rename or move it")));
        cases.add(new Case("generated-asset-robots-txt-other-case", Map.of("content/ROBOTS.TXT", utf8("x\n")),
                List.of("content/ROBOTS.TXT: error: output path /ROBOTS.TXT is also produced by the generated "
                        + "robots.txt; rename or move it")));
        cases.add(new Case("generated-asset-in-search-index", Map.of("content/search/manifest.json", utf8("{}\n")),
                List.of("content/search/manifest.json: error: output path /search/manifest.json is inside search/, "
                        + "which the search index fills; rename or move it")));
        cases.add(new Case("generated-asset-in-theme-assets", Map.of("content/assets/search.json", utf8("{}\n")),
                List.of("content/assets/search.json: error: output path /assets/search.json is inside assets/, "
                        + "which the theme's assets fills; rename or move it")));
        cases.add(new Case("generated-page-slug-search", Map.of("content/pages/find.md",
                utf8("---\ntitle: Find\nslug: Search\n---\nx\n")),
                List.of("content/pages/find.md:3:7: error: output path /search/index.html is also produced by the "
                        + "generated search page /search/; set a different 'slug'")));
        return cases;
    }

    /** Symbolic links under templates/ that leave it (issue #18, item 4). */
    private static List<Case> generatedTemplateLinks() {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("generated-template-asset-link-to-environ",
                Map.of("content/generated-template-asset-link-to-environ.md", utf8(VALID)),
                List.of("templates/assets/env.txt: error: symbolic link points outside the templates folder; not followed"),
                project -> {
                    Files.createDirectories(project.resolve("templates/assets"));
                    Files.createSymbolicLink(project.resolve("templates/assets/env.txt"), Path.of("/proc/self/environ"));
                }));
        cases.add(new Case("generated-template-link-outside", Map.of("outside/briefing.ftlh", utf8("${.data_model}"),
                "content/generated-template-link-outside.md", utf8(VALID)),
                List.of("templates/briefing.ftlh: error: symbolic link points outside the templates folder; not followed"),
                project -> {
                    Files.createDirectories(project.resolve("templates"));
                    Files.createSymbolicLink(project.resolve("templates/briefing.ftlh"),
                            project.resolve("outside/briefing.ftlh").toAbsolutePath());
                }));
        cases.add(new Case("generated-template-assets-folder-link", Map.of("outside/git/config", utf8("token=secret\n"),
                "content/generated-template-assets-folder-link.md", utf8(VALID)),
                List.of("templates/assets/git: error: symbolic link points outside the templates folder; not followed"),
                project -> {
                    Files.createDirectories(project.resolve("templates/assets"));
                    Files.createSymbolicLink(project.resolve("templates/assets/git"),
                            project.resolve("outside/git").toAbsolutePath());
                }));
        return cases;
    }

    /** Inputs past the body and term limits (issue #18): too big to commit, or the sizes of its report. */
    private static List<Case> generatedLimits() {
        List<Case> cases = new ArrayList<>();
        String head = "---\ntitle: T\ndate: 2023-01-01\n---\n";
        String bigBody = "word ".repeat(210_000);
        cases.add(new Case("generated-huge-body", Map.of("content/generated-huge-body.md", utf8(head + bigBody)),
                List.of("content/generated-huge-body.md:5:1: error: body is larger than 1048576 characters ("
                        + bigBody.length() + " here); split it into several briefings")));
        cases.add(new Case("generated-nesting-5000", Map.of("content/generated-nesting-5000.md",
                utf8(head + ">".repeat(5000) + " deep\n")),
                List.of("content/generated-nesting-5000.md:5:101: error: quotes and list items are nested 5000 deep "
                        + "here; at most 100 levels are allowed")));
        cases.add(new Case("generated-link-title-1250", Map.of("content/generated-link-title-1250.md",
                utf8(head + "[a](/u \"" + "t".repeat(1250) + "\")\n")),
                List.of("content/generated-link-title-1250.md:5:8: error: link title is longer than 1000 characters; "
                        + "shorten it (Markdown's parser runs out of stack on long ones)")));
        cases.add(new Case("generated-star-runs", Map.of("content/generated-star-runs.md",
                utf8(head + "*".repeat(6000) + "a" + "*".repeat(6000) + "\n")),
                List.of("content/generated-star-runs.md:5:1: error: brackets, emphasis and quotes are nested more than "
                        + "100 deep here; at most 100 levels are allowed")));
        cases.add(new Case("generated-quote-run", Map.of("content/generated-quote-run.md",
                utf8(head + "> a\n".repeat(20_000))),
                List.of("content/generated-quote-run.md:1005:1: error: a block quote runs more than 1000 lines without "
                        + "a break here; end its paragraphs with a line holding only '>'")));
        StringBuilder backticks = new StringBuilder(head);
        for (int k = 1; k <= 1000; k++) {
            backticks.append('e').append("`".repeat(k));
        }
        cases.add(new Case("generated-backtick-runs", Map.of("content/generated-backtick-runs.md",
                utf8(backticks + "\n")),
                List.of("content/generated-backtick-runs.md:5:562: error: backtick runs of more than 32 different "
                        + "lengths in one paragraph; escape them (\\`) or use a code block (Markdown's parser looks "
                        + "ahead through the paragraph for each length)")));
        StringBuilder tags = new StringBuilder("---\ntitle: T\ndate: 2023-01-01\ntags:\n");
        for (int i = 0; i < 2000; i++) {
            tags.append("  - tag ").append(i).append('\n');
        }
        cases.add(new Case("generated-tags-2000", Map.of("content/generated-tags-2000.md", utf8(tags + "---\nx\n")),
                List.of("content/generated-tags-2000.md:55:5: error: 'tags' has 2000 terms; at most 50 are allowed "
                        + "(each of its term pages lists the briefing with all of them)")));
        return cases;
    }

    /**
     * Entity data files and the entities briefings name (issue #22): bad/entities/content is a
     * content folder of its own, since entity files live at content/entities/, not in a case's folder.
     */
    private static Case entityCase() {
        Path root = BAD.resolve("entities");
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(root.resolve("content"))) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
            return new Case("entities", files, expected(root.resolve("expected.txt")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static List<Case> templateCases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (Stream<Path> list = Files.list(BAD.resolve("templates"))) {
            for (Path dir : list.sorted().toList()) {
                Map<String, byte[]> files = new LinkedHashMap<>();
                files.put("content/2023/2023-01-01-one.md", utf8(VALID));
                files.put("templates/briefing.ftlh", Files.readAllBytes(dir.resolve("briefing.ftlh")));
                cases.add(new Case("template-" + dir.getFileName(), files, expected(dir.resolve("expected.txt"))));
            }
        }
        return cases;
    }

    /** {@link #config} with {@link #SITE_URL}: the catalogue's own builds write feeds too. */
    private static SiteConfig caseConfig(Path project) {
        return config(project).toBuilder().siteUrl(SITE_URL).build();
    }

    static SiteConfig config(Path project) {
        return SiteConfig.builder(project).siteTitle("Catalogue").zone(ZoneId.of("UTC"))
                .taxonomies(List.of("tags")).threads(2).now(Instant.parse("2030-01-01T00:00:00Z")).build();
    }

    static List<String> lines(BuildFailedException e) {
        return e.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    private static List<String> expected(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank()).toList() : List.of("(no " + file.getFileName() + " yet)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path project, String path, byte[] bytes) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
