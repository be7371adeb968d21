package org.sitegen;

import java.util.List;
import java.util.Map;
import org.sitegen.diag.Diagnostic;

/**
 * What a successful build did.
 *
 * @param pagesByKind pages written per kind ("briefing", "home", "term"...)
 * @param filesCopied content files (images, PDFs) copied
 * @param warnings    the warnings, in file order
 * @param drafts      the files marked {@code draft: true} (published only with the drafts setting)
 * @param stageMillis wall time per stage, in order (scan, parse, index, render, write)
 * @param totalMillis wall time of the whole build
 * @param upToDate    nothing changed since the last build, so nothing was done (see {@code BuildState})
 */
public record BuildReport(Map<String, Integer> pagesByKind, int filesCopied, List<Diagnostic> warnings,
                          List<String> drafts, Map<String, Long> stageMillis, long totalMillis, boolean upToDate) {

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
}
