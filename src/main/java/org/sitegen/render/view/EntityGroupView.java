package org.sitegen.render.view;

import java.util.List;

/**
 * The entities of one kind a briefing names.
 *
 * @param kind     the kind
 * @param entities in written order
 */
public record EntityGroupView(EntityKindRef kind, List<EntityRef> entities) {
}
