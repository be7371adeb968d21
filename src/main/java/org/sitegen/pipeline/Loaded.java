package org.sitegen.pipeline;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sitegen.content.SourceDocument;

/**
 * What the load stage read: every Markdown file that loaded (front matter parsed, body not yet
 * rendered) and which of them this build publishes.
 *
 * @param all         every document that loaded, drafts and scheduled ones among them
 * @param published   the documents this build publishes
 * @param drafts      the display paths of the files marked {@code draft: true}
 * @param unpublished the content paths of the loaded documents this build leaves out
 * @param nextDue     when the first scheduled briefing comes due (left out until then, or with the
 *                    future setting shown as scheduled), or null
 * @param scheduled   the briefings left out until their date (by display path), with it
 */
record Loaded(List<SourceDocument> all, List<SourceDocument> published, List<String> drafts,
              Set<String> unpublished, Instant nextDue, Map<String, ZonedDateTime> scheduled) {
}
