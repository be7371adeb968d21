package org.sitegen.init;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.pipeline.BuildReport;
import org.sitegen.SiteGenerator;
import org.sitegen.config.SiteConfig;
import org.sitegen.content.DateParser;
import org.sitegen.content.FrontMatter;
import org.sitegen.content.FrontMatterParser;
import org.sitegen.content.FrontMatterSplitter;
import org.sitegen.content.Slugs;
import org.sitegen.diag.Diagnostic;
import org.sitegen.diag.Diagnostics;
import org.sitegen.init.ArchiveScaffold.ArchiveFile;

class ArchiveScaffoldTest {
    private static final ArchiveScaffold.Plugin PLUGIN = new ArchiveScaffold.Plugin("org.sitegen",
            "site-gen-maven-plugin", "1.2.3");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Late in the evening in Berlin: already the next day in Tokyo. */
    private static final ZonedDateTime LATE = ZonedDateTime.of(2024, 3, 5, 23, 30, 0, 0, BERLIN);

    private final ArchiveScaffold scaffold = new ArchiveScaffold(PLUGIN, new Slugs());

    @TempDir
    Path folder;

    private Map<String, String> files(NewArchive archive, ZonedDateTime now) {
        Map<String, String> files = new LinkedHashMap<>();
        scaffold.files(archive, now).forEach(f -> files.put(f.path(), f.text()));
        return files;
    }

    /** The pom as Maven itself reads it (strictly: an unknown or misplaced element is an error). */
    private static Model maven(String pom) throws Exception {
        return new MavenXpp3Reader().read(new StringReader(pom), true);
    }

    private static Map<String, String> configuration(Model model) {
        Plugin plugin = model.getBuild().getPlugins().get(0);
        Map<String, String> settings = new LinkedHashMap<>();
        for (Xpp3Dom child : ((Xpp3Dom) plugin.getConfiguration()).getChildren()) {
            settings.put(child.getName(), child.getValue());
        }
        return settings;
    }

    @Test
    void files_areTheArchivesFilesInWritingOrder_withTheSampleDatedInItsZone() {
        assertThat(files(NewArchive.titled("My Briefings"), LATE)).containsOnlyKeys("pom.xml", ".gitignore",
                ".mvn/jvm.config", ".github/workflows/site-gen-check.yml", ".github/workflows/site-gen-pages.yml",
                "content/2024/2024-03-05-your-first-briefing.md", "content/pages/about.md");
        assertThat(scaffold.files(NewArchive.titled("x"), LATE.withZoneSameInstant(ZoneId.of("Asia/Tokyo"))))
                .extracting(ArchiveFile::path).contains("content/2024/2024-03-06-your-first-briefing.md");
    }

    @Test
    void pom_titleOnly_namesThePluginByItsCoordinates_andLeavesSiteUrlOutWithAComment() throws Exception {
        String pom = files(NewArchive.titled("My Briefings"), LATE).get("pom.xml");
        Model model = maven(pom);

        assertThat(model.getGroupId() + ":" + model.getArtifactId() + ":" + model.getVersion())
                .isEqualTo("org.example:my-briefings:1");
        assertThat(model.getPackaging()).isEqualTo("pom");
        assertThat(model.getName()).isEqualTo("My Briefings");
        assertThat(model.getBuild().getPlugins()).singleElement().satisfies(p -> assertThat(
                p.getGroupId() + ":" + p.getArtifactId() + ":" + p.getVersion())
                .isEqualTo("org.sitegen:site-gen-maven-plugin:1.2.3"));
        assertThat(configuration(model)).containsExactly(Map.entry("siteTitle", "My Briefings"));
        assertThat(pom).as("no live-looking address: a comment says what to put there")
                .contains("<!-- <siteUrl>: the address the site is published at")
                .doesNotContain("<siteUrl>http").doesNotContain("example.org");
    }

    @Test
    void pom_everySettingGiven_writesEachAsGiven_escapedForXml() throws Exception {
        NewArchive archive = new NewArchive("  Talks & <Treaties> in Zürich ", "https://news.example.net/briefings",
                "Who said what, & when", "de-CH", "Europe/Zurich");
        Model model = maven(files(archive, LATE).get("pom.xml"));

        assertThat(model.getName()).isEqualTo("Talks & <Treaties> in Zürich");
        assertThat(model.getArtifactId()).isEqualTo("talks-treaties-in-zurich");
        assertThat(configuration(model)).containsExactly(Map.entry("siteTitle", "Talks & <Treaties> in Zürich"),
                Map.entry("siteUrl", "https://news.example.net/briefings"),
                Map.entry("siteDescription", "Who said what, & when"), Map.entry("language", "de-CH"),
                Map.entry("timeZone", "Europe/Zurich"));
    }

    @Test
    void pom_titleWithoutLettersOrDigits_getsAnArtifactIdAllTheSame() throws Exception {
        assertThat(maven(files(NewArchive.titled("!!!"), LATE).get("pom.xml")).getArtifactId()).isEqualTo("archive");
    }

    @Test
    void pom_settingsAPomCannotHoldAsTyped_areRefusedWithTheReason() {
        assertThatThrownBy(() -> scaffold.files(NewArchive.titled("  "), LATE))
                .hasMessage("the site needs a title");
        assertThatThrownBy(() -> scaffold.files(NewArchive.titled("Two\u0007bells"), LATE))
                .hasMessage("siteTitle \"TwoU+0007bells\" holds a control character or line break, which a "
                        + "pom.xml setting cannot");
        assertThatThrownBy(() -> scaffold.files(new NewArchive("T", "", "Costs in ${currency}", "", ""), LATE))
                .hasMessage("siteDescription \"Costs in ${currency}\" holds \"${\", which Maven would replace "
                        + "with the value of a property");
    }

    @Test
    void sampleBriefing_isAPublishedBriefingDatedNow() throws Exception {
        String text = files(NewArchive.titled("x"), LATE).get("content/2024/2024-03-05-your-first-briefing.md");
        Diagnostics diagnostics = new Diagnostics();

        Optional<FrontMatter> parsed = new FrontMatterParser(new DateParser(BERLIN), List.of("tags"))
                .parse(new FrontMatterSplitter().split(text), "x.md", Optional.empty(), true, diagnostics);

        assertThat(diagnostics.sorted()).isEmpty();
        FrontMatter fm = parsed.orElseThrow();
        assertThat(fm.title()).isEqualTo("Your first briefing");
        assertThat(fm.date().at()).isEqualTo(LATE);
        assertThat(fm.draft()).as("a draft would leave the new site empty").isFalse();
        assertThat(fm.summary()).isNotBlank();
    }

    /** The engine, as `mvn site-gen:check` and `build` run it, on exactly what init writes. */
    @Test
    void theNewArchive_checksWithOnlyTheSiteUrlWarning_andBuildsWithItsLinksResolved() throws Exception {
        ArchiveScaffold.write(folder, scaffold.files(NewArchive.titled("My Briefings"), LATE), false);
        SiteConfig config = SiteConfig.builder(folder).siteTitle("My Briefings").zone(BERLIN).threads(2)
                .now(Instant.now()).build();

        assertThat(new SiteGenerator().check(config)).extracting(Diagnostic::toString).containsExactly(
                "pom.xml: warning: siteUrl is not set, so the site has no Atom feeds and no sitemap.xml (they need "
                        + "absolute URLs); set <siteUrl> or -Dsite-gen.siteUrl=https://…");
        assertThat(new SiteGenerator().check(config.toBuilder().siteUrl("https://briefings.example.net").build())).isEmpty();

        BuildReport report = new SiteGenerator().build(config);
        assertThat(report.pagesByKind()).containsEntry("briefing", 1).containsEntry("page", 1);
        Path page = folder.resolve("site-output/2024/03/05/your-first-briefing/index.html");
        assertThat(Files.readString(page)).contains("href=\"../../../../about/index.html\"");
        assertThat(folder.resolve("site-output/tags/getting-started/index.html")).exists();
    }

    @Test
    void existingAndWrite_neverOverwriteWithoutBeingTold() throws Exception {
        List<ArchiveFile> files = scaffold.files(NewArchive.titled("x"), LATE);
        Files.writeString(folder.resolve("pom.xml"), "mine");
        Files.createDirectories(folder.resolve("content/pages"));
        Files.createSymbolicLink(folder.resolve("content/pages/about.md"), folder.resolve("nowhere"));

        assertThat(ArchiveScaffold.existing(folder, files)).containsExactly("pom.xml", "content/pages/about.md");
        assertThatThrownBy(() -> ArchiveScaffold.write(folder, files, false))
                .isInstanceOf(FileAlreadyExistsException.class);
        assertThat(folder.resolve("pom.xml")).hasContent("mine");
    }

    @Test
    void write_overwriting_replacesASymbolicLinkItself_neverWhatItPointsTo() throws Exception {
        List<ArchiveFile> files = scaffold.files(NewArchive.titled("x"), LATE);
        Path outside = Files.writeString(folder.resolve("outside.txt"), "keep");
        Path archive = Files.createDirectory(folder.resolve("archive"));
        Files.createSymbolicLink(archive.resolve("pom.xml"), outside);

        ArchiveScaffold.write(archive, files, true);

        assertThat(outside).hasContent("keep");
        assertThat(Files.isSymbolicLink(archive.resolve("pom.xml"))).isFalse();
        for (ArchiveFile file : files) {
            assertThat(archive.resolve(file.path())).hasContent(file.text());
        }
        try (var left = Files.list(archive)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
        Path fresh = Files.createDirectory(folder.resolve("fresh"));
        ArchiveScaffold.write(fresh, files, false);
        assertThat(Files.getPosixFilePermissions(archive.resolve("pom.xml")))
                .as("an overwritten file gets the permissions of a new one")
                .isEqualTo(Files.getPosixFilePermissions(fresh.resolve("pom.xml")));
    }

    /** bench/jvm.config is the one source of the batch settings: the README shows it, init writes it. */
    @Test
    void jvmConfig_isBenchJvmConfig_whichTheReadmeShows() throws Exception {
        String bench = Files.readString(Path.of("bench/jvm.config"));
        assertThat(ArchiveScaffold.resource("jvm.config")).isEqualTo(bench);
        assertThat(files(NewArchive.titled("x"), LATE).get(".mvn/jvm.config")).isEqualTo(bench);

        String readme = Files.readString(Path.of("README.md"));
        int advice = readme.indexOf("in an archive started otherwise, put this there:");
        assertThat(advice).as("README's large-archive advice").isNotNegative();
        int start = readme.indexOf("```\n", advice) + 4;
        assertThat(readme.substring(start, readme.indexOf("```\n", start))).isEqualTo(bench);
    }

    /** docs/ci/ is the one source of the workflows: init writes them as they are there. */
    @Test
    void workflows_areTheRecipesOfDocsCi() throws Exception {
        Map<String, String> files = files(NewArchive.titled("x"), LATE);
        assertThat(files.get(".github/workflows/site-gen-check.yml"))
                .isEqualTo(Files.readString(Path.of("docs/ci/github-actions-check.yml")));
        assertThat(files.get(".github/workflows/site-gen-pages.yml"))
                .isEqualTo(Files.readString(Path.of("docs/ci/github-pages.yml")));
    }

    /** What git sees after a build: the archive's own files, nothing a build or Maven made. */
    @Test
    void gitignore_keepsOutEverythingABuildMakes() throws Exception {
        List<ArchiveFile> files = scaffold.files(NewArchive.titled("x"), LATE);
        ArchiveScaffold.write(folder, files, false);
        new SiteGenerator().build(SiteConfig.defaults(folder));
        for (String made : List.of("target/site-gen/build-state", ".site-output.staging/index.html",
                ".site-output.previous/index.html", ".mvn/classes.jsa")) {
            Files.createDirectories(folder.resolve(made).getParent());
            Files.writeString(folder.resolve(made), "made");
        }
        assertThat(folder.resolve("site-output/index.html")).exists();

        assertThat(git("init", "-q")).isEmpty();
        assertThat(git("status", "--porcelain", "--untracked-files=all").lines().map(l -> l.substring(3)))
                .containsExactlyInAnyOrderElementsOf(files.stream().map(ArchiveFile::path).toList());
    }

    private String git(String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "core.quotePath=false"));
        command.addAll(List.of(arguments));
        Process git = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
        String out = new String(git.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(git.waitFor()).as(String.join(" ", command) + ": " + out).isZero();
        return out;
    }
}
