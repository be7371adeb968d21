package org.sitegen.pipeline;

import java.util.List;
import org.sitegen.archive.Entry;

/**
 * What the parse stage made: one entry per published document, its body rendered to HTML.
 *
 * @param briefings the dated briefings
 * @param pages     the standalone pages (content/pages/)
 */
record Parsed(List<Entry> briefings, List<Entry> pages) {
}
