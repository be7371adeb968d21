package org.sitegen.render.view;

/**
 * A link to a standalone page.
 *
 * @param title the page title
 * @param url   site-absolute path, e.g. "/about/"
 */
public record PageRef(String title, String url) {
}
