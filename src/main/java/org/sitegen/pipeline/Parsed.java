package org.sitegen.pipeline;

import java.util.List;
import java.util.Map;
import org.sitegen.archive.Entry;

/**
 * What the parse stage made: one entry per published document, its body rendered to HTML.
 *
 * @param briefings  the dated briefings
 * @param pages      the standalone pages (content/pages/)
 * @param loadedFrom of the entries, by identity, a fingerprint of the bytes each was loaded from
 *                   (Incremental.Run#loadedFrom), where the build knows it
 */
record Parsed(List<Entry> briefings, List<Entry> pages, Map<Entry, byte[]> loadedFrom) {
}
