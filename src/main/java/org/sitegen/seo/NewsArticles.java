package org.sitegen.seo;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitegen.archive.Archive;
import org.sitegen.archive.Entry;
import org.sitegen.archive.TermEntry;
import org.sitegen.config.SiteConfig;
import org.sitegen.entities.Entity;
import org.sitegen.entities.EntityIndex;
import org.sitegen.entities.EntityKind;
import org.sitegen.entities.EntityRecord;

/**
 * A briefing page's schema.org NewsArticle, made from the archive and the settings (never from
 * what the page's template sees). It needs absolute URLs: only for a site with a site URL.
 */
public final class NewsArticles {
    /** The schema.org type of an entity of each kind. */
    private static final Map<String, String> SCHEMA_TYPES = Map.of("people", "Person", "orgs", "Organization",
            "countries", "Country", "places", "Place");

    private final SiteConfig config;
    private final Archive archive;
    private final EntityIndex entities;

    public NewsArticles(SiteConfig config, Archive archive, EntityIndex entities) {
        this.config = config;
        this.archive = archive;
        this.entities = entities;
    }

    /** {@code briefing}'s JSON-LD, escaped for a script element. */
    public String of(Entry briefing) {
        return JsonLd.newsArticle(article(briefing));
    }

    /** What {@link #of} writes, before it is written: all that the JSON-LD is made of besides {@link JsonLd}'s code. */
    public JsonLd.Article article(Entry briefing) {
        List<String> keywords = archive.taxonomies().values().stream().flatMap(index -> index.termsOf(briefing).stream())
                .map(TermEntry::name).distinct().toList();
        var modified = briefing.updated() != null ? briefing.updated() : briefing.date();
        return new JsonLd.Article(config.siteUrl() + briefing.url(), briefing.title(),
                briefing.summary(), iso(briefing.date().at()), iso(modified.at()), briefing.authors(), keywords,
                config.language(), config.siteTitle(), config.siteUrl() + "/", citations(briefing), mentions(briefing));
    }

    private static String iso(java.time.ZonedDateTime at) {
        return at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The briefing's sources as schema.org citations; only a web address is a citation's url. */
    private static List<JsonLd.Citation> citations(Entry briefing) {
        return briefing.sources().stream().map(s -> new JsonLd.Citation(s.title().equals(s.url()) ? "" : s.title(),
                org.sitegen.url.UrlSchemes.isWeb(s.url()) ? s.url() : "", s.publisher(),
                s.date() == null ? "" : s.date().at().toLocalDate().toString(), s.type())).toList();
    }

    /** The entities the briefing names, kind by kind, each with its page and, when known, its Wikidata item. */
    private List<JsonLd.Thing> mentions(Entry briefing) {
        Map<String, List<Entity>> named = entities.of(briefing);
        if (named.isEmpty()) {
            return List.of();
        }
        List<JsonLd.Thing> things = new ArrayList<>();
        for (EntityKind kind : entities.kinds()) {
            for (Entity e : named.getOrDefault(kind.key(), List.of())) {
                String wikidata = e.data() == null ? "" : e.data().wikidata();
                things.add(new JsonLd.Thing(SCHEMA_TYPES.getOrDefault(kind.key(), "Thing"), e.name(),
                        config.siteUrl() + e.url(), wikidata.isEmpty() ? "" : EntityRecord.WIKIDATA_ITEM + wikidata));
            }
        }
        return things;
    }
}
