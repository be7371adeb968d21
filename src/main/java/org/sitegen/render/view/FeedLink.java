package org.sitegen.render.view;

/**
 * An Atom feed a page advertises ({@code <link rel="alternate" type="application/atom+xml">}).
 *
 * @param title e.g. "Fixture Briefings" or "economy — Fixture Briefings"
 * @param url   site path of the feed, e.g. "/feed.xml", "/tags/economy/feed.xml" (use rel())
 */
public record FeedLink(String title, String url) {
}
