package org.sitegen.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.sitegen.SiteGenerator;
import org.sitegen.config.RawHtml;
import org.sitegen.config.SiteConfig;

/**
 * Issue #18: a site built from hostile content (the catalogue's "must build safely" bodies, its
 * script-URL and raw-HTML cases and bad/browser/, a standalone page included), with raw HTML
 * sanitised and escaped, loaded page by page in headless Chromium. Before any page's own script,
 * a hook replaces alert, confirm, prompt and print and traps window.__pwned, recording every call
 * in localStorage so that it survives navigation; every page is loaded and every link on it
 * other than an off-site http(s) one is clicked. No fixture script may ever run.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileSiteBrowserTest {
    private static final Path CHROMIUM = Path.of(System.getProperty("sitegen.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("sitegen.chromedriver", "/usr/bin/chromedriver"));
    private static final Path BAD = Path.of("src/test/resources/bad");
    /** Runs in every document (frames too) before its own scripts. */
    private static final String HOOK = """
            (() => {
              const record = (what, args) => {
                try {
                  const log = JSON.parse(localStorage.getItem('__pwned') || '[]');
                  log.push(what + '(' + Array.from(args).map(String).join(',') + ') at ' + location.href);
                  localStorage.setItem('__pwned', JSON.stringify(log));
                } catch (e) {
                  (top.__pwnedLocal = top.__pwnedLocal || []).push(what);
                }
              };
              for (const name of ['alert', 'confirm', 'prompt', 'print']) {
                window[name] = function () { record(name, arguments); };
              }
              Object.defineProperty(window, '__pwned', { set(v) { record('__pwned=', [v]); }, get() { return undefined; } });
            })();
            """;

    private ChromeDriver browser;
    private final List<HttpServer> servers = new ArrayList<>();
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
                "--user-data-dir=" + Files.createDirectories(temp.resolve("chromium-profile")));
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        options.setPageLoadStrategy(org.openqa.selenium.PageLoadStrategy.EAGER); // no waiting for images
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.executeCdpCommand("Page.enable", Map.of());
        browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", HOOK));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        servers.forEach(server -> server.stop(0));
    }

    @ParameterizedTest
    @EnumSource(value = RawHtml.class, names = {"SANITIZE", "ESCAPE"})
    void noFixtureScript_everRuns(RawHtml rawHtml) throws Exception {
        Path site = build(rawHtml);
        HttpServer server = FixtureSite.serve(site);
        servers.add(server);
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        List<String> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).map(f -> site.relativize(f).toString()).sorted()
                    .toList();
        }
        assertThat(pages).contains("2023/04/01/hostile-dom/index.html", "hostile-page/index.html");
        browser.get(base);
        browser.executeScript("localStorage.clear()");
        // Every page on disk, and every page a link leads to on this site; links that lead
        // nowhere else (fragments, where removed links point, and javascript:, data:, tel:, any
        // scheme but http) are clicked, each once.
        java.util.Deque<String> queue = new java.util.ArrayDeque<>();
        pages.forEach(page -> queue.add(base + page));
        Set<String> visited = new LinkedHashSet<>();
        Set<String> clicked = new LinkedHashSet<>();
        List<String> ran = new ArrayList<>();
        while (!queue.isEmpty()) {
            String page = queue.removeFirst();
            if (!visited.add(page)) {
                continue;
            }
            open(page, ran);
            @SuppressWarnings("unchecked")
            List<List<String>> links = (List<List<String>>) browser.executeScript("return Array.from("
                    + "document.querySelectorAll('a[href], area[href]'), a => [a.getAttribute('href'), a.href])");
            for (int i = 0; i < links.size(); i++) {
                String href = links.get(i).get(0);
                String resolved = links.get(i).get(1);
                if (resolved.startsWith(base) && !href.startsWith("#")) {
                    String target = resolved.replaceFirst("#.*", "");
                    queue.add(target.endsWith("/") ? target + "index.html" : target);
                } else if (!isOffSite(resolved) && clicked.add(href)) {
                    if (!browser.getCurrentUrl().replaceFirst("#.*", "").equals(page)) {
                        open(page, ran);
                    }
                    browser.executeScript("const a = document.querySelectorAll('a[href], area[href]')[arguments[0]];"
                            + " if (a) { a.removeAttribute('target'); a.click(); }", i);
                    Thread.sleep(20);
                    collect(ran, page + " → " + href);
                }
            }
        }
        assertThat(visited).as("pages visited").hasSizeGreaterThanOrEqualTo(pages.size());
        assertThat(clicked).as("links clicked").hasSizeGreaterThan(5);
        assertThat(ran).as("fixture scripts that ran (%s)", rawHtml).isEmpty();
    }

    /** The hook sees what runs: with raw HTML trusted, the very same fixture's payloads do run. */
    @org.junit.jupiter.api.Test
    void theHook_seesPayloadsRun() throws Exception {
        Path site = build(RawHtml.TRUST);
        HttpServer server = FixtureSite.serve(site);
        servers.add(server);
        List<String> ran = new ArrayList<>();
        open("http://127.0.0.1:" + server.getAddress().getPort() + "/2023/04/01/hostile-dom/index.html", ran);
        Thread.sleep(200);
        collect(ran, "the trusted page");
        assertThat(ran).as("payloads run when nothing stops them").isNotEmpty();
    }

    private void open(String url, List<String> ran) {
        browser.get(url);
        collect(ran, url);
    }

    /** Dialogs the hook missed and calls it recorded, then forgets them. */
    private void collect(List<String> ran, String where) {
        try {
            var alert = browser.switchTo().alert();
            ran.add("dialog \"" + alert.getText() + "\" at " + where);
            alert.dismiss();
        } catch (NoAlertPresentException e) {
            // none: as it should be
        }
        Object log = ((JavascriptExecutor) browser).executeScript(
                "try { const l = localStorage.getItem('__pwned'); localStorage.removeItem('__pwned');"
                        + " return [l, String(window.__pwnedLocal || '')]; } catch (e) { return ['', ''] }");
        for (Object entry : (List<?>) log) {
            if (entry != null && !entry.toString().isEmpty() && !entry.toString().equals("[]")) {
                ran.add(entry + " after " + where);
            }
        }
    }

    private static boolean isOffSite(String href) {
        String lower = href.strip().toLowerCase(Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("//"))
                && !lower.startsWith("http://127.0.0.1");
    }

    private Path build(RawHtml rawHtml) throws IOException, Exception {
        Path project = temp.resolve(rawHtml.name().toLowerCase(Locale.ROOT));
        copy(BAD.resolve("browser"), project.resolve("content"), name -> true);
        if (rawHtml != RawHtml.TRUST) {
            copy(BAD.resolve("safe"), project.resolve("content"), name -> true);
            copy(BAD.resolve("briefings"), project.resolve("content"),
                    name -> name.matches("(url|html)-.*\\.md") && !name.startsWith("url-sources"));
        }
        SiteConfig config = SiteConfig.builder(project).siteTitle("Hostile").siteUrl("https://hostile.example")
                .zone(ZoneId.of("UTC")).taxonomies(List.of("tags")).threads(2).rawHtml(rawHtml)
                .now(Instant.parse("2030-01-01T00:00:00Z")).build();
        new SiteGenerator().build(config);
        return config.outputDir();
    }

    private static void copy(Path from, Path to, java.util.function.Predicate<String> names) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> names.test(f.getFileName().toString())).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}
