package org.sitegen.markdown;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a relative link in a body may point to: another Markdown file (by its path below the
 * content folder) becomes that page's URL, another content file becomes its copied URL.
 *
 * @param pages  content-relative path of each briefing and page → its site path ("/2023/02/19/x/")
 * @param assets content-relative paths of the other files, copied to "/" + that path
 * @param unpublished content-relative paths of drafts and scheduled briefings left out of this build
 *                    (a link to one would break)
 * @param erroneous   content-relative paths of Markdown files left out for errors of their own: a
 *                    link to one is not reported again (the file's own error says what is wrong)
 */
public record LinkTargets(Map<String, String> pages, Set<String> assets, Set<String> unpublished,
                          Set<String> erroneous) {

    public LinkTargets(Map<String, String> pages, Set<String> assets) {
        this(pages, assets, Set.of(), Set.of());
    }

    /**
     * The published path most like {@code contentPath} (a typo'd link), or empty when none is close:
     * at most a quarter of the name's characters (and at least two) differ.
     */
    public Optional<String> closestTo(String contentPath) {
        return closest(contentPath, java.util.stream.Stream.concat(pages.keySet().stream(), assets.stream()).sorted()
                .toList());
    }

    /** The one of {@code candidates} (in a fixed order) most like {@code wanted}, when close: see {@link #closestTo}. */
    public static Optional<String> closest(String wanted, List<String> candidates) {
        int allowed = Math.max(2, wanted.length() / 4);
        String best = null;
        int bestDistance = allowed + 1;
        for (String candidate : candidates) {
            if (Math.abs(candidate.length() - wanted.length()) < bestDistance) {
                int distance = editDistance(wanted, candidate, bestDistance);
                if (distance < bestDistance) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance, or {@code limit} once it is certain to reach it. */
    private static int editDistance(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin >= limit) {
                return limit;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** The site path for a content-relative path, if it is a page or a file we publish. */
    public Optional<String> sitePath(String contentPath) {
        String page = pages.get(contentPath);
        if (page != null) {
            return Optional.of(page);
        }
        return assets.contains(contentPath) ? Optional.of("/" + contentPath) : Optional.empty();
    }
}
