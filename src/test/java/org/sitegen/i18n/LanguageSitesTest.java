package org.sitegen.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitegen.pipeline.BuildReport;
import org.sitegen.config.SiteConfig;
import org.sitegen.SiteGenerator;
import org.sitegen.diag.Diagnostic;
import org.sitegen.config.RawHtml;

/**
 * A single-language archive in each shipped language shows no English: a fixture archive per
 * language (src/test/resources/languages/LANG: three real briefings of the Munich Security
 * Conference talks, written in that language, with tags, people, a developing story, sources,
 * a correction and two years, so that every kind of page is made, and two a page so that there
 * is pagination) is built, and the text a reader sees or hears on every page (the text, the title,
 * aria-label, placeholder, alt, the search script's words) is searched for the words of the English
 * bundle. Words the language's own bundle uses too ("Sources" in French, "Briefing" in German) and
 * words of the fixture (names such as NBC News) are not English text.
 */
class LanguageSitesTest {
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{3,}");
    /** Words of ICU's pattern syntax, not text. */
    private static final Set<String> SYNTAX = Set.of("plural", "select", "number", "one", "two", "few", "many",
            "other", "zero");

    @TempDir
    Path project;

    @ParameterizedTest
    @ValueSource(strings = {"fr", "de", "es", "ru", "ar", "zh"})
    void everyPageOfTheArchiveIsInItsLanguage(String language) throws Exception {
        Path fixture = LanguageFixture.FIXTURES.resolve(language);
        BuildReport report = LanguageFixture.build(language, project, "https://example.org");

        Set<String> english = words(Messages.shipped("en").entrySet().stream()
                .filter(e -> !e.getKey().startsWith("date.") && !e.getKey().startsWith("text."))
                .map(java.util.Map.Entry::getValue).toList());
        english.removeAll(SYNTAX);
        Set<String> allowed = words(Messages.shipped(language).values());
        allowed.addAll(words(fixtureText(fixture)));
        allowed.addAll(words(List.of("site-gen", "JavaScript", "https://example.org")));
        english.removeAll(allowed);
        assertThat(english).as("English words left to look for").hasSizeGreaterThan(100);

        List<String> found = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(project.resolve("site-output"))) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        Set<String> kinds = new TreeSet<>();
        for (Path page : pages) {
            Document html = Jsoup.parse(page.toFile(), "UTF-8");
            assertThat(html.selectFirst("html").attr("lang")).isEqualTo(language);
            assertThat(html.selectFirst("html").attr("dir")).isEqualTo(language.equals("ar") ? "rtl" : "");
            kinds.add(html.body().className());
            for (String word : words(List.of(readerText(html)))) {
                if (english.contains(word)) {
                    found.add(project.resolve("site-output").relativize(page) + ": " + word);
                }
            }
        }
        assertThat(found).as("English words on the pages").isEmpty();
        assertThat(report.warnings()).extracting(Diagnostic::toString).isEmpty();
        assertThat(kinds).as("page kinds checked").contains("kind-home", "kind-briefing has-article", "kind-archive",
                "kind-year", "kind-month", "kind-day", "kind-week", "kind-review", "kind-taxonomy", "kind-term",
                "kind-entities", "kind-entity", "kind-stories", "kind-story", "kind-publishers", "kind-publisher",
                "kind-search", "kind-notfound");
    }

    /**
     * The same in a multilingual archive (sites/multilingual): its French and Arabic folders show
     * no English, though the English part is beside them and the switcher names English (in
     * English, as a switcher should). The words allowed are those of that language's files only.
     */
    @ParameterizedTest
    @ValueSource(strings = {"fr", "ar"})
    void eachLanguageFolderOfAMultilingualArchiveIsInItsLanguage(String language) throws Exception {
        Path fixture = Path.of("src/test/resources/sites/multilingual");
        Path output = project.resolve("site-output");
        BuildReport report = new SiteGenerator().build(SiteConfig.builder(fixture).outputDir(output)
                .siteTitle("Munich").siteUrl("https://example.org").now(java.time.Instant.parse("2030-01-01T00:00:00Z"))
                .pageSize(2).build());

        Set<String> english = words(Messages.shipped("en").entrySet().stream()
                .filter(e -> !e.getKey().startsWith("date.") && !e.getKey().startsWith("text."))
                .map(java.util.Map.Entry::getValue).toList());
        english.removeAll(SYNTAX);
        Set<String> allowed = words(Messages.shipped(language).values());
        allowed.addAll(words(fixtureText(fixture.resolve("content").resolve(language))));
        if (language.equals("fr")) {
            allowed.addAll(words(fixtureText(fixture.resolve("content/pages/a-propos.md"))));
        }
        allowed.addAll(words(List.of("site-gen", "JavaScript", "https://example.org", "English", "Munich")));
        english.removeAll(allowed);
        assertThat(english).as("English words left to look for").hasSizeGreaterThan(100);

        List<String> found = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(output.resolve(language))) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        Set<String> kinds = new TreeSet<>();
        for (Path page : pages) {
            Document html = Jsoup.parse(page.toFile(), "UTF-8");
            assertThat(html.selectFirst("html").attr("lang")).as(page.toString()).isEqualTo(language);
            assertThat(html.selectFirst("html").attr("dir")).isEqualTo(language.equals("ar") ? "rtl" : "");
            kinds.add(html.body().className());
            for (String word : words(List.of(readerText(html)))) {
                if (english.contains(word)) {
                    found.add(output.relativize(page) + ": " + word);
                }
            }
        }
        assertThat(found).as("English words on the pages").isEmpty();
        assertThat(report.warnings()).extracting(Diagnostic::toString).isEmpty();
        assertThat(kinds).as("page kinds checked").contains("kind-home", "kind-briefing has-article", "kind-archive",
                "kind-year", "kind-month", "kind-day", "kind-week", "kind-review", "kind-taxonomy", "kind-term",
                "kind-entities", "kind-entity", "kind-search", "kind-notfound");
    }

    /** Chinese is counted in characters (text.countCharacters), not in runs between spaces: a sentence is not one word. */
    @org.junit.jupiter.api.Test
    void chineseWordsAreCharacters() throws Exception {
        LanguageFixture.build("zh", project, "");
        String body = Files.readString(LanguageFixture.FIXTURES.resolve(
                "zh/content/2023/2023-02-19-lethal-aid-warning.md"), StandardCharsets.UTF_8);
        body = body.substring(body.lastIndexOf("---") + 3);
        long characters = body.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
        long latinWords = Pattern.compile("[A-Za-z0-9]+").matcher(body).results().count();
        Document page = Jsoup.parse(project.resolve("site-output/2023/02/19/lethal-aid-warning/index.html").toFile(), "UTF-8");
        assertThat(characters).isGreaterThan(30);
        assertThat(page.selectFirst(".meta__words").text()).isEqualTo((characters + latinWords) + " 字");
        assertThat(page.selectFirst(".meta__reading").text()).isEqualTo("阅读约 1 分钟");
    }

    /**
     * Words put into a sentence take the sentence's form: a month inside the timeline's summary is
     * written as the language writes it there (French "de février 2023", not the title's "Février";
     * Russian in the nominative after a colon, not "с Февраль"), and the hidden separator before
     * "page 2" in a heading is the language's own (Arabic ،).
     */
    @org.junit.jupiter.api.Test
    void wordsInsideSentencesTakeTheSentencesForm() throws Exception {
        LanguageFixture.build("fr", project.resolve("fr"), "");
        Document fr = Jsoup.parse(project.resolve("fr/site-output/people/wang-yi/index.html").toFile(), "UTF-8");
        assertThat(fr.selectFirst("figcaption").wholeText()).isEqualTo(
                "3 synthèses de février 2023 à février 2024\u202f; mois le plus chargé\u00a0: février 2023 (2).");
        LanguageFixture.build("ru", project.resolve("ru"), "");
        Document ru = Jsoup.parse(project.resolve("ru/site-output/people/van-i/index.html").toFile(), "UTF-8");
        assertThat(ru.selectFirst("figcaption").wholeText()).isEqualTo(
                "3 сводки: февраль 2023 — февраль 2024; больше всего — февраль 2023 (2).");
        LanguageFixture.build("ar", project.resolve("ar"), "");
        Document ar = Jsoup.parse(project.resolve("ar/site-output/page/2/index.html").toFile(), "UTF-8");
        assertThat(ar.selectFirst("h1 .page-of .visually-hidden").wholeText()).isEqualTo("، ");
    }

    /** What a reader sees or hears: text, the title, labels, placeholders, alt texts, the search script's words. */
    static String readerText(Document html) {
        StringBuilder text = new StringBuilder(html.text());
        for (Element e : html.select("[aria-label], [placeholder], [alt], [title], [data-messages], noscript")) {
            for (String attribute : List.of("aria-label", "placeholder", "alt", "title")) {
                text.append(' ').append(e.attr(attribute));
            }
            if (e.hasAttr("data-messages")) { // the words of the search script: the values, not the keys
                try {
                    collectValues(new com.fasterxml.jackson.databind.ObjectMapper().readTree(e.attr("data-messages")), text);
                } catch (IOException broken) {
                    throw new AssertionError("data-messages is not JSON: " + e.attr("data-messages"), broken);
                }
            }
            if (e.tagName().equals("noscript")) {
                text.append(' ').append(Jsoup.parse(e.html()).text());
            }
        }
        for (Element e : html.select("meta[name=description], meta[property=og:title], meta[name=twitter:title]")) {
            text.append(' ').append(e.attr("content"));
        }
        return text.toString();
    }

    private static void collectValues(com.fasterxml.jackson.databind.JsonNode node, StringBuilder text) {
        if (node.isTextual()) {
            text.append(' ').append(node.asText());
        }
        node.elements().forEachRemaining(child -> collectValues(child, text));
    }

    private static Set<String> words(java.util.Collection<String> texts) {
        Set<String> words = new HashSet<>();
        for (String text : texts) {
            Matcher m = LATIN_WORD.matcher(text);
            while (m.find()) {
                words.add(m.group().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return words;
    }

    private static List<String> fixtureText(Path fixture) throws IOException {
        try (Stream<Path> files = Files.walk(fixture)) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                texts.add(Files.readString(file, StandardCharsets.UTF_8));
            }
            return texts;
        }
    }

}
