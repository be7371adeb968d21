package org.sitegen.content;

import org.sitegen.diag.SourcePosition;

/**
 * One value of {@code follows:}: an earlier briefing this one continues, by source path as
 * written (relative to the file, like a body link, or to the content folder), with where.
 */
public record StoryLink(String target, SourcePosition at) {
}
