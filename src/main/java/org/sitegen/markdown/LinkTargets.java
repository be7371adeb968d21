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
        return org.sitegen.diag.Suggestions.closest(contentPath, java.util.stream.Stream.concat(pages.keySet().stream(), assets.stream()).sorted()
                .toList());
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
