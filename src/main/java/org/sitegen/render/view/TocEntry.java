package org.sitegen.render.view;

/**
 * One line of a briefing's table of contents.
 *
 * @param level 2 or 3 (the heading's level)
 * @param id    the heading's id: link to it with {@code href="#${t.id}"}
 * @param text  the heading's text
 */
public record TocEntry(int level, String id, String text) {
}
