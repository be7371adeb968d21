package org.sitegen.render;

import org.sitegen.render.view.Markup;
import org.sitegen.store.StoredText;

/**
 * A body's HTML as the template contract has it, read from wherever the store keeps it. Equal
 * when the stored texts are (previews compare page data between builds); the build cache
 * fingerprints the stored text once per build, however many pages show it.
 */
record StoredMarkup(StoredText text) implements Markup {
    @Override
    public String html() {
        return text.load();
    }
}
