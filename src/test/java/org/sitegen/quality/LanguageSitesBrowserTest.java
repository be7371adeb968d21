package org.sitegen.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
import org.sitegen.i18n.LanguageFixture;

/**
 * The language fixtures in a real browser: a Chinese word is found inside a sentence written
 * without spaces, a French word with or without its accents, an Arabic word on a right-to-left
 * page; the search page speaks the site's language (its count in the language's plural form);
 * and axe-core finds nothing on the Arabic site's pages, laid out right to left.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LanguageSitesBrowserTest {
    private final List<HttpServer> servers = new ArrayList<>();
    private WebDriver browser;
    private String zh;
    private String fr;
    private String ar;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        zh = serve("zh", temp);
        fr = serve("fr", temp);
        ar = serve("ar", temp);
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

    private String serve(String language, Path temp) throws Exception {
        Path project = Files.createDirectories(temp.resolve(language));
        LanguageFixture.build(language, project, "");
        HttpServer server = FixtureSite.serve(project.resolve("site-output"));
        servers.add(server);
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        servers.forEach(s -> s.stop(0));
    }

    private List<String> search(String base, String query) {
        browser.get(base + "search/index.html");
        WebDriverWait waiting = new WebDriverWait(browser, Duration.ofSeconds(10), Duration.ofMillis(25));
        waiting.until(d -> "true".equals(d.findElement(By.id("search-form")).getDomAttribute("data-ready")));
        browser.findElement(By.id("search-q")).sendKeys(query + " ");
        // every query here finds something: wait for the results, shown after the count
        waiting.until(d -> !d.findElements(By.cssSelector("#search-results .search-result__title")).isEmpty());
        return browser.findElements(By.cssSelector("#search-results .search-result__title")).stream()
                .map(WebElement::getText).toList();
    }

    private String status() {
        return browser.findElement(By.id("search-status")).getText();
    }

    @Test
    void aChineseWordIsFoundInsideASentence_andTheCountIsInChinese() {
        assertThat(search(zh, "致命性")).containsExactly("华盛顿称中国考虑向俄罗斯提供致命性军事援助");
        assertThat(status()).isEqualTo("找到 1 篇简报（“致命性”）。");
        assertThat(search(zh, "慕尼黑")).hasSize(2); // in two titles, in the middle of each
        assertThat(search(zh, "王毅")).hasSize(3); // a person named on all three
    }

    @Test
    void aFrenchWordIsFoundWithOrWithoutAccents_notThroughAnEnglishStemmer() {
        assertThat(search(fr, "létale")).containsExactly(
                "La Chine envisage une aide militaire létale à la Russie, selon Washington");
        // the bundle puts no-break spaces inside « »; WebDriver may give them back as spaces
        assertThat(status().replace('\u00a0', ' ')).isEqualTo("1 synthèse trouvée pour « létale ».");
        assertThat(search(fr, "letale")).hasSize(1);
        // "rencontre" and "a rencontré" (accents folded); in English analysis it would be "rencontr"
        assertThat(search(fr, "rencontre")).hasSize(2);
        assertThat(status().replace('\u00a0', ' ')).isEqualTo("2 synthèses trouvées pour « rencontre ».");
    }

    @Test
    void anArabicSite_rightToLeft_searchable_andAxeFindsNothing() throws Exception {
        assertThat(search(ar, "فتاكة")).containsExactly("واشنطن: الصين تدرس تقديم مساعدات عسكرية فتاكة لروسيا");
        assertThat(status()).isEqualTo("عُثر على إحاطة واحدة عن «فتاكة».");
        String axe;
        try (InputStream in = LanguageSitesBrowserTest.class.getResourceAsStream("/axe.min.js")) {
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder problems = new StringBuilder();
        for (String page : List.of("index.html", "page/1/index.html", "2023/02/19/lethal-aid-warning/index.html",
                "archive/index.html", "2023/index.html", "2023/02/index.html", "2023/02/19/index.html",
                "2023/w07/index.html", "2023/review/index.html", "tags/index.html", "people/index.html",
                "stories/index.html", "sources/index.html", "search/index.html", "404.html")) {
            browser.get(ar + page);
            assertThat(browser.findElement(By.tagName("html")).getDomAttribute("dir")).as(page).isEqualTo("rtl");
            JavascriptExecutor js = (JavascriptExecutor) browser;
            js.executeScript(axe);
            Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',"
                    + " 'wcag22aa', 'best-practice']}, resultTypes: ['violations']})"
                    + ".then(function (r) { done(r.violations.map(function (v) { return v.id + ': ' + v.help; })); },"
                    + " function (e) { done(['axe failed: ' + e]); });");
            for (Object violation : (List<?>) result) {
                problems.append(page).append(": ").append(violation).append('\n');
            }
        }
        assertThat(problems.toString()).as("axe-core violations on the Arabic site").isEmpty();
        // the start of a line is on the right: the main heading's right edge is near the window's
        browser.get(ar + "index.html");
        @SuppressWarnings("unchecked")
        List<Number> gaps = (List<Number>) ((JavascriptExecutor) browser).executeScript(
                "var range = document.createRange(); range.selectNodeContents(document.querySelector('h1'));"
                        + " var text = range.getBoundingClientRect();"
                        + " var main = document.querySelector('main').getBoundingClientRect();"
                        + " return [main.right - text.right, text.left - main.left];");
        assertThat(gaps.get(0).doubleValue()).as("room on the right of the heading's text, with room on the left %s",
                gaps.get(1)).isLessThan(gaps.get(1).doubleValue() / 4);
    }
}
