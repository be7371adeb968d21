package org.sitegen.render.view;

/**
 * A link to a taxonomy's index page.
 *
 * @param name  the taxonomy's key as configured and used in front matter, e.g. "tags"
 * @param title the display name, e.g. "Tags"
 * @param url   site-absolute path, e.g. "/tags/"
 */
public record TaxonomyRef(String name, String title, String url) {
}
