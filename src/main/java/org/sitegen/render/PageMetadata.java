package org.sitegen.render;

import java.util.List;
import java.util.Map;
import org.sitegen.config.SiteConfig;
import org.sitegen.render.view.BriefingView;
import org.sitegen.render.view.EntityGroupView;
import org.sitegen.render.view.EntityRef;
import org.sitegen.render.view.EntityView;
import org.sitegen.render.view.FeedLink;
import org.sitegen.render.view.PageModel;
import org.sitegen.render.view.TermRef;
import org.sitegen.render.view.WeekView;
import org.sitegen.seo.JsonLd;

/**
 * The head-of-page data added to every page model: the feeds it advertises ({@code feeds}) and,
 * on briefing pages, schema.org JSON-LD ({@code jsonLd}, already escaped for a script element).
 * Both need absolute URLs, so without a site URL they are empty.
 */
final class PageMetadata {
    static final String SITE_FEED = "/feed.xml";
    static final String FEED_FILE = "feed.xml";
    /** The schema.org type of an entity of each kind. */
    private static final Map<String, String> SCHEMA_TYPES = Map.of("people", "Person", "orgs", "Organization",
            "countries", "Country", "places", "Place");

    private final SiteConfig config;
    private final org.sitegen.i18n.Messages messages;

    PageMetadata(SiteConfig config, org.sitegen.i18n.Messages messages) {
        this.config = config;
        this.messages = messages;
    }

    /** Term, entity and week pages offer their own feed first, every page the site's. */
    List<FeedLink> feeds(PageSpec page) {
        if (config.siteUrl().isEmpty()) {
            return List.of();
        }
        FeedLink site = new FeedLink(config.siteTitle(), SITE_FEED);
        if (page.model() instanceof PageModel.Term model) {
            TermRef term = model.term();
            return List.of(new FeedLink(termFeedTitle(term.name()), term.url() + FEED_FILE), site);
        }
        if (page.model() instanceof PageModel.Entity model) {
            EntityView entity = model.entity();
            return List.of(new FeedLink(termFeedTitle(entity.ref().name()), entity.ref().url() + FEED_FILE), site);
        }
        if (page.model() instanceof PageModel.Week model) {
            WeekView week = model.week();
            return List.of(new FeedLink(termFeedTitle(week.title()), week.url() + FEED_FILE), site);
        }
        return List.of(site);
    }

    String termFeedTitle(String term) {
        return messages.format("feed.title", term, config.siteTitle());
    }

    String jsonLd(PageSpec page) {
        if (config.siteUrl().isEmpty() || !(page.model() instanceof PageModel.Briefing model)) {
            return "";
        }
        BriefingView b = model.briefing();
        List<String> keywords = b.taxonomies().values().stream().flatMap(List::stream).map(TermRef::name)
                .distinct().toList();
        return JsonLd.newsArticle(new JsonLd.Article(config.siteUrl() + b.url(), b.title(), b.summary(),
                b.date().iso(), (b.updated() != null ? b.updated() : b.date()).iso(), b.authors(), keywords,
                config.language(), config.siteTitle(), config.siteUrl() + "/", citations(b),
                mentions(model.entities())));
    }

    /** The briefing's sources as schema.org citations; only a web address is a citation's url. */
    private static List<JsonLd.Citation> citations(BriefingView b) {
        return b.sources().stream().map(s -> new JsonLd.Citation(s.title().equals(s.url()) ? "" : s.title(),
                org.sitegen.url.UrlSchemes.isWeb(s.url()) ? s.url() : "", s.publisher(), s.date() == null ? "" : s.date().day(),
                s.type())).toList();
    }

    /** The entities the briefing names, each with its page and, when known, its Wikidata item. */
    private List<JsonLd.Thing> mentions(List<EntityGroupView> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        List<JsonLd.Thing> things = new java.util.ArrayList<>();
        for (EntityGroupView group : groups) {
            for (EntityRef e : group.entities()) {
                things.add(new JsonLd.Thing(SCHEMA_TYPES.getOrDefault(e.kind(), "Thing"), e.name(),
                        config.siteUrl() + e.url(), e.wikidata().isEmpty() ? "" : EntityViews.WIKIDATA_ITEM + e.wikidata()));
            }
        }
        return things;
    }
}
