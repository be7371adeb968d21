package org.sitegen.entities;

import java.util.List;
import java.util.Map;

/**
 * A kind of entity: its front matter key (which is also its URL folder and its data file's
 * name, content/entities/KEY.yaml) and how pages name it.
 *
 * @param key      e.g. "people"
 * @param title    e.g. "People"
 * @param singular e.g. "person"
 */
public record EntityKind(String key, String title, String singular) {
    private static final Map<String, EntityKind> KNOWN = Map.of(
            "people", new EntityKind("people", "People", "person"),
            "countries", new EntityKind("countries", "Countries", "country"),
            "orgs", new EntityKind("orgs", "Organisations", "organisation"),
            "places", new EntityKind("places", "Places", "place"));

    /** The kinds of these keys ({@link org.sitegen.content.EntityKeys#inEffect}), in the same order. */
    public static List<EntityKind> of(List<String> keys) {
        return keys.stream().map(KNOWN::get).toList();
    }

    public String url() {
        return "/" + key + "/";
    }
}
