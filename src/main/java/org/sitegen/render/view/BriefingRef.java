package org.sitegen.render.view;

/**
 * A short link to a briefing (for previous/next).
 *
 * @param title the briefing title
 * @param url   site-absolute path
 * @param date  its date
 */
public record BriefingRef(String title, String url, DateView date) {
}
