package org.sitegen.feed;

import java.time.Instant;
import java.util.List;

/**
 * One briefing as a feed entry.
 *
 * @param url        absolute URL of its page; also its Atom id (stable as long as the URL is)
 * @param title      plain-text title
 * @param summary    plain-text summary, may be ""
 * @param html       the full body as HTML, links already absolute (see {@link AbsoluteLinks}); null in
 *                   feeds that link to each briefing rather than carry it
 * @param published  publication time
 * @param updated    last update, or the publication time
 * @param authors    author names, may be empty (the feed's author then stands for them)
 * @param categories its terms
 */
public record FeedEntry(String url, String title, String summary, String html, Instant published, Instant updated,
                        List<String> authors, List<Category> categories) {

    /** The same entry with its summary and link but not its body. */
    public FeedEntry withoutBody() {
        return new FeedEntry(url, title, summary, null, published, updated, authors, categories);
    }

    /**
     * One term as an Atom category.
     *
     * @param term   the term's slug (stable identifier)
     * @param label  its display spelling
     * @param scheme absolute URL of the taxonomy's index, e.g. "https://example.org/tags/"
     */
    public record Category(String term, String label, String scheme) {
    }
}
