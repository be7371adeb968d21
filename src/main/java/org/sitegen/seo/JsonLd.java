package org.sitegen.seo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitegen.json.JsonText;

/**
 * schema.org JSON-LD for a briefing page, ready to be placed inside
 * {@code <script type="application/ld+json">}. Built with Jackson (never by string
 * concatenation), then made safe for a script element: '<', '>' and '&' become \\u003c, \\u003e,
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
                          String publisher, String publisherUrl) {
    }

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
        return forScript(JsonText.of(json));
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
