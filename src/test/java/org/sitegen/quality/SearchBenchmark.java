package org.sitegen.quality;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sitegen.exec.Parallel;
import org.sitegen.search.SearchDoc;
import org.sitegen.search.SearchIndexBuilder;

/**
 * Not part of the test suite (the name does not end in Test): measures the search index of an
 * already built site, for docs/performance.md. Run with
 * {@code mvn test -Dtest=SearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dbench.site=DIR/site-output}.
 * Prints index size on disk, index build time (the index rebuilt from the site's own fragments),
 * and for three queries the bytes fetched and the time to first results in headless Chromium.
 */
@Tag("benchmark")
class SearchBenchmark {
    private static final List<String> QUERIES = List.of("sanctions", "china oil", "european centr");

    @Test
    void measure(@TempDir Path temp) throws Exception {
        Path site = Path.of(System.getProperty("bench.site"));
        Map<String, long[]> sizes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site.resolve("search"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                String part = site.resolve("search").relativize(file).toString();
                String group = part.contains("/") ? part.substring(0, part.indexOf('/')) + "/" : part;
                long[] s = sizes.computeIfAbsent(group, g -> new long[2]);
                s[0]++;
                s[1] += Files.size(file);
            }
        }
        long files = sizes.values().stream().mapToLong(s -> s[0]).sum();
        long bytes = sizes.values().stream().mapToLong(s -> s[1]).sum();
        System.out.printf("index on disk: %d files, %.1f MB%n", files, bytes / 1e6);
        sizes.forEach((g, s) -> System.out.printf("  %-12s %6d files %8.1f KB%n", g, s[0], s[1] / 1e3));

        List<SearchDoc> docs = fragments(site);
        try (Parallel parallel = new Parallel(Runtime.getRuntime().availableProcessors())) {
            long best = Long.MAX_VALUE;
            for (int run = 0; run < 3; run++) {
                long t = System.nanoTime();
                Map<String, byte[]> index = new SearchIndexBuilder().build(docs, parallel);
                Path out = temp.resolve("run" + run);
                for (Map.Entry<String, byte[]> f : index.entrySet()) {
                    Path target = out.resolve(f.getKey());
                    Files.createDirectories(target.getParent());
                    Files.write(target, f.getValue());
                }
                best = Math.min(best, (System.nanoTime() - t) / 1_000_000);
            }
            System.out.printf("index build (analyse, shard, serialise, write), %d docs, best of 3: %d ms%n",
                    docs.size(), best);
        }

        HttpServer server = FixtureSite.serve(site);
        ChromiumBinaries chromium = ChromiumBinaries.find();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.browser.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--user-data-dir=" + temp.resolve("profile"));
        WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(chromium.driver.toFile()).usingAnyFreePort().build(), options);
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            for (String query : QUERIES) {
                browser.get(base + "search/index.html");
                new WebDriverWait(browser, Duration.ofSeconds(20)).until(
                        d -> "true".equals(d.findElement(By.id("search-form")).getDomAttribute("data-ready")));
                JavascriptExecutor js = (JavascriptExecutor) browser;
                long pageBytes = fetched(js, site, false)[0];
                js.executeScript("performance.clearResourceTimings(); window.__t0 = performance.now();"
                        + "new MutationObserver(function (m, o) { if (document.querySelector('.search-result')) {"
                        + " window.__t1 = performance.now(); o.disconnect(); } })"
                        + ".observe(document.getElementById('search-results'), {childList: true});"
                        + "document.getElementById('search-q').value = arguments[0];"
                        + "document.getElementById('search-form').requestSubmit();", query);
                new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> js.executeScript("return window.__t1") != null);
                double ms = ((Number) js.executeScript("return window.__t1 - window.__t0")).doubleValue();
                String status = browser.findElement(By.id("search-status")).getText();
                long[] q = fetched(js, site, true);
                System.out.printf("query \"%s\": %s first results after %.0f ms; fetched %d files, %.1f KB (%.1f KB gzipped);"
                        + " page load before it %.1f KB%n", query, status, ms, q[2], q[0] / 1e3, q[1] / 1e3, pageBytes / 1e3);
            }
        } finally {
            browser.quit();
            server.stop(0);
        }
    }

    /** [bytes, gzipped bytes, files] of the resources the page fetched (from the files on disk). */
    private static long[] fetched(JavascriptExecutor js, Path site, boolean gzip) throws Exception {
        List<?> names = (List<?>) js.executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; })");
        long[] total = new long[3];
        for (Object name : names) {
            Path file = site.resolve(URI.create(name.toString()).getPath().substring(1));
            if (!Files.isRegularFile(file)) {
                continue; // e.g. the browser's own favicon.ico request
            }
            byte[] body = Files.readAllBytes(file);
            total[0] += body.length;
            total[2]++;
            if (gzip) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (GZIPOutputStream z = new GZIPOutputStream(out)) {
                    z.write(body);
                }
                total[1] += out.size();
            }
        }
        return total;
    }

    /** The documents back from d/N.js (each an array of up to 8); their text is the capped snippet text. */
    private static List<SearchDoc> fragments(Path site) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<SearchDoc> docs = new ArrayList<>();
        for (int n = 0; ; n++) {
            Path file = site.resolve("search/d/" + n + ".js");
            if (!Files.exists(file)) {
                return docs;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            for (JsonNode d : json.readTree(text.substring(text.indexOf(',') + 1, text.lastIndexOf(')')))) {
                List<SearchDoc.Tag> tags = new ArrayList<>();
                d.path("tags").forEach(t -> tags.add(new SearchDoc.Tag(t.get(0).asText(),
                        t.get(1).asText().replaceAll(".*/tags/([^/]+)/.*", "$1"), t.get(1).asText())));
                List<String> authors = new ArrayList<>();
                d.path("authors").forEach(a -> authors.add(a.asText()));
                docs.add(new SearchDoc(d.path("title").asText(), d.path("link").asText(), d.path("day").asText(),
                        d.path("date").asText(), tags, authors, d.path("summary").asText(), org.sitegen.store.StoredText.of(d.path("text").asText())));
            }
        }
    }
}
