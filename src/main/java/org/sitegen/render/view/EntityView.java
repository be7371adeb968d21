package org.sitegen.render.view;

import java.util.List;

/**
 * One entity's page (e.g. /people/wang-yi/), on every page of its listing.
 *
 * @param ref         its name, URL and count
 * @param kind        its kind
 * @param description one paragraph of plain text from its data file, may be ""
 * @param aliases     other names its data file gives it
 * @param wikidata    its Wikidata item id ("Q42"), may be ""
 * @param wikidataUrl the item's page, may be ""
 * @param image       a site path (use rel()) or an absolute URL, may be ""
 * @param imageCredit who made the image, may be ""
 * @param timeline    its briefings per month, ready to draw
 * @param together    the entities named with it most often
 */
public record EntityView(EntityRef ref, EntityKindRef kind, String description, List<String> aliases,
                         String wikidata, String wikidataUrl, String image, String imageCredit,
                         TimelineView timeline, List<TogetherView> together) {

    /** Whether {@code image} is a site path, to pass through rel(). */
    public boolean imageIsLocal() {
        return image.startsWith("/");
    }
}
