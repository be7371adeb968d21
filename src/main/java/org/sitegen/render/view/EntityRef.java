package org.sitegen.render.view;

/**
 * A link to an entity's page.
 *
 * @param kind  its kind's key, e.g. "people"
 * @param name  the name pages show, e.g. "Wang Yi"
 * @param slug  its URL slug, e.g. "wang-yi"
 * @param url   site path, e.g. "/people/wang-yi/"
 * @param count how many published briefings name it
 * @param wikidata its Wikidata item id ("Q1234") when a data file gives one, else ""
 */
public record EntityRef(String kind, String name, String slug, String url, int count, String wikidata) {
}
