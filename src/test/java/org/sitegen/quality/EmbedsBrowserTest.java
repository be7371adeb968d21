package org.sitegen.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The video embed of the fixture archive in Chromium: every request the page makes, read from
 * the browser's own network log, goes to the site's host until the reader clicks the video; the
 * click puts YouTube's no-cookie player in its place. Name resolution is switched off for every
 * other host, so the test never reaches the internet (the player's request fails, but is made).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbedsBrowserTest {
    private static final String PAGE = "2023/05/22/new-survey-map/index.html";
    private static final String PLAYER = "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ";

    private HttpServer server;
    private ChromeDriver browser;
    private String base;

    @BeforeAll
    void start(@TempDir Path temp) throws Exception {
        ChromiumBinaries chromium = ChromiumBinaries.find();
        Path site = FixtureSite.build(temp);
        server = FixtureSite.serve(site);
        base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.browser.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                "--user-data-dir=" + Files.createDirectories(temp.resolve("chromium-profile")),
                "--window-size=1200,900");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
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

    /** The URLs of the requests the browser started since the last call (its performance log). */
    private List<String> requests() throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> urls = new ArrayList<>();
        for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
            JsonNode message = json.readTree(entry.getMessage()).path("message");
            if (message.path("method").asText().equals("Network.requestWillBeSent")) {
                urls.add(message.path("params").path("request").path("url").asText());
            }
        }
        return urls;
    }

    /** A request that leaves the browser (not data:, about: or the browser's own chrome: pages). */
    private static boolean isNetwork(String url) {
        String scheme = URI.create(url).getScheme();
        return scheme != null && List.of("http", "https", "ws", "wss", "ftp").contains(scheme.toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void video_requestsNothingFromAnotherHostBeforeTheClick_theClickInsertsTheNoCookiePlayer() throws Exception {
        browser.get("about:blank");
        requests(); // whatever came before (the browser's own start page)
        browser.get(base + PAGE);
        WebDriverWait waiting = new WebDriverWait(browser, Duration.ofSeconds(10), Duration.ofMillis(25));
        waiting.until(d -> "complete".equals(browser.executeScript("return document.readyState")));
        browser.executeScript("window.scrollTo(0, document.body.scrollHeight)"); // lazy images too
        Thread.sleep(300);

        List<String> before = requests();
        assertThat(before).as("requests of the page").anyMatch(url -> url.endsWith("/assets/embeds.js"))
                .anyMatch(url -> url.endsWith("/examplia-map.png"));
        assertThat(before).as("hosts before the click").allMatch(url -> !isNetwork(url)
                || "127.0.0.1".equals(URI.create(url).getHost()));
        assertThat(browser.findElements(By.tagName("iframe"))).isEmpty();

        WebElement video = browser.findElement(By.cssSelector(".embed-video__link"));
        assertThat(video.getAttribute("href")).isEqualTo("https://www.youtube.com/watch?v=aqz-KE-bpKQ");
        video.click();

        WebElement player = waiting.until(d -> d.findElements(By.cssSelector("iframe.embed-video__player")).stream()
                .findFirst().orElse(null));
        assertThat(player.getDomAttribute("src")).isEqualTo(PLAYER + "?autoplay=1");
        assertThat(player.getDomAttribute("title")).isEqualTo("The survey office presents the new map (fictional)");
        assertThat(browser.getCurrentUrl()).as("the page stays").isEqualTo(base + PAGE);
        waiting.until(d -> {
            try {
                return requests().stream().anyMatch(url -> url.startsWith(PLAYER));
            } catch (Exception e) {
                return false;
            }
        });
        assertThat(browser.findElements(By.cssSelector("a[data-embed-src]"))).as("the placeholder is replaced").isEmpty();
    }
}
