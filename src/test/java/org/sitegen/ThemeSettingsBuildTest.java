package org.sitegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sitegen.BadInputCatalogueTest.utf8;
import static org.sitegen.BadInputCatalogueTest.write;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.config.SiteConfig;
import org.sitegen.config.ThemeSettings;
import org.sitegen.diag.Diagnostic;
import org.sitegen.pipeline.BuildReport;

/**
 * Theming without copying the theme (issue #25): the settings reach every page through a
 * stylesheet of their own, custom.css adds to the theme on every page, and an override that
 * replaces a built-in asset with a scrap of it is reported at its path.
 */
class ThemeSettingsBuildTest {
    @TempDir
    Path project;

    @BeforeEach
    void briefing() throws Exception {
        write(project, "content/2023/2023-01-01-valid.md", utf8(
                "---\ntitle: Valid one\ndate: 2023-01-01\ntags: [valid]\ncountries: [Examplia]\n---\nA valid briefing.\n"));
    }

    private SiteConfig config(ThemeSettings theme) {
        return BadInputCatalogueTest.config(project).toBuilder().taxonomies(List.of("tags", "countries"))
                .theme(theme).build();
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(project.resolve("site-output").resolve(path).toFile(), "UTF-8");
    }

    /** The screen stylesheets, in order (print.css, for paper only, is checked on its own). */
    private static List<String> stylesheets(Document page) {
        return page.select("link[rel=stylesheet]:not([media=print])").eachAttr("href");
    }

    /**
     * Every page links the print stylesheet (for paper only) and the icons, all published: no
     * browser asks for a /favicon.ico the site lacks. An archive's own icon replaces the theme's
     * whatever its size, unlike a scrap of a stylesheet (nothing to warn about).
     */
    @Test
    void iconsAndPrintStylesheet_linkedFromEveryPage_andOwnIconReplacesTheThemesSilently() throws Exception {
        write(project, "templates/assets/favicon.svg", utf8("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));

        BuildReport report = new SiteGenerator().build(config(ThemeSettings.defaults()));

        for (String path : List.of("index.html", "2023/01/01/valid/index.html", "404.html", "tags/valid/index.html")) {
            Document page = page(path);
            String root = path.equals("404.html") ? "" : "../".repeat(path.split("/").length - 1);
            assertThat(page.select("link[rel=stylesheet][media=print]").eachAttr("href")).as(path)
                    .containsExactly(root + "assets/print.css");
            assertThat(page.select("link[rel=icon]").eachAttr("href")).as(path).containsExactly(root + "assets/favicon.svg");
            assertThat(page.select("link[rel=apple-touch-icon]").eachAttr("href")).as(path)
                    .containsExactly(root + "assets/apple-touch-icon.png");
        }
        Path assets = project.resolve("site-output/assets");
        assertThat(assets.resolve("favicon.svg")).hasContent("<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertThat(Files.readAllBytes(assets.resolve("apple-touch-icon.png"))).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        assertThat(Files.readString(assets.resolve("print.css"))).contains("attr(href)");
        assertThat(report.warnings()).extracting(Diagnostic::toString).noneMatch(w -> w.contains("assets"));
    }

    @Test
    void noSettings_everyPageLinksTheWholeThemeThenTheEmptyCustomCss() throws Exception {
        BuildReport report = new SiteGenerator().build(config(ThemeSettings.defaults()));

        assertThat(stylesheets(page("index.html"))).containsExactly("assets/style.css", "assets/custom.css");
        assertThat(stylesheets(page("2023/01/01/valid/index.html")))
                .containsExactly("../../../../assets/style.css", "../../../../assets/custom.css");
        assertThat(project.resolve("site-output/assets/custom.css")).isEmptyFile();
        assertThat(project.resolve("site-output/assets/theme-settings.css")).doesNotExist();
        assertThat(page("index.html").selectFirst(".site-title").text()).isEqualTo("Catalogue");
        assertThat(page("index.html").select(".site-nav a").eachText()).contains("Tags", "Countries");
        assertThat(report.warnings()).extracting(Diagnostic::toString).noneMatch(w -> w.contains("assets"));
    }

    @Test
    void settings_stylesheetBetweenThemeAndCustomCss_logoHeaderTextAndTaxonomyNamesOnPages() throws Exception {
        write(project, "templates/assets/logo.svg", utf8("<svg xmlns=\"http://www.w3.org/2000/svg\"/>"));
        write(project, "templates/assets/custom.css", utf8(":root { --link: #123456; }\n"));
        ThemeSettings theme = new ThemeSettings("#0a5c36", "", "assets/logo.svg", "The Examplia Desk",
                "Georgia, serif", "", Map.of("tags", "Topics", "countries", "Where"));

        BuildReport report = new SiteGenerator().build(config(theme));

        Document home = page("index.html");
        assertThat(stylesheets(home)).containsExactly("assets/style.css", "assets/theme-settings.css",
                "assets/custom.css");
        assertThat(Files.readString(project.resolve("site-output/assets/theme-settings.css"))).isEqualTo(theme.css());
        assertThat(project.resolve("site-output/assets/custom.css")).hasContent(":root { --link: #123456; }");
        assertThat(Files.size(project.resolve("site-output/assets/style.css"))).as("the whole theme")
                .isGreaterThan(10_000);
        Element title = home.selectFirst("a.site-title");
        assertThat(title.text()).isEqualTo("The Examplia Desk");
        assertThat(title.selectFirst("img.site-title__logo").attr("src")).isEqualTo("assets/logo.svg");
        assertThat(title.selectFirst("img").attr("alt")).as("decorative: the text follows").isEmpty();
        assertThat(home.title()).isEqualTo("Catalogue");
        assertThat(home.select(".site-nav a").eachText()).containsSubsequence("Topics", "Where");
        assertThat(page("countries/index.html").selectFirst("h1").text()).isEqualTo("Where");
        assertThat(page("2023/01/01/valid/index.html").select(".taxa dt").eachText()).containsExactly("Topics", "Where"); // each taxonomy under its own name
        assertThat(report.warnings()).extracting(Diagnostic::toString).noneMatch(w -> w.contains("assets"));
    }

    @Test
    void styleCssOfAFewCustomProperties_isReportedAtItsPath_pointingAtCustomCss() throws Exception {
        write(project, "templates/assets/style.css", utf8(":root { --accent: #0a5c36; }\n"));

        BuildReport report = new SiteGenerator().build(config(ThemeSettings.defaults()));

        assertThat(report.warnings()).extracting(Diagnostic::toString).anySatisfy(w -> assertThat(w)
                .matches("templates/assets/style\\.css: warning: replaces the built-in assets/style\\.css \\(\\d+ bytes\\) "
                        + "with 29 bytes, so pages lose every style it does not repeat; to change a few values \\(the "
                        + "colours\\), put only those in templates/assets/custom\\.css, which is loaded after the "
                        + "theme's stylesheet and adds to it, and delete this file"));
        assertThat(new SiteGenerator().check(config(ThemeSettings.defaults()))).extracting(Diagnostic::toString)
                .anyMatch(w -> w.startsWith("templates/assets/style.css: warning: replaces the built-in"));
    }

    @Test
    void fullCopyOfStyleCss_withChanges_isNotReported() throws Exception {
        byte[] theme = getClass().getResourceAsStream("/org/sitegen/theme/assets/style.css").readAllBytes();
        write(project, "templates/assets/style.css", utf8(new String(theme, "UTF-8").replace("#9e1b1b", "#0a5c36")));

        BuildReport report = new SiteGenerator().build(config(ThemeSettings.defaults()));

        assertThat(report.warnings()).extracting(Diagnostic::toString).noneMatch(w -> w.contains("style.css"));
    }

    @Test
    void missingLogo_andAFileInTheSettingsStylesheetsPlace_areReported() throws Exception {
        write(project, "templates/assets/theme-settings.css", utf8("p { color: red }"));
        ThemeSettings theme = new ThemeSettings("teal", "", "assets/nologo.png", "", "", "", Map.of());

        BuildReport report = new SiteGenerator().build(config(theme));

        assertThat(report.warnings()).extracting(Diagnostic::toString).contains(
                "pom.xml: warning: logo 'assets/nologo.png' is not a file of the site; put it in templates/assets/ "
                        + "and set <logo>assets/NAME</logo>, or give its path below content/",
                "templates/assets/theme-settings.css: warning: not published: site-gen writes "
                        + "/assets/theme-settings.css from the theme settings; rename this file and link it from a "
                        + "template, or put its rules in templates/assets/custom.css");
        assertThat(project.resolve("site-output/assets/theme-settings.css")).hasContent(theme.css().strip());
    }

    @Test
    void taxonomyNameForAnUnconfiguredTaxonomy_isRefused() {
        assertThatThrownBy(() -> config(new ThemeSettings("", "", "", "", "", "", Map.of("people", "People"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("taxonomyNames names 'people', which is not one of the taxonomies (tags, countries)");
    }
}
