package org.sitegen.render;

import org.sitegen.i18n.Messages;

/**
 * The meta description of the pages whose content has none of its own (every listing, index,
 * date page, 404 and search page; a briefing or page with no summary and no text): one plain
 * sentence naming what the page lists, with the site's title and a count, in the site's language
 * (messages {@code description.*}). Search engines show it under the link, and Lighthouse's SEO
 * audit asks every page for one.
 */
final class PageDescriptions {
    private final String site;
    private final Messages messages;

    PageDescriptions(String siteTitle, Messages messages) {
        this.site = siteTitle;
        this.messages = messages;
    }

    /** The home page: the site's own description, else what it is. */
    String home(String siteDescription, int briefings) {
        return blank(siteDescription) ? messages.format("description.home", site, briefings(briefings)) : siteDescription;
    }

    /** A briefing or page: its summary, else its title and where it is from. */
    String entry(String summary, String title) {
        return blank(summary) ? messages.format("description.entry", title, site) : summary;
    }

    /**
     * A term, publisher or entity listing: "Briefings on Economy on Site, newest first (12 briefings in all)."
     * @param relation {@code on}, {@code naming} or {@code citing}: how the briefings relate to {@code name}
     */
    String listing(String relation, String name, int briefings) {
        return messages.format("description." + relation, name, site, briefings(briefings));
    }

    /** An index of terms, entities or publishers: "Tags of Site: 20, by name and by number of briefings." */
    String index(String title, int entries) {
        return messages.format("description.index", title, site, entries);
    }

    /** A year, month, day or ISO week: "Briefings of March 2023 on Site, newest first (4 briefings)." */
    String period(String title, int briefings) {
        return messages.format("description.period", title, site, briefings(briefings));
    }

    String archive(int briefings) {
        return messages.format("description.archive", site, briefings(briefings));
    }

    String review(int year, int briefings) {
        return messages.format("description.review", String.valueOf(year), site, briefings(briefings));
    }

    String stories(int stories) {
        return messages.format("description.stories", site, messages.format("count.stories", stories));
    }

    String story(String title, int briefings) {
        return messages.format("description.story", title, site, briefings(briefings));
    }

    String search() {
        return messages.format("description.search", site);
    }

    String notFound() {
        return messages.format("description.notFound", site);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private String briefings(int n) {
        return messages.format("count.briefings", n);
    }
}
