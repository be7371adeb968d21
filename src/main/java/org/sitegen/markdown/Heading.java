package org.sitegen.markdown;

/**
 * A heading of a rendered body, for tables of contents.
 *
 * @param level 1-6
 * @param id    the id attribute it was rendered with (the fragment that links to it)
 * @param text  its reader-visible text, one line
 */
public record Heading(int level, String id, String text) {
}
