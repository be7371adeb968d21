package org.sitegen.seo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitegen.json.JsonText;

/**
 * schema.org JSON-LD for a briefing page, ready to be placed inside
 * {@code <script type="application/ld+json">}. Built with Jackson (never by string
 * concatenation), then made safe for a script element: {@code <}, {@code >} and {@code &} become \\u003c, \\u003e,
 * \\u0026, so a title such as {@code </script><script>alert(1)</script>} or {@code <!--} cannot
 * end or comment out the script; U+2028/2029 are escaped for old JavaScript parsers. The JSON
 * value is unchanged.
 */
public final class JsonLd {
    /**
     * The facts about one briefing.
     *
     * @param url           canonical absolute URL
     * @param headline      the title
     * @param description   the summary, may be ""
     * @param datePublished ISO 8601
     * @param dateModified  ISO 8601 (the update, else the publication)
     * @param authors       author names; none: the publisher is the author
     * @param keywords      term names
     * @param language      BCP 47
     * @param publisher     the site title
     * @param publisherUrl  the site's absolute URL
     */
    public record Article(String url, String headline, String description, String datePublished,
                          String dateModified, List<String> authors, List<String> keywords, String language,
                          String publisher, String publisherUrl, List<Citation> citations, List<Thing> mentions) {
        /** An article that cites nothing and names no entities. */
        public Article(String url, String headline, String description, String datePublished, String dateModified,
                       List<String> authors, List<String> keywords, String language, String publisher,
                       String publisherUrl) {
            this(url, headline, description, datePublished, dateModified, authors, keywords, language, publisher,
                    publisherUrl, List.of(), List.of());
        }
    }

    /**
     * One source the article cites: a schema.org CreativeWork (an Article when the writer said so).
     *
     * @param name          its title, or ""
     * @param url           its absolute address, or ""
     * @param publisher     who published it, or ""
     * @param datePublished ISO 8601 date, or ""
     * @param type          the writer's kind of source (article, report, ...), or ""
     */
    public record Citation(String name, String url, String publisher, String datePublished, String type) {
    }

    /**
     * Someone or something the article names.
     *
     * @param type   a schema.org type: Person, Organization, Country, Place
     * @param name   the name
     * @param url    the entity's page on this site, absolute
     * @param sameAs the entity's Wikidata item URL, or ""
     */
    public record Thing(String type, String name, String url, String sameAs) {
    }

    /** The schema.org type of a source of each kind; other kinds (and none) are a plain CreativeWork. */
    private static final Map<String, String> CITATION_TYPES = Map.of("article", "Article", "report", "Report",
            "dataset", "Dataset", "social", "SocialMediaPosting", "video", "VideoObject");

    private JsonLd() {
    }

    /** A NewsArticle object, escaped for a script element. */
    public static String newsArticle(Article a) {
        Map<String, Object> publisher = organization(a.publisher(), a.publisherUrl());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@context", "https://schema.org");
        json.put("@type", "NewsArticle");
        Map<String, Object> page = new LinkedHashMap<>(); // not Map.of: its order changes from run to run
        page.put("@type", "WebPage");
        page.put("@id", a.url());
        json.put("mainEntityOfPage", page);
        json.put("url", a.url());
        json.put("headline", a.headline());
        if (!a.description().isEmpty()) {
            json.put("description", a.description());
        }
        json.put("datePublished", a.datePublished());
        json.put("dateModified", a.dateModified());
        json.put("author", a.authors().isEmpty() ? List.of(publisher)
                : a.authors().stream().map(JsonLd::person).toList());
        if (!a.keywords().isEmpty()) {
            json.put("keywords", a.keywords());
        }
        json.put("inLanguage", a.language());
        json.put("publisher", publisher);
        if (!a.mentions().isEmpty()) {
            json.put("mentions", a.mentions().stream().map(JsonLd::thing).toList());
        }
        if (!a.citations().isEmpty()) {
            json.put("citation", a.citations().stream().map(JsonLd::citation).toList());
        }
        return forScript(JsonText.of(json));
    }

    private static Map<String, Object> thing(Thing thing) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@type", thing.type());
        json.put("name", thing.name());
        json.put("url", thing.url());
        if (!thing.sameAs().isEmpty()) {
            json.put("sameAs", thing.sameAs());
        }
        return json;
    }

    private static Map<String, Object> citation(Citation citation) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("@type", CITATION_TYPES.getOrDefault(citation.type(), "CreativeWork"));
        if (!citation.name().isEmpty()) {
            json.put("name", citation.name());
        }
        if (!citation.url().isEmpty()) {
            json.put("url", citation.url());
        }
        if (!citation.publisher().isEmpty()) {
            Map<String, Object> publisher = new LinkedHashMap<>();
            publisher.put("@type", "Organization");
            publisher.put("name", citation.publisher());
            json.put("publisher", publisher);
        }
        if (!citation.datePublished().isEmpty()) {
            json.put("datePublished", citation.datePublished());
        }
        return json;
    }

    /** Escapes JSON text so it can sit in an HTML script element. */
    public static String forScript(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static Map<String, Object> person(String name) {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("@type", "Person");
        person.put("name", name);
        return person;
    }

    private static Map<String, Object> organization(String name, String url) {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("@type", "Organization");
        org.put("name", name);
        org.put("url", url);
        return org;
    }
}
