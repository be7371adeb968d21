package org.sitegen.feed;

import java.util.List;

/**
 * A whole feed.
 *
 * @param selfUrl  absolute URL of the feed document; also its Atom id
 * @param pageUrl  absolute URL of the HTML page it mirrors (home, a term page)
 * @param title    feed title
 * @param subtitle may be ""
 * @param author   the feed's author (the site title): Atom needs one for entries that have none
 * @param language BCP 47 language, written as xml:lang
 * @param entries  newest first
 */
public record FeedSpec(String selfUrl, String pageUrl, String title, String subtitle, String author,
                       String language, List<FeedEntry> entries) {
}
