package org.sitegen.content;

import java.util.List;

/**
 * The front matter keys that name entities: people, countries, organisations and places
 * ({@code people: [Antony Blinken, Wang Yi]}). Each is a kind of entity with its own pages and
 * its own data file, content/entities/KEY.yaml (see org.sitegen.entities). A key an archive
 * configured as a taxonomy stays a taxonomy (archives that had {@code taxonomies=tags,countries}
 * keep their pages and URLs).
 */
public final class EntityKeys {
    /** Every kind of entity, in the order pages list them. */
    public static final List<String> ALL = List.of("people", "countries", "orgs", "places");

    private EntityKeys() {
    }

    /** The entity keys of a site with these taxonomies. */
    public static List<String> inEffect(List<String> taxonomies) {
        return ALL.stream().filter(key -> !taxonomies.contains(key)).toList();
    }
}
