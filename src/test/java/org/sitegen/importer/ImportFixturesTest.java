package org.sitegen.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.diag.Diagnostic;
import org.sitegen.diag.Diagnostics;

/**
 * A handful of real posts of each kind (and a few written to cover what they do not use), see
 * each fixture's ORIGIN.md: imported, compared with the golden report, then built with zero
 * errors and no template syntax left; a second import overwrites nothing.
 * Regenerate the golden reports with -Dimport.regenerate=true and read the diff.
 */
class ImportFixturesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/import");

    @TempDir
    Path temp;

    @Test
    void jekyllFixtureImportsAsTheGoldenReportSaysAndBuilds() throws Exception {
        ImportAndBuild site = ImportAndBuild.run(FIXTURES.resolve("jekyll"), temp);
        golden(site, "jekyll-report.expected");
        assertEquals(List.of(), errors(site.buildProblems));
        assertEquals(0, site.literalsLeft("{%") + site.literalsLeft("{{"));
        assertTrue(site.kept("{{") > 0, "the {% raw %} text is kept as written");
        assertEquals(List.of(), site.unanswered(site.imported.items().stream()
                .filter(i -> !i.isDraft()).flatMap(i -> i.oldUrls().stream()).toList()));
        // 18F's /2015/05/21/TockingTime/ differs from the new URL only in case: the page itself is there
        Path page = site.output.resolve("2015/05/21/tockingtime/index.html");
        Path old = site.output.resolve("2015/05/21/TockingTime/index.html");
        assertTrue(Files.isRegularFile(old) && Files.mismatch(page, old) == -1, "the page at its old URL's spelling");
        String pom = Files.readString(temp.resolve("pom.xml"), StandardCharsets.UTF_8);
        assertTrue(pom.contains("<siteUrl>https://18f.gsa.gov</siteUrl>"), pom);
        assertTrue(pom.contains("<taxonomy>tags</taxonomy>") && pom.contains("<taxonomy>categories</taxonomy>"), pom);
    }

    @Test
    void hugoFixtureImportsAsTheGoldenReportSaysAndBuilds() throws Exception {
        ImportAndBuild site = ImportAndBuild.run(FIXTURES.resolve("hugo"), temp);
        golden(site, "hugo-report.expected");
        assertEquals(List.of(), errors(site.buildProblems));
        assertEquals(0, site.literalsLeft("{{<") + site.literalsLeft("{{%"));
        assertEquals(List.of(), site.unanswered(site.imported.items().stream().filter(i -> !i.isDraft())
                .flatMap(i -> i.oldUrls().stream()).toList()));
        assertTrue(Files.isRegularFile(temp.resolve("content/2021/2021-03-08-2021-bundle/pixel.png"))
                        && Files.isRegularFile(site.output.resolve("2021/03/08/2021-bundle/index.html")),
                "the bundle's image is copied beside its post");
        String pom = Files.readString(temp.resolve("pom.xml"), StandardCharsets.UTF_8);
        assertTrue(pom.contains("<taxonomy>topics</taxonomy>") && pom.contains("<siteUrl>https://yihui.org</siteUrl>"),
                pom);
    }

    @Test
    void importingTwiceOverwritesNothingUnlessAsked() throws Exception {
        Path source = FIXTURES.resolve("hugo");
        Importer.Result first = new Importer().run(new Importer.Options(source, Optional.empty(), temp, false,
                ImportAndBuild.PLUGIN), new Diagnostics());
        Path post = temp.resolve("content/2017/2017-08-22-hugo-post-summary.md");
        Files.writeString(post, "edited by a person", StandardCharsets.UTF_8);
        Importer.Result second = new Importer().run(new Importer.Options(source, Optional.empty(), temp, false,
                ImportAndBuild.PLUGIN), new Diagnostics());
        assertEquals(List.of(), second.written());
        assertEquals(first.written().stream().filter(p -> !p.equals("pom.xml")).toList(), second.refused());
        assertEquals("edited by a person", Files.readString(post, StandardCharsets.UTF_8));
        assertTrue(second.reportText().contains("content/2017/2017-08-22-hugo-post-summary.md: warning: exists already: "
                + "not overwritten (-Dsite-gen.overwrite=true overwrites it)"), second.reportText());
        Importer.Result third = new Importer().run(new Importer.Options(source, Optional.empty(), temp, true,
                ImportAndBuild.PLUGIN), new Diagnostics());
        assertEquals(List.of(), third.refused());
        assertTrue(Files.readString(post, StandardCharsets.UTF_8).startsWith("---\ntitle: "));
    }

    @Test
    void symbolicLinksAreNotFollowedAndSaid() throws Exception {
        Path source = temp.resolve("source");
        Files.createDirectories(source.resolve("_posts"));
        Files.writeString(source.resolve("_config.yml"), "title: T\n", StandardCharsets.UTF_8);
        Files.writeString(temp.resolve("secret.md"), "---\ntitle: Secret\n---\nsecret\n", StandardCharsets.UTF_8);
        Files.createSymbolicLink(source.resolve("_posts/2020-01-01-link.md"), temp.resolve("secret.md"));
        Importer.Result result = new Importer().convert(new Importer.Options(source, Optional.empty(), temp.resolve("out"),
                false, ImportAndBuild.PLUGIN), new Diagnostics());
        assertEquals(0, result.posts());
        assertEquals(List.of("_posts/2020-01-01-link.md: warning: not imported: a symbolic link (not followed); copy what "
                + "it points to if it belongs to the archive"), result.report().entries().stream()
                .filter(e -> e.kind().equals("warning")).map(Object::toString).toList());
    }

    private static List<String> errors(List<Diagnostic> problems) {
        return problems.stream().filter(Diagnostic::isError).map(Diagnostic::toString).toList();
    }

    private void golden(ImportAndBuild site, String name) throws Exception {
        Path expected = FIXTURES.resolve(name);
        String actual = Files.readString(temp.resolve(Importer.REPORT_FILE), StandardCharsets.UTF_8);
        if (Boolean.getBoolean("import.regenerate")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual);
    }
}
