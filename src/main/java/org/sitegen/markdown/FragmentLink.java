package org.sitegen.markdown;

import org.sitegen.diag.SourcePosition;

/**
 * A link to a part of a page ({@code other.md#background}, {@code #background}): whether that
 * part exists is known only once the target's body is rendered, so it is checked after all are.
 *
 * @param target   the content path of the Markdown file linked to
 * @param fragment the part, as written after '#' (decoded)
 * @param at       where the link is
 */
public record FragmentLink(String target, String fragment, SourcePosition at) {
}
