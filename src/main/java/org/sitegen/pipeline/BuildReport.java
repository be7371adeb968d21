package org.sitegen.pipeline;

import java.util.List;
import java.util.Map;
import org.sitegen.diag.Diagnostic;
import org.sitegen.output.SiteWriter;

/**
 * What a successful build did.
 *
 * @param pagesByKind pages written per kind ("briefing", "home", "term"...)
 * @param filesCopied content files (images, PDFs) copied
 * @param warnings    the warnings, in file order
 * @param drafts      the files marked {@code draft: true} (published only with the drafts setting)
 * @param stageMillis wall time per stage, in order (scan, check, parse, index, plan, pages, feeds, search, render, publish: see StageTimes)
 * @param totalMillis wall time of the whole build
 * @param upToDate    nothing changed since the last build, so nothing was done (see {@code BuildState})
 * @param changes     what changed in the published site compared with the build before
 * @param bodiesRendered Markdown bodies this build rendered, those of kept pages rendered again (their
 *                    HTML not found in the published site, or their text needed) included
 */
public record BuildReport(Map<String, Integer> pagesByKind, int filesCopied, List<Diagnostic> warnings,
                          List<String> drafts, Map<String, Long> stageMillis, long totalMillis, boolean upToDate,
                          SiteWriter.Changes changes, int bodiesRendered) {

    public int pages() {
        return pagesByKind.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** "Wrote 153 pages (14 briefing, 1 page, ...) and copied 1 file in 0.84 s". */
    public String summary() {
        if (upToDate) {
            return String.format(java.util.Locale.ROOT, "Site is up to date: nothing changed since the last build "
                    + "(checked in %.2f s)", totalMillis / 1000.0);
        }
        StringBuilder kinds = new StringBuilder();
        pagesByKind.forEach((kind, count) -> kinds.append(kinds.isEmpty() ? "" : ", ").append(count).append(' ')
                .append(kind));
        return String.format(java.util.Locale.ROOT, "Wrote %d pages (%s) and copied %d %s in %.2f s", pages(), kinds,
                filesCopied, filesCopied == 1 ? "file" : "files", totalMillis / 1000.0);
    }

    /**
     * What a rebuild after an edit did, in the terms of the edit: "Rebuilt in 0.12 s: 3 of 153
     * pages changed (and 5 other files)", "…: no page changed (2 other files did)", "…, 1 file removed". A page
     * whose bytes came out the same is not counted, whether it was rendered again or not.
     */
    public String changeSummary() {
        StringBuilder out = new StringBuilder(String.format(java.util.Locale.ROOT, "Rebuilt in %.2f s: ",
                totalMillis / 1000.0));
        if (changes.pages() == 0) {
            out.append("no page changed");
        } else {
            out.append(changes.pages()).append(" of ").append(pages()).append(pages() == 1 ? " page" : " pages")
                    .append(" changed");
        }
        if (changes.otherFiles() > 0) {
            out.append(changes.pages() == 0 ? " (" : " (and ").append(changes.otherFiles())
                    .append(changes.otherFiles() == 1 ? " other file" : " other files")
                    .append(changes.pages() == 0 ? " did)" : ")");
        }
        if (changes.removed() > 0) {
            out.append(", ").append(changes.removed()).append(changes.removed() == 1 ? " file" : " files")
                    .append(" removed");
        }
        return out.toString();
    }
}
