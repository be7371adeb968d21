package org.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A briefing's page sources say its front matter by the bytes it was loaded from (PageSources
 * names which components of an entry that covers and which it walks): a component added to
 * Entry must be named there, else every entry is walked whole again (correct, and slower).
 */
class PageSourcesEntryTest {
    @Test
    void everyComponentOfAnEntry_isCoveredByWhatItWasLoadedFromOrWalked() {
        assertThat(PageSources.LOADED_COVERS_ENTRY).isTrue();
    }
}
