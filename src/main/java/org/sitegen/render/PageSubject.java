package org.sitegen.render;

import java.util.List;
import org.sitegen.archive.Entry;

/**
 * What a page presents, in the archive's own terms. What is made of a page besides its HTML (its
 * feed links, its JSON-LD, its entry in the sitemap) comes from this and the settings, never from
 * its template model ({@link PageSpec#model}): a change to the template contract cannot change it.
 */
public sealed interface PageSubject {
    /** A briefing's own page. */
    record Briefing(Entry briefing) implements PageSubject {
    }

    /** A standalone page (content/pages): nothing dates it for the sitemap. */
    record StandalonePage(Entry page) implements PageSubject {
    }

    /**
     * One page of a listing of briefings (or a listing on one page: a date, a week, a story, 404.html).
     *
     * @param front     the listing's front URL (its first page's), which names the listing: a term's, an entity's
     * @param briefings the briefings this page shows, in its order
     */
    record Listing(String front, List<Entry> briefings) implements PageSubject {
    }

    /** An index of the whole archive (taxonomies, entity kinds, the date archive, search): it changes with any briefing. */
    record WholeArchive() implements PageSubject {
    }

    /** The page at an alias of {@code target}, sending readers there: in no sitemap. */
    record Alias(Entry target) implements PageSubject {
    }

    /** The one {@link WholeArchive}. */
    PageSubject WHOLE_ARCHIVE = new WholeArchive();
}
