package org.sitegen.render.view;

import java.util.List;

/**
 * The index page of a kind of entity (e.g. /people/).
 *
 * @param kind     the kind
 * @param entities every entity of the kind, alphabetical by name in the site language
 * @param byCount  every entity of the kind, most briefings first (ties alphabetical)
 */
public record EntityKindView(EntityKindRef kind, List<EntityRef> entities, List<EntityRef> byCount) {
}
