package org.sitegen.render;

import org.sitegen.render.view.FeedLink;

/**
 * The feeds a page's head links (templates' {@code feeds}): which there are is the feeds' own
 * business (feed.SiteFeeds, written by the pipeline's emit stage, not by render).
 */
public interface PageFeeds {
    /** The site's feed (in a multilingual site, its language's). */
    FeedLink site();

    /** The feed of the listing whose front page is {@code listingFront} (a term's, an entity's, a week's), or null. */
    FeedLink of(String listingFront);
}
