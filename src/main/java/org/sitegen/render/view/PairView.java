package org.sitegen.render.view;

/**
 * Two entities named in the same briefings, on the page listing every briefing naming both.
 *
 * @param first  the entity whose folder holds the page: of the two, the one of the earlier kind
 *               (people, countries, orgs, places), then the earlier slug
 * @param second the other one
 * @param count  how many briefings name both
 * @param url    the page's front URL, e.g. "/people/lena-dolor/with/countries/examplia/"
 */
public record PairView(EntityRef first, EntityRef second, int count, String url) {
}
