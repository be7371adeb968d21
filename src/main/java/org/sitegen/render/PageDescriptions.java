package org.sitegen.render;

/**
 * The meta description of the pages whose content has none of its own (every listing, index,
 * date page, 404 and search page; a briefing or page with no summary and no text): one plain
 * sentence naming what the page lists, with the site's title and a count. Search engines show it
 * under the link, and Lighthouse's SEO audit asks every page for one. English, like the theme's
 * other labels.
 */
final class PageDescriptions {
    private final String site;

    PageDescriptions(String siteTitle) {
        this.site = siteTitle;
    }

    /** The home page: the site's own description, else what it is. */
    String home(String siteDescription, int briefings) {
        return blank(siteDescription) ? "The latest briefings of " + site + ", newest first ("
                + briefings(briefings) + " in all)." : siteDescription;
    }

    /** A briefing or page: its summary, else its title and where it is from. */
    String entry(String summary, String title) {
        return blank(summary) ? title + " — " + site + "." : summary;
    }

    /** A term, publisher or entity listing: "Briefings on Economy on Site, newest first (12 in all)." */
    String listing(String preposition, String name, int briefings) {
        return "Briefings " + preposition + " " + name + " on " + site + ", newest first (" + briefings(briefings)
                + " in all).";
    }

    /** An index of terms, entities or publishers: "Tags of Site: 20, by name and by number of briefings." */
    String index(String title, int entries) {
        return title + " of " + site + ": " + entries + ", by name and by number of briefings.";
    }

    /** A year, month, day or ISO week: "Briefings of March 2023 on Site (4)." */
    String period(String title, int briefings) {
        return "Briefings of " + title + " on " + site + ", newest first (" + briefings(briefings) + ").";
    }

    String archive(int briefings) {
        return "Every briefing of " + site + " by year and month (" + briefings(briefings) + ").";
    }

    String review(int year, int briefings) {
        return year + " on " + site + " in review: its " + briefings(briefings)
                + " month by month, and what they named most.";
    }

    String stories(int stories) {
        return "Developing stories of " + site + ": " + stories + (stories == 1 ? " story" : " stories")
                + " told in briefings that follow one another.";
    }

    String story(String title, int briefings) {
        return "The developing story “" + title + "” on " + site + ", oldest first (" + briefings(briefings) + ").";
    }

    String search() {
        return "Search the briefings of " + site + " by word, tag, date and name.";
    }

    String notFound() {
        return "This page of " + site + " does not exist; search the briefings or start from the newest ones.";
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String briefings(int n) {
        return n + (n == 1 ? " briefing" : " briefings");
    }
}
