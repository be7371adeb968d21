package org.sitegen.render.view;

import java.util.List;

/**
 * Another entity named in the same briefings as the one a page is about.
 *
 * @param entity the other entity
 * @param count  how many briefings name both
 * @param shared the newest of those briefings (at most {@code SHARED_SHOWN}), newest first
 * @param url    the page listing all of them when they are more than {@code SHARED_SHOWN}, else ""
 */
public record TogetherView(EntityRef entity, int count, List<BriefingRef> shared, String url) {
    /** Shared briefings listed per entity; the count says how many there are in all. */
    public static final int SHARED_SHOWN = 5;
}
