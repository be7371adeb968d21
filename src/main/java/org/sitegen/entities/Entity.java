package org.sitegen.entities;

import java.time.YearMonth;
import java.util.List;
import java.util.SortedMap;
import org.sitegen.archive.Entry;

/**
 * One person, country, organisation or place, with every published briefing that names it.
 *
 * @param kind      its kind
 * @param name      the name pages show (its data file's, else its most used spelling)
 * @param slug      its URL slug
 * @param data      what its data file says, or null when no data file describes it
 * @param briefings the briefings naming it, newest first
 * @param months    briefings naming it per month (in the site time zone), oldest first
 */
public record Entity(EntityKind kind, String name, String slug, EntityRecord data, List<Entry> briefings,
                     SortedMap<YearMonth, Integer> months) {

    /** Site path of its page, e.g. "/people/wang-yi/". */
    public String url() {
        return "/" + kind.key() + "/" + slug + "/";
    }

    /**
     * Identity, not contents: an entity is one object per build, put in maps by the thousand,
     * and a record's own equals would compare every briefing it lists.
     */
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    /**
     * Another entity named in the same briefings.
     *
     * @param entity the other one
     * @param shared the briefings naming both, newest first
     */
    public record Together(Entity entity, List<Entry> shared) {
    }
}
