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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The built fixture site in Debian's headless Chromium: search as you type, the tag filter,
 * keyboard-only use, search from file://, and axe-core on every kind of page. One browser
 * for the whole class keeps it to a few seconds. Chromium is not optional: .ci/run installs
 * it, and a missing browser fails with the command that installs it (a skipped quality bar
 * would pass silently). Where it is looked for: {@link ChromiumBinaries}. A contributor without
 * it leaves these tests out by their tag, explicitly: -DexcludedGroups=browser.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBrowserTest {
    private static final List<String> AXE_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
            "best-practice");

    private Path site;
    private HttpServer server;
    private WebDriver browser;
    private String base;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        ChromiumBinaries chromium = ChromiumBinaries.find();
        site = FixtureSite.build(temp);
        server = FixtureSite.serve(site);
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.browser.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createDirectories(temp.resolve("chromium-profile")),
                "--window-size=1200,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(chromium.driver.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
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

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10), Duration.ofMillis(25));
    }

    private void openSearch(String url) {
        browser.get(url);
        waiting().until(d -> "true".equals(d.findElement(By.id("search-form")).getDomAttribute("data-ready")));
    }

    private List<String> resultTitles() {
        return browser.findElements(By.cssSelector("#search-results .search-result__title")).stream()
                .map(WebElement::getText).toList();
    }

    private String waitForStatus(String contains) {
        waiting().until(d -> d.findElement(By.id("search-status")).getText().contains(contains));
        return browser.findElement(By.id("search-status")).getText();
    }

    @Test
    void typingAQuery_showsMatchingBriefings_titleMatchesFirst_withHighlightedSnippet() {
        openSearch(base + "search/index.html");
        WebElement input = browser.findElement(By.id("search-q"));
        input.sendKeys("florin");
        waitForStatus("for \u201cflorin\u201d");
        waiting().until(d -> resultTitles().size() >= 2);
        // Both florin titles before briefings that only mention it; newer first among equals.
        assertThat(resultTitles().subList(0, 2)).containsExactly("The florin reform, two months on",
                "The new florin enters circulation");
        assertThat(browser.findElements(By.cssSelector("#search-results .search-result__snippet mark")))
                .extracting(WebElement::getText).isNotEmpty().allMatch(t -> t.toLowerCase().startsWith("florin"));
        assertThat(browser.getCurrentUrl()).endsWith("?q=florin");

        // Diacritics folded, and the word being typed matches as a prefix.
        input.clear();
        input.sendKeys("zuric");
        waitForStatus("\u201czuric\u201d");
        waiting().until(d -> resultTitles().contains("Z\u00fcrich talks: \u0395\u03bb\u03bb\u03ac\u03b4\u03b1 and the caf\u00e9 \u00e9conomique"));
    }

    @Test
    void tagFilter_narrowsTheResults() {
        openSearch(base + "search/index.html?q=examplia");
        String all = waitForStatus("briefings found");
        int before = Integer.parseInt(all.replaceAll("\\D.*", ""));
        new Select(browser.findElement(By.id("search-tag"))).selectByValue("tags/currency");
        String narrowed = waitForStatus("filed under currency");
        assertThat(narrowed).startsWith("2 briefings found");
        assertThat(before).isGreaterThan(2);
        waiting().until(d -> resultTitles().size() == 2);
        assertThat(resultTitles()).containsExactly("The florin reform, two months on",
                "Examplia announces a currency reform");
        new Select(browser.findElement(By.id("search-year"))).selectByValue("2022");
        waitForStatus("in 2022");
        waiting().until(d -> resultTitles().equals(List.of("Examplia announces a currency reform")));
    }

    /**
     * A year alone lists that year's briefings: ids are slots of days (search.DocIds), so not
     * every id of the year's range is a briefing (2022's seven are ids 0 to 9 here); the client
     * lists y/2022.js's, not the range's.
     */
    @Test
    void yearAlone_listsItsBriefings_notTheEmptySlotsBetween() {
        openSearch(base + "search/index.html?year=2022");
        assertThat(waitForStatus("in 2022")).startsWith("7 briefings found");
        waiting().until(d -> resultTitles().size() == 7);
        assertThat(resultTitles()).allMatch(title -> !title.isBlank()).doesNotHaveDuplicates();
        assertThat(browser.findElements(By.cssSelector("#search-results time")))
                .extracting(time -> time.getDomAttribute("datetime")).allMatch(day -> day.startsWith("2022-"));
    }

    @Test
    void entityNames_areSearchable_andAFilter() {
        // "Dolor" is the finance minister six briefings name (in people:, some by an alias), and a
        // mountain pass in one body: the entity matches rank like tag matches, before the body match
        openSearch(base + "search/index.html?q=dolor");
        waitForStatus("for \u201cdolor\u201d");
        waiting().until(d -> resultTitles().size() == 7);
        assertThat(resultTitles()).containsExactly("The florin reform, two months on",
                "Zürich talks: Ελλάδα and the café économique", "Fuel subsidy extended until summer",
                "The new florin enters circulation", "Examplia announces a currency reform",
                "Examplia parliament passes the 2022 budget", "Border crossing at Ipsum Bridge reopens");

        openSearch(base + "search/index.html?q=examplia");
        waitForStatus("briefings found");
        new Select(browser.findElement(By.id("search-entity"))).selectByValue("places/port-lorem");
        String narrowed = waitForStatus("naming Port Lorem");
        assertThat(narrowed).startsWith("2 briefings found");
        waiting().until(d -> resultTitles().size() == 2);
        assertThat(resultTitles()).containsExactly("Northern rail link opens between Sampleton and Port Lorem",
                "Harbour strike in Port Lorem ends after nine days");
        assertThat(browser.getCurrentUrl()).endsWith("?q=examplia&entity=places%2Fport-lorem");
    }

    @Test
    void keyboardOnly_fromTheHeaderBoxToAResult() {
        browser.get(base + "index.html");
        // Tab from the top of the page to the header search box (skip link, title, nav links first).
        Actions keys = new Actions(browser);
        for (int i = 0; i < 20 && !"site-search-q".equals(browser.switchTo().activeElement().getDomAttribute("id")); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("site-search-q");
        keys.sendKeys("harbour").sendKeys(Keys.ENTER).perform();
        waiting().until(d -> d.getCurrentUrl().contains("search/index.html?q=harbour"));
        waitForStatus("for \u201charbour\u201d");
        waiting().until(d -> !resultTitles().isEmpty());

        // From the search box, arrows move through the results and Enter opens one.
        browser.findElement(By.id("search-q")).sendKeys(Keys.ARROW_DOWN);
        WebElement first = browser.switchTo().activeElement();
        assertThat(first.getText()).isEqualTo(resultTitles().get(0));
        new Actions(browser).sendKeys(Keys.ARROW_UP).perform();
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("search-q");
        new Actions(browser).sendKeys(Keys.ARROW_DOWN).sendKeys(Keys.ENTER).perform();
        waiting().until(d -> d.getCurrentUrl().endsWith("/2022/03/08/harbour-strike-ends/index.html"));
    }

    @Test
    void searchWorksFromFileUrls_whereFetchIsBlocked() {
        openSearch(site.resolve("search/index.html").toUri() + "?q=statistics");
        waitForStatus("for \u201cstatistics\u201d");
        waiting().until(d -> resultTitles().contains("Quarterly statistics for the second quarter of 2023"));
    }

    /**
     * The header links every index the archive has (entity kinds, stories, sources), and at a
     * phone's 375 px as at 1280 px every link is inside the window and no page scrolls sideways.
     */
    @Test
    void header_linksEveryIndex_withinThePhonesWidthAndTheDesktops() {
        try {
            for (int width : List.of(375, 1280)) {
                browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 800));
                for (String page : List.of("index.html", "people/lena-dolor/with/countries/examplia/index.html",
                        "2023/02/19/zurich-talks/index.html")) {
                    browser.get(base + page);
                    JavascriptExecutor js = (JavascriptExecutor) browser;
                    assertThat(((Number) js.executeScript("return window.innerWidth")).intValue()).isEqualTo(width);
                    assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth")).intValue())
                            .as("%s at %d px scrolls sideways", page, width).isLessThanOrEqualTo(width);
                    List<WebElement> links = browser.findElements(By.cssSelector(".site-nav a"));
                    assertThat(links).extracting(WebElement::getText).containsSubsequence("Home", "Archive", "Tags",
                            "People", "Countries", "Organisations", "Places", "Stories", "Sources");
                    for (WebElement link : links) {
                        org.openqa.selenium.Rectangle box = link.getRect();
                        assertThat(box.getX() >= 0 && box.getX() + box.getWidth() <= width && box.getHeight() > 0)
                                .as("%s at %d px: %s at %s", page, width, link.getText(), box).isTrue();
                    }
                }
            }
            browser.get(base + "people/lena-dolor/with/countries/examplia/index.html"); // in the People section
            assertThat(browser.findElements(By.cssSelector(".site-nav a[aria-current]"))).extracting(WebElement::getText)
                    .containsExactly("People");
        } finally {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(1200, 900));
        }
    }

    @Test
    void axe_findsNoViolations_onEveryKindOfPage() throws Exception {
        String axe;
        try (InputStream in = SearchBrowserTest.class.getResourceAsStream("/axe.min.js")) {
            assertThat(in).as("axe.min.js from com.deque.html.axe-core:selenium").isNotNull();
            axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> pages = Map.ofEntries(
                Map.entry("home", "index.html"),
                Map.entry("briefing", "2023/02/19/zurich-talks/index.html"),
                Map.entry("briefing-with-embeds", "2023/05/22/new-survey-map/index.html"),
                Map.entry("tag", "tags/examplia/index.html"),
                Map.entry("archive", "archive/index.html"),
                Map.entry("search", "search/index.html?q=florin"),
                Map.entry("briefing-in-story", "2023/01/09/new-florin-enters-circulation/index.html"),
                Map.entry("entity", "people/lena-dolor/index.html"),
                Map.entry("pair", "people/lena-dolor/with/countries/examplia/index.html"),
                Map.entry("entity-kind", "countries/index.html"),
                Map.entry("story", "stories/currency-reform-announced/index.html"),
                Map.entry("stories", "stories/index.html"),
                Map.entry("publisher", "sources/fixture-daily-gazette/index.html"),
                Map.entry("publishers", "sources/index.html"),
                Map.entry("day-on-this-day", "2023/08/30/index.html"),
                Map.entry("week", "2023/w07/index.html"),
                Map.entry("review", "2023/review/index.html"));
        StringBuilder problems = new StringBuilder();
        for (Map.Entry<String, String> page : new java.util.TreeMap<>(pages).entrySet()) {
            browser.get(base + page.getValue());
            if (page.getKey().equals("search")) {
                waiting().until(d -> !resultTitles().isEmpty());
            }
            for (String violation : axe(axe)) {
                problems.append(page.getKey()).append(" (").append(page.getValue()).append("): ").append(violation)
                        .append('\n');
            }
        }
        assertThat(problems.toString()).as("axe-core violations").isEmpty();
        // The check can fail: an image without alt text on the last page is reported.
        ((JavascriptExecutor) browser).executeScript("document.querySelector('main').appendChild(document.createElement('img'))");
        assertThat(axe(axe)).anyMatch(v -> v.contains("image-alt"));
    }

    /** axe-core's violations on the current page, one line each. */
    private List<String> axe(String axeSource) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axeSource);
        Object result = js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                + ".then(function (r) { done(r.violations.map(function (v) { return v.impact + ' ' + v.id + ': '"
                + " + v.help + ' @ ' + v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(', '); })); },"
                + " function (e) { done(['axe failed: ' + e]); });", AXE_TAGS);
        return ((List<?>) result).stream().map(String::valueOf).toList();
    }
}
