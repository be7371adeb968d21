package org.sitegen.render.view;

import java.util.Map;

/**
 * A standalone page from content/pages.
 *
 * @param title      the title
 * @param url        site-absolute path, e.g. "/about/"
 * @param summary    plain-text summary (front matter, else the first paragraph)
 * @param content    the body as HTML
 * @param params     every other front matter key, untouched
 * @param sourcePath the source file relative to the content folder
 */
public record PageView(String title, String url, String summary, Markup content,
                       Map<String, Object> params, String sourcePath) {
}
