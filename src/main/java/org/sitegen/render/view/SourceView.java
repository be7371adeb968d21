package org.sitegen.render.view;

/**
 * One entry of a briefing's {@code sources}.
 *
 * @param title the source's title (the URL itself when only a URL was given)
 * @param url   the source's URL, or "" when only a title was given
 */
public record SourceView(String title, String url) {
}
