package org.sitegen.render.view;

/**
 * Where a briefing sits in its story ("Part 2 of 3").
 *
 * @param story    the story
 * @param part     1-based, in date order
 * @param parts    how many briefings the story has
 * @param previous the part before, or null for the first
 * @param next     the part after, or null for the newest
 * @param latest   the newest part when this briefing is not it, else null: the pointer to the
 *                 latest development
 */
public record StoryPosition(StoryRef story, int part, int parts, BriefingRef previous, BriefingRef next,
                            BriefingRef latest) {
}
