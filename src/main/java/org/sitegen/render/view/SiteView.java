package org.sitegen.render.view;

import java.util.List;

/**
 * What every template sees as {@code site}.
 *
 * @param title       the site title ({@code siteTitle})
 * @param description the site description ({@code siteDescription}), may be empty
 * @param url         the absolute base URL without trailing slash, or "" when {@code siteUrl} is not set
 * @param language    the BCP 47 language tag for {@code <html lang>}
 * @param taxonomies  every configured taxonomy (tags first), for navigation
 * @param pages       the standalone pages (content/pages), sorted by title, for navigation
 */
public record SiteView(String title, String description, String url, String language,
                       List<TaxonomyRef> taxonomies, List<PageRef> pages) {
}
