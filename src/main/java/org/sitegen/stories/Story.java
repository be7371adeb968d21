package org.sitegen.stories;

import java.util.List;
import org.sitegen.archive.Entry;

/**
 * A developing story: briefings linked by {@code follows:}, oldest first.
 *
 * @param slug  its URL slug: the first briefing's, so the URL stays as the story grows
 * @param parts its briefings in date order (ties by URL), at least two
 */
public record Story(String slug, List<Entry> parts) {

    public String url() {
        return "/" + Stories.FOLDER + "/" + slug + "/";
    }

    /** The story is named after the briefing that started it. */
    public String title() {
        return parts.get(0).title();
    }

    public Entry latest() {
        return parts.get(parts.size() - 1);
    }

    @Override
    public boolean equals(Object other) {
        return this == other; // one per build; its parts need no comparing
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
