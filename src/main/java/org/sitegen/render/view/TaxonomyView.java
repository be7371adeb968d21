package org.sitegen.render.view;

import java.util.List;

/**
 * A taxonomy's index page (e.g. /tags/).
 *
 * @param name         the taxonomy's key, e.g. "tags"
 * @param title        display name, e.g. "Tags"
 * @param url          site-absolute path
 * @param terms        every term, alphabetical by display name (locale-aware, case-insensitive)
 * @param byCount      every term, most briefings first (ties alphabetical)
 */
public record TaxonomyView(String name, String title, String url, List<TermRef> terms, List<TermRef> byCount) {
}
