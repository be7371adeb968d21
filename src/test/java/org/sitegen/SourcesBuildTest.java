package org.sitegen;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.config.SiteConfig;
import org.sitegen.pipeline.BuildReport;

/**
 * Structured sources through a whole build: the citation list of a briefing page, its JSON-LD
 * (parsed, its schema.org structure checked: citation and mentions with Wikidata sameAs), the
 * publishers' pages (newest first, paginated, in the sitemap) and a site that cites nothing.
 */
class SourcesBuildTest {
    @TempDir
    Path project;
    private Path output;

    @BeforeEach
    void setUp() {
        output = project.resolve("out");
    }

    private SiteConfig config(String language, int pageSize) {
        return SiteConfig.builder(project).outputDir(output).siteTitle("Sources Test")
                .siteDescription("A test.").siteUrl("https://news.example").language(language)
                .zone(java.time.ZoneId.of("UTC")).pageSize(pageSize).taxonomies(List.of("tags")).threads(2)
                .now(java.time.Instant.parse("2024-01-01T00:00:00Z")).build();
    }

    private void write(String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(output.resolve(path).toFile(), "UTF-8");
    }

    private void writeArchive() throws IOException {
        write("content/2023/2023-02-19-munich.md", """
                ---
                title: Munich talks
                date: 2023-02-19
                people: [Antony Blinken, Wang Yi]
                countries: [China]
                orgs: [NBC News]
                places: [Munich]
                sources:
                  - publisher: NBC News
                    title: "Blinken interview </script><b>"
                    url: https://nbc.example/interview
                    date: 2023-02-19
                    type: interview
                  - {publisher: Kremlin, title: Statement, type: statement}
                  - "Agency wire (no publisher)"
                ---
                Body.
                """);
        write("content/2023/2023-02-22-moscow.md", """
                ---
                title: Moscow visit
                date: 2023-02-22
                sources:
                  - {publisher: NBC News, title: Follow-up, url: "https://nbc.example/follow", type: article}
                ---
                Body.
                """);
        write("content/2023/2023-01-05-earlier.md", """
                ---
                title: Earlier one
                date: 2023-01-05
                sources:
                  - {publisher: NBC News, title: Background, type: report}
                  - {publisher: Reuters, type: report, date: 2023-01-04}
                ---
                Body.
                """);
        write("content/entities/people.yaml", """
                - name: Antony Blinken
                  wikidata: Q4109
                - name: Wang Yi
                """);
    }

    @Test
    void briefingPage_listsItsSourcesAsCitations_inTheSiteLanguage() throws Exception {
        writeArchive();
        new SiteGenerator().build(config("fr", 10));
        Document doc = page("2023/02/19/munich/index.html");
        List<Element> items = doc.select("section.sources ol > li.citation");
        assertThat(items).hasSize(3);
        Element first = items.get(0);
        assertThat(first.selectFirst("a.citation__publisher").attr("href")).isEqualTo("../../../../sources/nbc-news/index.html");
        assertThat(first.selectFirst("cite > a").attr("href")).isEqualTo("https://nbc.example/interview");
        assertThat(first.selectFirst("cite").text()).isEqualTo("Blinken interview </script><b>");
        assertThat(first.selectFirst("time").attr("datetime")).startsWith("2023-02-19");
        assertThat(first.selectFirst("time").text()).isEqualTo("19 février 2023");
        assertThat(first.text()).isEqualTo("NBC News, Blinken interview </script><b> (entretien), 19 février 2023");
        assertThat(items.get(1).text()).isEqualTo("Kremlin, Statement (déclaration)");
        assertThat(items.get(1).selectFirst("cite a")).as("no url, no link").isNull();
        assertThat(items.get(2).text()).isEqualTo("Agency wire (no publisher)");
        assertThat(items.get(2).select("a")).isEmpty();
    }

    @Test
    void briefingJsonLd_isValidJson_withCitationsAndMentions() throws Exception {
        writeArchive();
        new SiteGenerator().build(config("en", 10));
        Document doc = page("2023/02/19/munich/index.html");
        List<Element> scripts = doc.select("script[type=application/ld+json]");
        assertThat(scripts).hasSize(1);
        String raw = scripts.get(0).data();
        assertThat(raw).doesNotContain("</script");
        JsonNode json = new ObjectMapper().readTree(raw);
        assertThat(json.path("@context").asText()).isEqualTo("https://schema.org");
        assertThat(json.path("@type").asText()).isEqualTo("NewsArticle");

        JsonNode citations = json.path("citation");
        assertThat(citations.isArray()).isTrue();
        assertThat(citations).hasSize(3);
        JsonNode interview = citations.get(0);
        assertThat(interview.path("@type").asText()).isEqualTo("CreativeWork");
        assertThat(interview.path("name").asText()).isEqualTo("Blinken interview </script><b>");
        assertThat(interview.path("url").asText()).isEqualTo("https://nbc.example/interview");
        assertThat(interview.path("publisher").path("@type").asText()).isEqualTo("Organization");
        assertThat(interview.path("publisher").path("name").asText()).isEqualTo("NBC News");
        assertThat(interview.path("datePublished").asText()).isEqualTo("2023-02-19");
        assertThat(citations.get(1).has("url")).isFalse();
        assertThat(citations.get(2).path("name").asText()).isEqualTo("Agency wire (no publisher)");
        assertThat(citations.get(2).has("publisher")).isFalse();

        JsonNode mentions = json.path("mentions");
        assertThat(mentions).hasSize(5);
        assertThat(mentions.findValuesAsText("@type")).containsExactly("Person", "Person", "Country",
                "Organization", "Place");
        JsonNode blinken = mentions.get(0);
        assertThat(blinken.path("name").asText()).isEqualTo("Antony Blinken");
        assertThat(blinken.path("url").asText()).isEqualTo("https://news.example/people/antony-blinken/");
        assertThat(blinken.path("sameAs").asText()).isEqualTo("https://www.wikidata.org/wiki/Q4109");
        assertThat(mentions.get(1).has("sameAs")).as("Wang Yi has no QID").isFalse();

        JsonNode other = new ObjectMapper().readTree(page("2023/02/22/moscow/index.html")
                .selectFirst("script[type=application/ld+json]").data());
        assertThat(other.path("citation").get(0).path("@type").asText()).isEqualTo("Article");
        assertThat(other.has("mentions")).isFalse();
    }

    @Test
    void publisherPages_listCitingBriefingsNewestFirst_paginated_indexed_inTheSitemap() throws Exception {
        writeArchive();
        BuildReport report = new SiteGenerator().build(config("en", 2));
        assertThat(report.warnings()).isEmpty();
        Document first = page("sources/nbc-news/index.html");
        assertThat(first.selectFirst("h1").text()).isEqualTo("NBC News");
        // listings are numbered from the oldest: page 1 holds the two oldest, the front page the newest one
        assertThat(first.select(".card__title").eachText()).containsExactly("Moscow visit");
        assertThat(first.select(".citing__sources li").eachText()).containsExactly("Follow-up (article)");
        Document oldest = page("sources/nbc-news/page/1/index.html");
        assertThat(oldest.select(".card__title").eachText()).containsExactly("Munich talks", "Earlier one");
        assertThat(oldest.select(".citing__sources li").eachText()).containsExactly(
                "Blinken interview </script><b> (interview), 19 February 2023", "Background (report)");

        // a source named by its publisher alone is shown by that name there, not as a link to the page itself
        Document reuters = page("sources/reuters/index.html");
        assertThat(reuters.select(".citing__sources li").eachText()).containsExactly("Reuters (report), 4 January 2023");
        assertThat(reuters.select(".citing__sources a")).isEmpty();

        Document index = page("sources/index.html");
        assertThat(index.select(".chips--index a").eachText()).containsExactly("Kremlin (1 briefing)",
                "NBC News (3 briefings)", "Reuters (1 briefing)");
        String sitemap = Files.readString(output.resolve("sitemap.xml"));
        assertThat(sitemap).contains("<loc>https://news.example/sources/</loc>",
                "<loc>https://news.example/sources/nbc-news/</loc>",
                "<loc>https://news.example/sources/nbc-news/page/2/</loc>",
                "<loc>https://news.example/sources/kremlin/</loc>");
        // NBC News: its front page, page/1/ (the two oldest) and page/2/ (the front page again, for old links)
        assertThat(report.pagesByKind()).containsEntry("publishers", 1).containsEntry("publisher", 5);
    }

    @Test
    void anArchiveCitingNoPublisher_hasNoSourcesPages() throws Exception {
        write("content/2023/2023-02-19-plain.md", "---\ntitle: Plain\ndate: 2023-02-19\nsources: [Just a text]\n---\nBody.\n");
        new SiteGenerator().build(config("en", 10));
        assertThat(output.resolve("sources")).doesNotExist();
        assertThat(Files.readString(output.resolve("sitemap.xml"))).doesNotContain("/sources/");
    }

    @Test
    void aStandalonePageCannotTakeTheSourcesFolder() throws Exception {
        writeArchive();
        write("content/pages/sources.md", "---\ntitle: Our sources\nslug: sources\n---\nText.\n");
        org.sitegen.diag.BuildFailedException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> new SiteGenerator().build(config("en", 10)), org.sitegen.diag.BuildFailedException.class);
        assertThat(e.diagnostics()).extracting(Object::toString).singleElement().asString()
                .startsWith("content/pages/sources.md:3:7: error: ");
    }
}
