package org.sitegen.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitegen.pipeline.BuildReport;
import org.sitegen.config.RawHtml;
import org.sitegen.config.SiteConfig;
import org.sitegen.diag.Diagnostic;

/**
 * serve in headless Chromium, as the writer sees it: the problems page of a first build that
 * fails, the reload when it is fixed, the overlay over the last good page after a later break.
 * This also runs the server's Host, Origin and Fetch Metadata checks against what a real
 * browser sends for pages, the live script and its event stream.
 */
class LiveSiteBrowserTest {
    private static final Path CHROMIUM = Path.of(System.getProperty("sitegen.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("sitegen.chromedriver", "/usr/bin/chromedriver"));
    private static final String BRIEFING = "content/2023/2023-01-05-talks.md";

    @TempDir
    Path project;
    private LiveSite site;
    private WebDriver browser;

    @AfterEach
    void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void firstBuildFails_problemsPage_thenPage_thenOverlay() throws Exception {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER))
                .as("the browser tests need %s and %s: apt-get install -y chromium chromium-driver", CHROMIUM, DRIVER)
                .isTrue();
        write(BRIEFING, "---\ntitle: Talks begin\ndate: 2023-02-31\n---\nFirst text.\n");
        SiteConfig config = SiteConfig.builder(project).outputDir(project.resolve("target/serve")).siteTitle("Live")
                .zone(ZoneId.of("UTC")).taxonomies(List.of("tags")).drafts(true).threads(2).future(true)
                .now(Instant.now()).build();
        site = LiveSite.start(config, "127.0.0.1", 0, new QuietListener());
        browser = chromium();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(50));

        browser.get(site.address().resolve("2023/01/05/talks/").toString());
        String problem = "content/2023/2023-01-05-talks.md:3:7: error: 'date' is not a date: \"2023-02-31\"";
        assertThat(browser.findElement(By.id("site-gen-problems")).getText()).contains("no good build to show yet")
                .contains(problem);
        // live.js ran (its event stream passed the server's checks) and styled the box.
        wait.until(b -> "fixed".equals(script("return getComputedStyle(document.getElementById("
                + "'site-gen-problems')).position")));
        script("window.beforeFix = true"); // gone once the page reloads

        write(BRIEFING, "---\ntitle: Talks begin\n---\nFirst text.\n");
        wait.until(b -> b.findElements(By.id("site-gen-problems")).isEmpty()
                && b.findElement(By.tagName("body")).getText().contains("First text."));
        assertThat(script("return window.beforeFix === undefined")).isEqualTo(true);

        write(BRIEFING, "---\ntitle: Talks begin\ndate: 2023-02-30\n---\nFirst text.\n");
        wait.until(b -> !b.findElements(By.id("site-gen-problems")).isEmpty());
        assertThat(browser.findElement(By.id("site-gen-problems")).getText())
                .contains("the last change broke the build; showing the last good page")
                .contains("'date' is not a date: \"2023-02-30\"");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("First text.");

        write(BRIEFING, "---\ntitle: Talks begin\n---\nSecond text.\n");
        wait.until(b -> b.findElements(By.id("site-gen-problems")).isEmpty()
                && b.findElement(By.tagName("body")).getText().contains("Second text."));
    }

    private Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }

    private WebDriver chromium() throws Exception {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createDirectories(project.resolve("chromium-profile")));
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }

    private void write(String path, String text) throws Exception {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static final class QuietListener implements LiveSite.Listener {
        @Override
        public void built(BuildReport report) {
        }

        @Override
        public void failed(List<Diagnostic> problems, boolean siteShown) {
        }

        @Override
        public void crashed(Throwable e, boolean siteShown) {
        }
    }
}
