package org.sitegen.seo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLdTest {
    private static final String HOSTILE = "</script><script>alert(1)</script> <!-- & \u2028";

    private static JsonLd.Article article(String title, List<String> authors) {
        return new JsonLd.Article("https://example.org/2023/02/19/x/", title, "A summary with </SCRIPT>", 
                "2023-02-19T09:30:00Z", "2023-02-20T00:00:00Z", authors, List.of("china", "<b>"), "en",
                "Site & Co", "https://example.org/");
    }

    @Test
    void hostileTitle_cannotCloseOrCommentOutTheScriptElement() {
        String json = JsonLd.newsArticle(article(HOSTILE, List.of()));
        assertThat(json).doesNotContain("<", ">", "&", "\u2028")
                .contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u003c!-- \\u0026");
    }

    @Test
    void escapedJson_stillParsesToTheOriginalValues() throws Exception {
        JsonNode node = new ObjectMapper().readTree(JsonLd.newsArticle(article(HOSTILE, List.of("Ada", "Ben"))));
        assertThat(node.get("@type").asText()).isEqualTo("NewsArticle");
        assertThat(node.get("headline").asText()).isEqualTo(HOSTILE);
        assertThat(node.get("datePublished").asText()).isEqualTo("2023-02-19T09:30:00Z");
        assertThat(node.get("dateModified").asText()).isEqualTo("2023-02-20T00:00:00Z");
        assertThat(node.get("author").get(1).get("name").asText()).isEqualTo("Ben");
        assertThat(node.get("keywords").get(1).asText()).isEqualTo("<b>");
        assertThat(node.get("publisher").get("name").asText()).isEqualTo("Site & Co");
    }

    @Test
    void noAuthors_publisherIsTheAuthor() throws Exception {
        JsonNode node = new ObjectMapper().readTree(JsonLd.newsArticle(article("t", List.of())));
        assertThat(node.get("author").get(0).get("@type").asText()).isEqualTo("Organization");
    }

    @Test
    void output_isDeterministic() {
        assertThat(JsonLd.newsArticle(article("t", List.of("a")))).isEqualTo(JsonLd.newsArticle(article("t", List.of("a"))))
                .startsWith("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"mainEntityOfPage\":"
                        + "{\"@type\":\"WebPage\",\"@id\":");
    }

    @Test
    void citationsAndMentions_areSchemaOrgObjects_emptyFieldsLeftOut_hostileTextEscaped() throws Exception {
        JsonLd.Article a = new JsonLd.Article("https://example.org/x/", "t", "", "2023-02-19T00:00:00Z",
                "2023-02-19T00:00:00Z", List.of(), List.of(), "en", "Site", "https://example.org/",
                List.of(new JsonLd.Citation(HOSTILE, "https://r.example/a", "Reuters", "2023-02-18", "report"),
                        new JsonLd.Citation("", "", "Kremlin", "", "statement"),
                        new JsonLd.Citation("Post", "", "", "", "social")),
                List.of(new JsonLd.Thing("Person", "Wang Yi", "https://example.org/people/wang-yi/",
                                "https://www.wikidata.org/wiki/Q1"),
                        new JsonLd.Thing("Place", "Munich", "https://example.org/places/munich/", "")));
        String json = JsonLd.newsArticle(a);
        assertThat(json).doesNotContain("<", ">", "&");
        JsonNode node = new ObjectMapper().readTree(json);
        JsonNode report = node.get("citation").get(0);
        assertThat(report.get("@type").asText()).isEqualTo("Report");
        assertThat(report.get("name").asText()).isEqualTo(HOSTILE);
        assertThat(report.get("url").asText()).isEqualTo("https://r.example/a");
        assertThat(report.get("publisher").get("@type").asText()).isEqualTo("Organization");
        assertThat(report.get("datePublished").asText()).isEqualTo("2023-02-18");
        JsonNode statement = node.get("citation").get(1);
        assertThat(statement.get("@type").asText()).isEqualTo("CreativeWork");
        assertThat(fieldNames(statement)).containsExactly("@type", "publisher");
        assertThat(node.get("citation").get(2).get("@type").asText()).isEqualTo("SocialMediaPosting");
        JsonNode person = node.get("mentions").get(0);
        assertThat(fieldNames(person)).containsExactly("@type", "name", "url", "sameAs");
        assertThat(person.get("sameAs").asText()).isEqualTo("https://www.wikidata.org/wiki/Q1");
        assertThat(fieldNames(node.get("mentions").get(1))).containsExactly("@type", "name", "url");
    }

    @Test
    void noCitationsOrMentions_noSuchKeys() throws Exception {
        JsonNode node = new ObjectMapper().readTree(JsonLd.newsArticle(article("t", List.of())));
        assertThat(node.has("citation")).isFalse();
        assertThat(node.has("mentions")).isFalse();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
