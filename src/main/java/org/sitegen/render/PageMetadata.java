package org.sitegen.render;

import java.util.List;
import org.sitegen.config.SiteConfig;
import org.sitegen.render.view.FeedLink;
import org.sitegen.seo.NewsArticles;

/**
 * The head-of-page data every page's template gets: the feeds it advertises ({@code feeds}) and,
 * on briefing pages, schema.org JSON-LD ({@code jsonLd}, already escaped for a script element).
 * Both are made from what the page presents ({@link PageSubject}) and the settings, not from its
 * template model; both need absolute URLs, so without a site URL they are empty.
 */
record PageMetadata(SiteConfig config, PageFeeds feeds, NewsArticles articles) {

    /** A listing with a feed of its own (a term's, an entity's, a week's) offers it first, every page the site's. */
    List<FeedLink> feeds(PageSpec page) {
        if (config.siteUrl().isEmpty()) {
            return List.of();
        }
        FeedLink site = feeds.site();
        FeedLink own = page.subject() instanceof PageSubject.Listing listing ? feeds.of(listing.front()) : null;
        return own == null ? List.of(site) : List.of(own, site);
    }

    String jsonLd(PageSpec page) {
        if (config.siteUrl().isEmpty() || !(page.subject() instanceof PageSubject.Briefing briefing)) {
            return "";
        }
        return articles.of(briefing.briefing());
    }

    /** What {@link #jsonLd} is made of, to fingerprint: the article it writes, or "". */
    Object jsonLdSources(PageSpec page) {
        if (config.siteUrl().isEmpty() || !(page.subject() instanceof PageSubject.Briefing briefing)) {
            return "";
        }
        return articles.article(briefing.briefing());
    }
}
