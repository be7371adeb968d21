package org.sitegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.config.SiteConfig;
import org.sitegen.pipeline.BuildReport;

/**
 * The multilingual fixture (sites/multilingual) with every language in a folder
 * ({@code defaultLanguageAtRoot} off), and an archive whose briefings all say the site's language:
 * what GoldenSiteTest's byte-for-byte tree does not show by itself.
 */
class MultilingualBuildTest {
    private static final Path FIXTURE = Path.of("src/test/resources/sites/multilingual");

    @TempDir
    Path temp;

    @Test
    void everyLanguageInAFolder_theRootSendsReadersToTheSiteLanguage() throws Exception {
        Path output = temp.resolve("site-output");
        SiteConfig config = SiteTrees.fixtureConfig(FIXTURE, output, 2).toBuilder().defaultLanguageAtRoot(false).build();
        BuildReport report = new SiteGenerator().build(config);
        Map<String, byte[]> files = SiteTrees.read(output);

        assertThat(files.keySet()).filteredOn(path -> !path.contains("/"))
                .containsExactlyInAnyOrder(".site-gen-output", "index.html", "404.html", "robots.txt");
        assertThat(files.keySet()).filteredOn(path -> path.contains("/"))
                .allMatch(path -> path.startsWith("en/") || path.startsWith("fr/") || path.startsWith("ar/")
                        || path.startsWith("assets/"));
        assertThat(files).containsKeys("en/index.html", "en/2023/02/19/lethal-aid-warning/index.html",
                "en/about/index.html", "fr/a-propos/index.html", "ar/index.html", "en/404.html");

        Document root = Jsoup.parse(new String(files.get("index.html"), StandardCharsets.UTF_8));
        assertThat(root.selectFirst("meta[http-equiv=refresh]").attr("content")).isEqualTo("0; url=en/index.html");
        Document notFound = Jsoup.parse(new String(files.get("404.html"), StandardCharsets.UTF_8));
        assertThat(notFound.selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("assets/style.css");
        assertThat(notFound.selectFirst("a.site-title").attr("href")).isEqualTo("en/index.html");
        assertThat(notFound.select("nav.site-nav--languages a").eachAttr("href"))
                .containsExactly("en/404.html", "ar/index.html", "fr/index.html");

        Document english = Jsoup.parse(new String(files.get("en/2023/02/19/lethal-aid-warning/index.html"),
                StandardCharsets.UTF_8));
        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(english.selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("../../../../../assets/style.css");
        assertThat(english.select("nav.site-nav--languages a").eachAttr("href")).containsExactly("index.html",
                "../../../../../ar/index.html", "../../../../../fr/2023/02/19/lethal-aid-warning/index.html");
        assertThat(report.warnings()).extracting(Object::toString).containsExactly(
                "pom.xml: warning: siteUrl is not set, so the site has no Atom feeds and no sitemap.xml (they need "
                        + "absolute URLs); set <siteUrl> or -Dsite-gen.siteUrl=https://…");
    }

    /**
     * With redirectsFile=netlify, the one _redirects file at the root lists the aliases of every
     * language, each at its language's folder (the root's part wrote only its own before).
     */
    @Test
    void redirectsFile_listsTheAliasesOfEveryLanguage() throws Exception {
        Path project = temp.resolve("aliases");
        SiteTrees.copy(FIXTURE.resolve("content"), project.resolve("content"));
        Path french = project.resolve("content/fr/2023-02-19-lethal-aid-warning.md");
        Files.writeString(french, Files.readString(french).replaceFirst("\n---\n", "\naliases: [/fr/ancienne-adresse/]\n---\n"));
        Path english = project.resolve("content/2023/2023-02-19-lethal-aid-warning.md");
        Files.writeString(english, Files.readString(english).replaceFirst("\n---\n", "\naliases: [/old-address/]\n---\n"));
        Path output = project.resolve("site-output");
        new SiteGenerator().build(SiteTrees.fixtureConfig(project, output, 2).toBuilder().redirectsFile("netlify").build());

        Map<String, byte[]> files = SiteTrees.read(output);
        assertThat(new String(files.get("_redirects"), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")))
                .containsExactly("/fr/ancienne-adresse/ /fr/2023/02/19/lethal-aid-warning/ 301",
                        "/old-address/ /2023/02/19/lethal-aid-warning/ 301");
        assertThat(files).containsKeys("fr/ancienne-adresse/index.html", "old-address/index.html");
    }

    /** Saying the site's language, or sharing keys within it, changes nothing: one language, no folders. */
    @Test
    void briefingsInTheSiteLanguageOnly_areASiteInOneLanguage() throws Exception {
        Path project = temp.resolve("one");
        Path content = Files.createDirectories(project.resolve("content/2023"));
        Files.writeString(content.resolve("2023-03-01-a.md"), "---\ntitle: A\ndate: 2023-03-01\nlang: EN\n---\nA.\n");
        Files.writeString(content.resolve("2023-03-02-b.md"), "---\ntitle: B\ndate: 2023-03-02\n---\nB.\n");
        Path output = project.resolve("site-output");
        new SiteGenerator().build(SiteTrees.fixtureConfig(project, output, 2));

        Map<String, byte[]> files = SiteTrees.read(output);
        assertThat(files).containsKeys("index.html", "2023/03/01/a/index.html").doesNotContainKeys("en/index.html");
        assertThat(new String(files.get("index.html"), StandardCharsets.UTF_8)).doesNotContain("hreflang")
                .doesNotContain("site-nav--languages");
    }
}
