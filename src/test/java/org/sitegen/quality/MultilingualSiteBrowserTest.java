package org.sitegen.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The multilingual fixture (sites/multilingual: English at the root, French and Arabic in their
 * folders) in a real browser: every page kind of every language has its {@code <html lang dir>},
 * a language switcher whose links name each language in itself and lead to the page's
 * translation (or, untranslated, to that language's home), each language's search finds its own
 * briefings in its own words, and axe-core finds nothing on any of them.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MultilingualSiteBrowserTest {
    /** Every page kind the fixture has, as a path within a language's folder. */
    private static final List<String> KINDS = List.of("index.html", "2023/02/18/blinken-wang-munich/index.html",
            "archive/index.html", "2023/index.html", "2023/02/index.html", "2023/02/18/index.html",
            "2023/w07/index.html", "2023/review/index.html", "tags/index.html", "people/index.html",
            "search/index.html", "404.html");
    private static final Map<String, String> FOLDERS = Map.of("en", "", "fr", "fr/", "ar", "ar/");

    private HttpServer server;
    private WebDriver browser;
    private String base;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        server = FixtureSite.serve(FixtureSite.buildMultilingual(temp, ""));
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        ChromiumBinaries chromium = ChromiumBinaries.find();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.browser.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createDirectories(temp.resolve("chromium-profile")),
                "--window-size=1200,900");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(chromium.driver.toFile())
                .usingAnyFreePort().build(), options);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void everyKindInEveryLanguage_hasItsLangAndDir_aSwitcher_andAxeFindsNothing() throws Exception {
        String axe;
        try (InputStream in = MultilingualSiteBrowserTest.class.getResourceAsStream("/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder problems = new StringBuilder();
        for (Map.Entry<String, String> language : FOLDERS.entrySet()) {
            for (String kind : KINDS) {
                String page = language.getValue() + kind;
                browser.get(base + page);
                WebElement html = browser.findElement(By.tagName("html"));
                assertThat(html.getDomAttribute("lang")).as(page).isEqualTo(language.getKey());
                assertThat(html.getDomAttribute("dir")).as(page).isEqualTo(language.getKey().equals("ar") ? "rtl" : null);
                List<WebElement> switcher = browser.findElements(By.cssSelector("nav.site-nav--languages a"));
                assertThat(switcher).as(page).extracting(a -> a.getDomAttribute("lang"))
                        .containsExactly("en", "ar", "fr");
                assertThat(switcher).as(page).extracting(WebElement::getText)
                        .containsExactly("English", "العربية", "Français");
                assertThat(switcher).as(page).filteredOn(a -> "page".equals(a.getDomAttribute("aria-current")))
                        .extracting(a -> a.getDomAttribute("lang")).containsExactly(language.getKey());
                JavascriptExecutor js = (JavascriptExecutor) browser;
                js.executeScript(axe);
                Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',"
                        + " 'wcag22aa', 'best-practice']}, resultTypes: ['violations']})"
                        + ".then(function (r) { done(r.violations.map(function (v) { return v.id + ': ' + v.help + ' ' + JSON.stringify(v.nodes.map(function (n) { return n.target; })); })); },"
                        + " function (e) { done(['axe failed: ' + e]); });");
                for (Object violation : (List<?>) result) {
                    problems.append(page).append(": ").append(violation).append('\n');
                }
            }
        }
        assertThat(problems.toString()).as("axe-core violations on the multilingual site").isEmpty();
    }

    @Test
    void theSwitcherLeadsToTheTranslation_orToTheHomeOfALanguageWithoutOne() {
        browser.get(base + "2023/02/19/lethal-aid-warning/index.html");
        browser.findElement(By.cssSelector("nav.site-nav--languages a[lang='fr']")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("La Chine envisage une aide militaire létale à la Russie, selon Washington");
        assertThat(browser.getCurrentUrl()).isEqualTo(base + "fr/2023/02/19/lethal-aid-warning/index.html");
        // no Arabic version of this one: the Arabic home
        browser.findElement(By.cssSelector("nav.site-nav--languages a[lang='ar']")).click();
        assertThat(browser.getCurrentUrl()).isEqualTo(base + "ar/index.html");
        // linked by path from the Arabic side, both ways
        browser.get(base + "ar/2023/02/18/blinken-wang-munich/index.html");
        browser.findElement(By.cssSelector("nav.site-nav--languages a[lang='en']")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Antony Blinken and Wang Yi meet in Munich");
        browser.findElement(By.cssSelector("nav.site-nav--languages a[lang='ar']")).click();
        assertThat(browser.getCurrentUrl()).isEqualTo(base + "ar/2023/02/18/blinken-wang-munich/index.html");
    }

    @Test
    void eachLanguageSearchesItsOwnBriefings() {
        assertThat(search("fr/", "létale")).containsExactly(
                "La Chine envisage une aide militaire létale à la Russie, selon Washington");
        assertThat(search("", "lethal")).containsExactly("China weighs lethal aid to Russia, Washington says");
        assertThat(search("", "meets")).as("English stemming in the English part: meet, meets").hasSize(2);
        assertThat(search("ar/", "ميونخ")).hasSize(2);
    }

    private List<String> search(String folder, String query) {
        browser.get(base + folder + "search/index.html");
        WebDriverWait waiting = new WebDriverWait(browser, Duration.ofSeconds(10), Duration.ofMillis(25));
        waiting.until(d -> "true".equals(d.findElement(By.id("search-form")).getDomAttribute("data-ready")));
        browser.findElement(By.id("search-q")).sendKeys(query + " ");
        waiting.until(d -> !d.findElements(By.cssSelector("#search-results .search-result__title")).isEmpty());
        return browser.findElements(By.cssSelector("#search-results .search-result__title")).stream()
                .map(WebElement::getText).toList();
    }
}
