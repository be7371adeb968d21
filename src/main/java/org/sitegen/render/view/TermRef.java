package org.sitegen.render.view;

/**
 * One term of a taxonomy (a tag, a country...), as linked from a briefing or listed on the taxonomy index.
 *
 * @param taxonomy the taxonomy's name, e.g. "tags"
 * @param name     the display spelling, e.g. "United States"
 * @param slug     the URL slug, e.g. "united-states"
 * @param url      site-absolute path, e.g. "/tags/united-states/"
 * @param count    how many published briefings carry the term
 */
public record TermRef(String taxonomy, String name, String slug, String url, int count) {
}
