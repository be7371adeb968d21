package org.sitegen.render.view;

/**
 * A kind of entity, linking to its index page.
 *
 * @param key      the front matter key, e.g. "people"
 * @param title    e.g. "People"
 * @param singular e.g. "person"
 * @param url      site path of its index, e.g. "/people/"
 */
public record EntityKindRef(String key, String title, String singular, String url) {
}
