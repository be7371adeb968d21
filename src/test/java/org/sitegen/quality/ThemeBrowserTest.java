package org.sitegen.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.sitegen.SiteGenerator;
import org.sitegen.config.AssetPolicy;
import org.sitegen.config.RawHtml;
import org.sitegen.config.SiteConfig;
import org.sitegen.config.ThemeSettings;

/**
 * Changing only the colours, the two ways a non-programmer is told to (issue #25): the theme
 * settings, or a custom.css of one custom property. In Chromium, from file://, in light and in
 * dark mode: the accent reaches the header rule and the search button, and the rest of the theme
 * still applies (the page is still fully styled).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ThemeBrowserTest {
    private static final Path CHROMIUM = Path.of(System.getProperty("sitegen.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("sitegen.chromedriver", "/usr/bin/chromedriver"));
    private static final String THEME_LIGHT_ACCENT = "rgb(158, 27, 27)"; // #9e1b1b in style.css
    private static final String THEME_DARK_ACCENT = "rgb(240, 138, 126)"; // #f08a7e

    private ChromeDriver browser;
    private Path temp;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        this.temp = temp;
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER))
                .as("the browser tests need %s and %s: apt-get install -y chromium chromium-driver", CHROMIUM, DRIVER)
                .isTrue();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createDirectories(temp.resolve("chromium-profile")),
                "--window-size=1200,900");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private Path build(String name, ThemeSettings theme, String customCss) throws Exception {
        Path project = temp.resolve(name);
        Path briefing = project.resolve("content/2023/2023-01-01-harbour.md");
        Files.createDirectories(briefing.getParent());
        Files.writeString(briefing, "---\ntitle: Harbour reopens\ndate: 2023-01-01\ntags: [ports]\n---\nIt did.\n");
        if (customCss != null) {
            Files.createDirectories(project.resolve("templates/assets"));
            Files.writeString(project.resolve("templates/assets/custom.css"), customCss);
        }
        SiteConfig config = SiteConfig.builder(project).siteTitle("Colours").zone(ZoneId.of("UTC"))
                .taxonomies(List.of("tags")).threads(2).now(Instant.parse("2030-01-01T00:00:00Z")).theme(theme)
                .build();
        new SiteGenerator().build(config);
        return project.resolve("site-output");
    }

    /** Computed colours of the page in {@code scheme}: header rule, search button, and two plain theme rules. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> styles(Path site, String scheme) {
        browser.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
        browser.get(site.resolve("2023/01/01/harbour/index.html").toUri().toString());
        return (Map<String, Object>) ((JavascriptExecutor) browser).executeScript("""
                const s = (selector) => getComputedStyle(document.querySelector(selector));
                return {
                  rule: s('.site-header').borderTopColor,
                  button: s('.site-search__button').backgroundColor,
                  bodyDisplay: s('body').display,
                  wrapMaxWidth: s('.wrap').maxWidth,
                  chipRadius: s('.chip').borderTopLeftRadius,
                  background: s('body').backgroundColor
                };""");
    }

    private static void assertFullyStyled(Map<String, Object> styles) {
        assertThat(styles.get("bodyDisplay")).as("the theme's layout").isEqualTo("flex");
        assertThat(styles.get("wrapMaxWidth")).as("the theme's measure").isNotEqualTo("none");
        assertThat(styles.get("chipRadius")).as("the theme's chips").isNotEqualTo("0px");
    }

    @Test
    void accentSetting_coloursHeaderRuleAndSearchButton_lightAndDerivedDark_themeIntact() throws Exception {
        Path site = build("settings", new ThemeSettings("#0a5c36", "", "", "", "", "", Map.of()), null);

        Map<String, Object> light = styles(site, "light");
        assertThat(light.get("rule")).isEqualTo("rgb(10, 92, 54)");
        assertThat(light.get("button")).isEqualTo("rgb(10, 92, 54)");
        assertFullyStyled(light);

        Map<String, Object> dark = styles(site, "dark");
        assertThat(dark.get("rule")).as("derived from the setting, not the theme's own dark accent")
                .isNotIn("rgb(10, 92, 54)", THEME_DARK_ACCENT, THEME_LIGHT_ACCENT)
                .isEqualTo(dark.get("button"));
        assertThat(dark.get("background")).as("still the theme's dark page").isEqualTo("rgb(20, 21, 24)");
        assertFullyStyled(dark);
    }

    @Test
    void darkAccentSetting_isUsedInDarkMode() throws Exception {
        Path site = build("settings-dark", new ThemeSettings("#0a5c36", "#7fd1a8", "", "", "", "", Map.of()), null);

        assertThat(styles(site, "dark").get("button")).isEqualTo("rgb(127, 209, 168)");
        assertThat(styles(site, "light").get("button")).isEqualTo("rgb(10, 92, 54)");
    }

    @Test
    void customCssOfOneCustomProperty_addsToTheTheme_inBothSchemes() throws Exception {
        Path site = build("custom-css", ThemeSettings.defaults(), ":root { --accent: #1d4ed8; }\n");

        for (String scheme : List.of("light", "dark")) {
            Map<String, Object> styles = styles(site, scheme);
            assertThat(styles.get("rule")).as(scheme).isEqualTo("rgb(29, 78, 216)");
            assertThat(styles.get("button")).as(scheme).isEqualTo("rgb(29, 78, 216)");
            assertFullyStyled(styles);
        }
    }

    @Test
    void noSettings_theThemesOwnAccents() throws Exception {
        Path site = build("plain", ThemeSettings.defaults(), null);

        assertThat(styles(site, "light").get("button")).isEqualTo(THEME_LIGHT_ACCENT);
        assertThat(styles(site, "dark").get("button")).isEqualTo(THEME_DARK_ACCENT);
        assertThat(Files.readString(site.resolve("assets/custom.css"), StandardCharsets.UTF_8)).isEmpty();
    }
}
