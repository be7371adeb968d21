package org.sitegen.pipeline;

import java.util.List;
import java.util.Map;
import org.sitegen.archive.Archive;
import org.sitegen.archive.Entry;
import org.sitegen.entities.EntityIndex;
import org.sitegen.languages.Languages;
import org.sitegen.stories.Stories;

/**
 * What the index stage built: per language, the archive (dates, taxonomies), its entities and its
 * stories; one part when the site has one language.
 *
 * @param parts      each language's part, the site's language first
 * @param languages  each document's language and the translations
 * @param loadedFrom of the entries, by identity, what each was loaded from ({@link Parsed#loadedFrom})
 */
record Indexed(List<Part> parts, Languages languages, Map<Entry, byte[]> loadedFrom) {

    /**
     * One language's part of the site, indexed as a site of its own (the whole site when it has
     * one language): its entries at their URLs within its folder {@code prefix} ("/fr", or "" at
     * the root).
     */
    record Part(String lang, String prefix, Archive archive, EntityIndex entities, Stories stories) {
    }

    /** Every published briefing, of every language. */
    List<Entry> briefings() {
        return parts.stream().flatMap(part -> part.archive().briefings().stream()).toList();
    }
}
