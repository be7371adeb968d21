package org.sitegen.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of the built fixture archives (basic, and the multilingual one) passes the Nu HTML Checker with zero errors. The
 * checker runs as its own java process from the classpath the build resolved into
 * target/vnu/classpath.txt (see the pom): it calls System.exit and brings log4j 1.x, neither
 * of which belongs in this JVM. A deliberately broken canary page proves it really checks.
 */
class HtmlValidityTest {
    private static final Path CLASSPATH = Path.of("target/vnu/classpath.txt");

    @Test
    void everyGeneratedPage_passesTheNuHtmlChecker(@TempDir Path temp) throws Exception {
        assertThat(CLASSPATH).as("written by the vnu-classpath execution in generate-test-resources: run mvn test")
                .isRegularFile();
        Path site = FixtureSite.build(temp);
        Path multilingual = FixtureSite.buildMultilingual(temp, "https://briefings.example.org");
        Path canary = Files.createDirectories(temp.resolve("canary")).resolve("broken.html");
        Files.writeString(canary, "<!DOCTYPE html><html lang=en><title>x</title><p><div>unclosed</p>");
        long pages;
        try (Stream<Path> walk = Files.walk(site)) {
            pages = walk.filter(p -> p.toString().endsWith(".html")).count();
        }
        long multilingualPages;
        try (Stream<Path> walk = Files.walk(multilingual)) {
            multilingualPages = walk.filter(p -> p.toString().endsWith(".html")).count();
        }

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path report = temp.resolve("vnu.json");
        Process vnu = new ProcessBuilder(java.toString(), "-cp", Files.readString(CLASSPATH).strip(),
                "nu.validator.client.SimpleCommandLineValidator", "--errors-only", "--format", "json", "--stdout",
                "--skip-non-html", site.toString(), multilingual.toString(), canary.toString())
                .redirectErrorStream(false).redirectOutput(report.toFile())
                .redirectError(temp.resolve("vnu.log").toFile()).start();
        assertThat(vnu.waitFor(120, TimeUnit.SECONDS)).as("vnu finished").isTrue();

        JsonNode messages = new ObjectMapper().readTree(Files.readString(report, StandardCharsets.UTF_8))
                .path("messages");
        List<String> errors = new ArrayList<>();
        boolean canaryCaught = false;
        for (JsonNode m : messages) {
            String url = m.path("url").asText();
            if (url.endsWith("/canary/broken.html")) {
                canaryCaught = true;
            } else {
                errors.add(url.substring(url.indexOf("site-output") + 12) + ":" + m.path("lastLine").asText() + ": "
                        + m.path("message").asText());
            }
        }
        assertThat(pages).isGreaterThan(40);
        assertThat(multilingualPages).isGreaterThan(60);
        assertThat(canaryCaught).as("vnu reports the broken canary page (log: %s)",
                Files.readString(temp.resolve("vnu.log"))).isTrue();
        assertThat(errors).as("Nu HTML Checker errors in %d pages", pages + multilingualPages).isEmpty();
    }
}
