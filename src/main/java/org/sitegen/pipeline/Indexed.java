package org.sitegen.pipeline;

import org.sitegen.archive.Archive;
import org.sitegen.entities.EntityIndex;
import org.sitegen.stories.Stories;

/** What the index stage built: the archive (dates, taxonomies), its entities and its stories. */
record Indexed(Archive archive, EntityIndex entities, Stories stories) {
}
