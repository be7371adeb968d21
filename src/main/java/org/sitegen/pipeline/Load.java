package org.sitegen.pipeline;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sitegen.config.SiteConfig;
import org.sitegen.content.ContentLoader;
import org.sitegen.content.SourceDocument;
import org.sitegen.diag.Diagnostics;
import org.sitegen.exec.Parallel;
import org.sitegen.incremental.Incremental;

/**
 * Stage 2, load: reads each Markdown file's front matter (through what the incremental strategy
 * keeps), and decides which documents this build publishes: drafts only with the drafts setting,
 * briefings dated after the build's "now" only with the future setting.
 */
final class Load {
    private Load() {
    }

    static Loaded run(SiteConfig config, Scanned scanned, ContentLoader loader, Incremental.Run run,
                      Parallel parallel, Diagnostics diagnostics) {
        List<SourceDocument> all = run.load(loader, scanned.files(), parallel, diagnostics);
        // one pass over every file, each date turned into an instant once
        List<String> drafts = new ArrayList<>();
        List<SourceDocument> published = new ArrayList<>(all.size());
        Set<String> unpublished = new HashSet<>();
        Instant nextDue = null;
        Map<String, ZonedDateTime> scheduled = new TreeMap<>();
        for (SourceDocument document : all) {
            boolean draft = document.frontMatter().draft();
            if (draft) {
                drafts.add(document.file().displayPath());
            }
            Instant due = scheduledAt(document, config);
            if ((config.drafts() || !draft) && (config.future() || due == null)) {
                published.add(document);
            } else {
                unpublished.add(document.file().relativePath());
            }
            if (due != null) {
                // also with the future setting: a briefing published ahead of its date is shown as
                // scheduled until then, so its page changes when it comes due (a re-run then is no no-op)
                nextDue = nextDue == null || due.isBefore(nextDue) ? due : nextDue;
                if (!draft && !config.future()) {
                    scheduled.put(document.file().displayPath(), document.frontMatter().date().at());
                }
            }
        }
        return new Loaded(all, List.copyOf(published), List.copyOf(drafts), unpublished, nextDue, scheduled);
    }

    /** When a document dated after the build's "now" comes due (published by the first build after it); else null. */
    private static Instant scheduledAt(SourceDocument document, SiteConfig config) {
        var date = document.frontMatter().date();
        if (date == null) {
            return null;
        }
        Instant at = date.at().toInstant();
        return at.isAfter(config.now()) ? at : null;
    }
}
