package org.sitegen.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.sitegen.search.Analyzer;

/**
 * The search client must cut a query into the terms the Java index builder cut the briefings
 * into, or a word in a briefing is not found. The two analysers are separate code (Java's
 * Folding, Analyzer and Stemmer; search.js's fold, words, stem and STOP), so this runs both over
 * the same text written by others, the client's own code in headless Chromium, and expects the
 * same words and terms line by line: the month and day names of every glibc locale (some 300
 * languages and scripts: Arabic, CJK, Devanagari, Greek, Cyrillic with and without marks) and the
 * 500 titles of the 18F blog (English with real plurals and verb forms). Provenance in
 * docs/real-archives.md. And the briefings of the language fixtures (French, German, Spanish,
 * Russian, Arabic and Chinese news text, src/test/resources/languages), line by line. Both
 * analyses: English (stop words, stemmer) and plain (every other language); Chinese and Japanese
 * are cut into bigrams in both.
 */
@Tag("browser")
class AnalyzerParityBrowserTest {
    private static final String CLIENT = "templates/assets/search.js";
    private static final String ANALYSIS_START = "/* ---------- Text analysis";
    private static final String ANALYSIS_END = "/* Query words";

    private String analysis; // the client's analysis section

    @Test
    void theClientCutsRealTextInManyLanguagesIntoTheTermsOfTheIndex(@TempDir Path temp) throws Exception {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/analyzer/glibc-locale-names.tsv"))) {
            lines.add(line.substring(line.indexOf('\t', line.indexOf('\t') + 1) + 1));
        }
        lines.addAll(Files.readAllLines(Path.of("src/test/resources/real-archives/18f-titles.txt")));
        try (var files = Files.walk(Path.of("src/test/resources/languages"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        }
        assertThat(lines).hasSizeGreaterThan(1500);
        assertThat(lines).anyMatch(line -> line.contains("致命性")).anyMatch(line -> line.contains("létale"));

        for (Analyzer analysis : List.of(Analyzer.ENGLISH, Analyzer.PLAIN)) {
            compare(lines, analysis, temp);
        }
    }

    private void compare(List<String> lines, Analyzer analysis, Path temp) throws Exception {
        List<List<String>> javaWords = lines.stream().map(Analyzer::words).toList();
        List<List<String>> javaTerms = lines.stream().map(analysis::termsOf).toList();

        String client = Files.readString(Path.of(CLIENT), StandardCharsets.UTF_8);
        int from = client.indexOf(ANALYSIS_START);
        int to = client.indexOf(ANALYSIS_END);
        assertThat(from).as("the client's analysis section").isPositive();
        assertThat(to).isGreaterThan(from);
        this.analysis = client.substring(from, to);

        ChromiumBinaries chromium = ChromiumBinaries.find();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.browser.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createDirectories(temp.resolve("chromium-profile-" + analysis.english())));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromium.driver.toFile()).usingAnyFreePort().build();
        WebDriver browser = new ChromeDriver(service, options);
        try {
            @SuppressWarnings("unchecked")
            List<List<List<String>>> client2 = (List<List<List<String>>>) ((JavascriptExecutor) browser).executeScript(
                    this.analysis + "\nenglish = arguments[1];\nreturn arguments[0].map(function (line) {"
                            + " var ws = words(line);"
                            + " return [ws, ws.filter(function (w) { return !isStop(w); }).map(termOf)]; });",
                    lines, analysis.english());
            List<String> differences = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                List<String> words = client2.get(i).get(0);
                List<String> terms = client2.get(i).get(1);
                if (!words.equals(javaWords.get(i)) || !terms.equals(javaTerms.get(i))) {
                    differences.add(lines.get(i) + "\n    Java:   " + javaWords.get(i) + " -> " + javaTerms.get(i)
                            + "\n    client: " + words + " -> " + terms);
                }
            }
            assertThat(differences).as("lines the client analyses otherwise than the index builder ("
                    + (analysis.english() ? "English" : "plain") + ")").isEmpty();
            // Not a vacuous comparison: most lines give words, and many are changed by the stemmer.
            assertThat(javaWords.stream().filter(w -> !w.isEmpty()).count()).isGreaterThan(1400);
            long stemmed = 0;
            for (int i = 0; i < lines.size(); i++) {
                if (!javaTerms.get(i).equals(javaWords.get(i))) {
                    stemmed++;
                }
            }
            if (analysis.english()) {
                assertThat(stemmed).isGreaterThan(300);
            } else {
                assertThat(stemmed).as("plain: terms are the words").isZero();
            }
            // Chinese cut into bigrams, on both sides
            assertThat(javaWords.stream().flatMap(List::stream)).contains("致命", "命性", "王毅");
        } finally {
            browser.quit();
        }
    }
}
