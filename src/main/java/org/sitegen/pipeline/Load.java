package org.sitegen.pipeline;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
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
        List<String> drafts = all.stream().filter(d -> d.frontMatter().draft()).map(d -> d.file().displayPath())
                .toList();
        List<SourceDocument> published = all.stream().filter(d -> isPublished(d, config)).toList();
        Set<String> unpublished = all.stream().filter(d -> !isPublished(d, config))
                .map(d -> d.file().relativePath()).collect(Collectors.toSet());
        Instant nextDue = published.size() == all.size() ? null : all.stream()
                .filter(d -> !config.future() && isScheduled(d, config))
                .map(d -> d.frontMatter().date().at().toInstant()).min(Instant::compareTo).orElse(null);
        Map<String, ZonedDateTime> scheduled = new TreeMap<>();
        all.stream().filter(d -> !d.frontMatter().draft() && !config.future() && isScheduled(d, config))
                .forEach(d -> scheduled.put(d.file().displayPath(), d.frontMatter().date().at()));
        return new Loaded(all, published, drafts, unpublished, nextDue, scheduled);
    }

    private static boolean isPublished(SourceDocument document, SiteConfig config) {
        return (config.drafts() || !document.frontMatter().draft()) && (config.future() || !isScheduled(document, config));
    }

    /** Dated after the build's "now": published by the first build after its time. */
    private static boolean isScheduled(SourceDocument document, SiteConfig config) {
        var date = document.frontMatter().date();
        return date != null && date.at().toInstant().isAfter(config.now());
    }
}
