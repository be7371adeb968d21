package org.sitegen.render.view;

import java.util.List;

/**
 * A year in review (/2023/review/).
 *
 * @param year     e.g. 2023
 * @param url      site-absolute path, e.g. "/2023/review/"
 * @param yearUrl  the year's archive page, e.g. "/2023/"
 * @param count    briefings that year
 * @param months   briefings per month, January to December, as a bar chart ({@code p.timeline})
 * @param entities per entity kind named that year, its most named entities, most first
 * @param terms    per taxonomy used that year, its most used terms, most first
 * @param stories  the developing stories with most parts that year, most first
 */
public record YearReviewView(int year, String url, String yearUrl, int count, TimelineView months,
                             List<CountedGroup> entities, List<CountedGroup> terms, List<StoryInYear> stories) {

    /**
     * Some entity kind's or taxonomy's most frequent members in a year.
     *
     * @param title e.g. "People", "Tags"
     * @param url   the kind's or taxonomy's index, e.g. "/people/"
     * @param items most first
     */
    public record CountedGroup(String title, String url, List<Counted> items) {
    }

    /**
     * @param name  e.g. "Wang Yi"
     * @param url   its page
     * @param count briefings that year naming it
     */
    public record Counted(String name, String url, int count) {
    }

    /**
     * @param story          the story
     * @param partsThisYear  its parts published that year (the story has {@code story.parts} in all)
     */
    public record StoryInYear(StoryRef story, int partsThisYear) {
    }
}
