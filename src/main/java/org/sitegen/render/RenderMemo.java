package org.sitegen.render;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers what each page was last rendered from (template set, data), so a preview rebuild
 * can keep a page whose inputs are equal instead of rendering it again. Also remembers the
 * search index's documents: when only body text changed, the preview keeps the old index.
 */
public final class RenderMemo {
    /** Everything a page's bytes depend on. */
    record PageInputs(String templates, Object site, String kind, Map<String, Object> model, String title,
                      String description) {
    }

    private final Map<String, PageInputs> pages = new ConcurrentHashMap<>();
    private volatile List<?> searchKey;
    private volatile List<String> searchFiles = List.of();

    boolean unchanged(String url, PageInputs inputs) {
        return inputs.equals(pages.get(url));
    }

    void rendered(String url, PageInputs inputs) {
        pages.put(url, inputs);
    }

    void forget(String url) {
        pages.remove(url);
    }

    /** The files of the last search index, when it was built from documents equal to {@code key}. */
    List<String> searchFilesFor(List<?> key) {
        return Objects.equals(key, searchKey) ? searchFiles : null;
    }

    void searchBuilt(List<?> key, List<String> files) {
        searchKey = key;
        searchFiles = List.copyOf(files);
    }
}
