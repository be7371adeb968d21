package org.sitegen.config;

import java.nio.file.Path;
import java.time.Instant;

/**
 * How this one run builds, as opposed to what the site says ({@link SiteSettings}): where it
 * publishes, with how many workers, which briefings it lets in and what "now" is. The preview
 * ({@code site-gen:serve}) builds elsewhere, with drafts and scheduled briefings; a CI run may
 * use fewer threads: neither is a different site; nor is what a build keeps from the ones
 * before it ({@code incremental}).
 *
 * @param outputDir where the site is published
 * @param threads   worker threads for parsing and rendering (output does not depend on it); 0 or
 *                  less: one a processor
 * @param drafts    include briefings marked {@code draft: true}
 * @param future    include briefings dated after {@code now}
 * @param now       the build's "now", for scheduled briefings (taken once, so a build is consistent);
 *                  absent: nothing counts as scheduled
 * @param fastMarkdown Markdown through the speed-only code of {@code markdown.fast} (the default),
 *                  or through Flexmark's own parts alone: the same HTML either way, the switch is
 *                  there to prove it and to rule the fast code out when hunting a rendering bug
 * @param incremental what the build keeps from the builds before it: nothing (the default), its
 *                  state recorded on disk ({@code build}), or a preview's memory ({@code serve})
 */
public record BuildOptions(Path outputDir, int threads, boolean drafts, boolean future, Instant now,
                           boolean fastMarkdown, IncrementalMode incremental) {
    public BuildOptions {
        threads = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        now = now == null ? Instant.MAX : now;
        incremental = incremental == null ? IncrementalMode.none() : incremental;
    }

    /**
     * The options that change what is published, one {@code name=value} line each: not
     * {@code threads} nor {@code incremental} (output never depends on them) nor {@code now} (the
     * up-to-date check records the next due time instead). {@code fastMarkdown} is: a build with it switched must not reuse
     * the bodies the other way rendered, or it would prove nothing.
     */
    String fingerprint() {
        StringBuilder text = new StringBuilder();
        SiteSettings.line(text, "outputDir", outputDir);
        SiteSettings.line(text, "drafts", drafts);
        SiteSettings.line(text, "future", future);
        SiteSettings.line(text, "fastMarkdown", fastMarkdown);
        return text.toString();
    }
}
