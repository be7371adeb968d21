package org.sitegen.content;

import java.time.ZonedDateTime;

/**
 * A briefing's date in the site time zone.
 *
 * @param at      the instant, as a date-time in the site zone (midnight when no time was given)
 * @param hasTime whether the source gave a time of day
 */
public record PublishedDate(ZonedDateTime at, boolean hasTime) implements Comparable<PublishedDate> {
    @Override
    public int compareTo(PublishedDate other) {
        return at.toInstant().compareTo(other.at.toInstant());
    }
}
