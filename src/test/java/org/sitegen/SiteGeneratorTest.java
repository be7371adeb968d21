package org.sitegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.sitegen.diag.BuildFailedException;
import org.sitegen.diag.Diagnostic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine end to end on small archives written by each test. */
class SiteGeneratorTest {
    @TempDir
    Path project;
    private Path output;

    @BeforeEach
    void setUp() {
        output = project.resolve("site-output");
    }

    @Test
    void build_severalBrokenFiles_reportsEveryProblemAndKeepsPreviousSite() throws Exception {
        write("content/2023/2023-01-01-good.md", "---\ntitle: Good\n---\nFine.\n");
        new SiteGenerator().build(config());
        byte[] before = Files.readAllBytes(output.resolve("index.html"));

        write("content/2023/bad-date.md", "---\ntitle: Bad\ndate: 2023-02-31\n---\nx\n");
        write("content/2023/no-title.md", "---\ndate: 2023-02-01\n---\nx\n");
        write("content/2023/broken-yaml.md", "---\ntitle: [unclosed\ndate: 2023-02-01\n---\nx\n");
        write("content/2023/draft.md", "---\ntitle: D\ndate: 2023-02-01\ndraft: maybe\n---\nx\n");
        write("content/2023/link.md", "---\ntitle: L\ndate: 2023-02-01\n---\nSee [x](missing.md).\n");

        assertThatThrownBy(() -> new SiteGenerator().build(config()))
                .isInstanceOfSatisfying(BuildFailedException.class, e -> assertThat(messages(e)).containsExactly(
                        "content/2023/bad-date.md:3:7: error: 'date' is not a date: \"2023-02-31\"",
                        "content/2023/broken-yaml.md:3:5: error: front matter is not valid YAML: "
                                + "expected ',' or ']', but got : (in the flow sequence that starts at line 2)",
                        "content/2023/draft.md:4:8: error: 'draft' must be true or false, not \"maybe\"",
                        "content/2023/link.md:5:5: error: link target not found: missing.md",
                        "content/2023/no-title.md:2:1: error: missing required 'title'"));
        assertThat(Files.readAllBytes(output.resolve("index.html"))).isEqualTo(before);
        assertThat(Files.exists(project.resolve(".site-output.staging"))).isFalse();
    }

    @Test
    void build_twoFilesWantOneUrl_namesBoth() throws Exception {
        write("content/a/2023-01-01-same.md", "---\ntitle: A\n---\nx\n");
        write("content/b/2023-01-01-same.md", "---\ntitle: B\n---\nx\n");

        assertThatThrownBy(() -> new SiteGenerator().build(config()))
                .isInstanceOfSatisfying(BuildFailedException.class, e -> assertThat(messages(e)).containsExactly(
                        "content/a/2023-01-01-same.md: error: URL /2023/01/01/same/ is also produced by "
                                + "content/b/2023-01-01-same.md; set a different 'slug'",
                        "content/b/2023-01-01-same.md: error: URL /2023/01/01/same/ is also produced by "
                                + "content/a/2023-01-01-same.md; set a different 'slug'"));
    }

    @Test
    void build_drafts_leftOutUnlessConfigured() throws Exception {
        write("content/2023-01-01-public.md", "---\ntitle: Public\n---\nx\n");
        write("content/2023-01-02-secret.md", "---\ntitle: Secret\ndraft: true\n---\nx\n");

        new SiteGenerator().build(config());
        assertThat(output.resolve("2023/01/02/secret/index.html")).doesNotExist();

        new SiteGenerator().build(config().withDrafts(true));
        assertThat(output.resolve("2023/01/02/secret/index.html")).exists();
    }

    @Test
    void build_scheduledBriefing_waitsForItsTimeUnlessFutureIsOn() throws Exception {
        write("content/2023-01-01-now.md", "---\ntitle: Now\n---\nx\n");
        write("content/2023-01-02-later.md", "---\ntitle: Later\ndate: 2023-01-02 09:30\n---\nx\n");
        SiteConfig scheduled = new SiteConfig(project, project.resolve("content"), project.resolve("templates"),
                output, "T", "", "", "en", java.time.ZoneId.of("UTC"), 20, List.of("tags"), false, false, 1,
                org.sitegen.markdown.RawHtml.SANITIZE, false, java.time.Instant.parse("2023-01-02T09:29:59Z"));

        new SiteGenerator().build(scheduled);
        assertThat(output.resolve("2023/01/01/now/index.html")).exists();
        assertThat(output.resolve("2023/01/02")).doesNotExist();

        new SiteGenerator().build(scheduled.withFuture(true));
        assertThat(output.resolve("2023/01/02/later/index.html")).exists();
    }

    @Test
    void build_previousOutputHasStaleFiles_theyAreGone() throws Exception {
        write("content/2023-01-01-one.md", "---\ntitle: One\n---\nx\n");
        new SiteGenerator().build(config());
        Files.move(project.resolve("content/2023-01-01-one.md"), project.resolve("content/2023-01-01-two.md"));

        new SiteGenerator().build(config());

        assertThat(output.resolve("2023/01/01/one")).doesNotExist();
        assertThat(output.resolve("2023/01/01/two/index.html")).exists();
    }

    @Test
    void build_brokenTemplate_namesTemplateLineAndPage() throws Exception {
        write("content/2023-01-01-one.md", "---\ntitle: One\n---\nx\n");
        write("templates/briefing.ftlh", "<html>\n<p>${briefing.nosuchfield}</p>\n</html>\n");

        assertThatThrownBy(() -> new SiteGenerator().build(config()))
                .isInstanceOfSatisfying(BuildFailedException.class, e -> {
                    assertThat(e.diagnostics()).hasSize(1);
                    assertThat(e.diagnostics().get(0).toString())
                            .startsWith("templates/briefing.ftlh:2:6: error: ")
                            .contains("briefing.nosuchfield")
                            .endsWith("(rendering /2023/01/01/one/ from content/2023-01-01-one.md)");
                });
    }

    @Test
    void build_templateTriesToRunACommand_isRefused() throws Exception {
        write("content/2023-01-01-one.md", "---\ntitle: One\n---\nx\n");
        write("templates/briefing.ftlh",
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch " + project.resolve("pwned")
                        + "\")}\n");

        assertThatThrownBy(() -> new SiteGenerator().build(config()))
                .isInstanceOfSatisfying(BuildFailedException.class, e -> assertThat(messages(e).get(0))
                        .startsWith("templates/briefing.ftlh:1:").contains("Execute"));
        assertThat(project.resolve("pwned")).doesNotExist();
    }

    @Test
    void build_templateOverride_replacesOnlyThatTemplate() throws Exception {
        write("content/2023-01-01-one.md", "---\ntitle: One & Two\n---\nx\n");
        write("templates/briefing.ftlh", "<p class=\"mine\">${briefing.title}</p>\n");
        write("templates/assets/extra.css", "p{}\n");

        new SiteGenerator().build(config());

        assertThat(Files.readString(output.resolve("2023/01/01/one/index.html")))
                .isEqualTo("<p class=\"mine\">One &amp; Two</p>\n");
        assertThat(Files.readString(output.resolve("index.html"))).contains("<!DOCTYPE html>");
        assertThat(output.resolve("assets/style.css")).exists();
        assertThat(output.resolve("assets/extra.css")).hasContent("p{}");
    }

    private SiteConfig config() {
        return SiteTrees.fixtureConfig(project, output, 2);
    }

    private static List<String> messages(BuildFailedException e) {
        return e.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
