package org.sitegen.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.sitegen.diag.SourcePosition;
import org.sitegen.entities.EntityKind;
import org.sitegen.entities.EntityRecord;
import org.sitegen.languages.Languages;
import org.sitegen.markdown.LinkTargets;

/**
 * What the link stage decided: every published document's URL, and what a body's relative link
 * may point at.
 *
 * @param urls        per published document's content path, its URL
 * @param urlAt       per published document's display path, where its URL is decided (null for another path)
 * @param targets     what links in bodies resolve against
 * @param entityKinds the entity kinds in effect (from the taxonomies setting)
 * @param described   the entities described by files under content/entities/
 * @param languages   each document's language, the languages' folders and the translations
 * @param failed      the content paths of the Markdown files that did not load (their own errors say why)
 */
record Linked(Map<String, String> urls, Function<String, SourcePosition> urlAt, LinkTargets targets,
              List<EntityKind> entityKinds, List<EntityRecord> described, Languages languages, Set<String> failed) {
}
