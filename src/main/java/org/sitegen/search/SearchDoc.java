package org.sitegen.search;

import java.util.List;
import org.sitegen.store.StoredText;

/**
 * One briefing as the search index sees it. Links are relative to the search page (/search/),
 * which is where results are shown, so the index works under any base path and from file://.
 *
 * @param title   plain-text title
 * @param link    relative link from /search/ to the briefing
 * @param day     ISO day, "2023-02-19"
 * @param display the date as the site shows it, "19 February 2023"
 * @param tags    the briefing's terms of every taxonomy, each slug "TAXONOMY/SLUG"
 * @param authors author names
 * @param summary plain-text summary
 * @param text    the body as plain text
 * @param entities the people, countries, organisations and places it names; each one's slug is
 *                "KIND/SLUG" (e.g. "people/wang-yi"), which names its filter file
 */
public record SearchDoc(String title, String link, String day, String display, List<Tag> tags,
                        List<String> authors, String summary, StoredText text, List<Tag> entities) {

    /** A document that names no entities. */
    public SearchDoc(String title, String link, String day, String display, List<Tag> tags, List<String> authors,
                     String summary, StoredText text) {
        this(title, link, day, display, tags, authors, summary, text, List.of());
    }

    /** @param slug the term's slug (names its filter file), @param link relative link from /search/ */
    public record Tag(String name, String slug, String link) {
    }

    public int year() {
        return Integer.parseInt(day.substring(0, 4));
    }
}
