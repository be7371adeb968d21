package org.sitegen.archive;

import java.util.List;

/**
 * One term of a taxonomy with its briefings, newest first.
 *
 * @param taxonomy  the taxonomy name, e.g. "tags"
 * @param name      the display spelling (the most used one among merged spellings)
 * @param slug      the URL slug
 * @param briefings the briefings carrying it, newest first
 */
public record TermEntry(String taxonomy, String name, String slug, List<Entry> briefings) {

    public String url() {
        return "/" + taxonomy + "/" + slug + "/";
    }
}
