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
 * @param sections    the indexes of what the briefings name, for navigation: each entity kind's
 *                    (/people/…) that some briefing names, then /stories/ and /sources/ when
 *                    there are any
 * @param headerText  the text of the header's link home ({@code headerText}, else the site title)
 * @param logo        site-absolute path of the logo shown before it ({@code logo}), or ""
 * @param stylesheets site-absolute paths of the stylesheets every page links, in order: the theme's
 *                    style.css, the one written from the theme settings (when there are any),
 *                    then custom.css, the archive's additions
 * @param rightToLeft  whether the language is written right to left ({@code <html dir="rtl">})
 */
public record SiteView(String title, String description, String url, String language,
                       List<TaxonomyRef> taxonomies, List<PageRef> pages, List<PageRef> sections,
                       String headerText, String logo,
                       List<String> stylesheets, boolean rightToLeft) {
}
