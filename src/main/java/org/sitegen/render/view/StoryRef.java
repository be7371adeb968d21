package org.sitegen.render.view;

/**
 * A developing story, as listed and linked.
 *
 * @param title   the title of the briefing that started it
 * @param url     site path of its page, e.g. "/stories/florin-reform/"
 * @param parts   how many briefings it has (at least 2)
 * @param started the date of its first briefing
 * @param latest  its newest briefing
 */
public record StoryRef(String title, String url, int parts, DateView started, BriefingRef latest) {
}
