package org.sitegen.render;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.sitegen.search.SearchDoc;

/**
 * Remembers what each page was last rendered from (template set, data), so a rebuild can keep a
 * page whose inputs are equal instead of rendering it again; and what the search index was last
 * built from. Previews ({@link #RenderMemo()}) remember the inputs themselves, in memory, and
 * keep the last search index when only body text changed (its snippets lag until the next full
 * build). A build recorded on disk ({@link #fingerprinted}) remembers a fingerprint of them,
 * kept between builds by org.sitegen.incremental, and rebuilds the index on any change.
 */
public final class RenderMemo {
    /** Everything a page's bytes depend on besides the settings and the engine (which key the whole memo). */
    public record PageInputs(String templates, Object site, String kind, Map<String, Object> model, String title,
                             String description) {
    }

    /** What is remembered of a page's inputs; null when they cannot be told apart (the page is always rendered). */
    private final Function<PageInputs, Object> pageKey;
    private final Function<List<SearchDoc>, Object> searchKeyOf;
    private final boolean byContent;
    private final Map<String, Object> pages;
    private volatile Object searchKey;
    private volatile List<String> searchFiles = List.of();

    /** A preview's memo, in memory. */
    public RenderMemo() {
        this(inputs -> inputs, RenderMemo::withoutText, false, new ConcurrentHashMap<>(), null, List.of());
    }

    private RenderMemo(Function<PageInputs, Object> pageKey, Function<List<SearchDoc>, Object> searchKeyOf,
                       boolean byContent, Map<String, Object> pages, Object searchKey, List<String> searchFiles) {
        this.pageKey = pageKey;
        this.searchKeyOf = searchKeyOf;
        this.byContent = byContent;
        this.pages = pages;
        this.searchKey = searchKey;
        this.searchFiles = List.copyOf(searchFiles);
    }

    /**
     * A memo of fingerprints, starting from those a previous build recorded.
     *
     * @param fingerprint a value's fingerprint, or null when it has none
     * @param pages       each page's (by URL) fingerprint, as recorded
     */
    public static RenderMemo fingerprinted(Function<Object, String> fingerprint, Map<String, String> pages,
                                           String searchKey, List<String> searchFiles) {
        return new RenderMemo(fingerprint::apply, fingerprint::apply, true, new ConcurrentHashMap<>(pages), searchKey,
                searchFiles);
    }

    /** Each page's (by URL) remembered inputs, fingerprinted memos: their fingerprints. */
    public Map<String, Object> pages() {
        return pages;
    }

    public Object searchKey() {
        return searchKey;
    }

    public List<String> searchFiles() {
        return searchFiles;
    }

    /** Whether templates are told apart by content (between builds) rather than by size and time. */
    boolean byContent() {
        return byContent;
    }

    /** What to remember of {@code inputs}, or null when the page must be rendered whatever it was. */
    Object key(PageInputs inputs) {
        return pageKey.apply(inputs);
    }

    boolean unchanged(String url, Object key) {
        return key != null && key.equals(pages.get(url));
    }

    void rendered(String url, Object key) {
        if (key == null) {
            pages.remove(url);
        } else {
            pages.put(url, key);
        }
    }

    void forget(String url) {
        pages.remove(url);
    }

    /** Forgets the pages not among {@code urls} (gone from the site). */
    void retain(java.util.Set<String> urls) {
        pages.keySet().retainAll(urls);
    }

    /** What to remember of the search index's documents, or null when they cannot be told apart. */
    Object searchKey(List<SearchDoc> docs) {
        return searchKeyOf.apply(docs);
    }

    /** The files of the last search index, when it was built from documents with this {@link #searchKey}. */
    List<String> searchFilesFor(Object key) {
        return key != null && Objects.equals(key, searchKey) ? searchFiles : null;
    }

    void searchBuilt(Object key, List<String> files) {
        searchKey = key;
        searchFiles = key == null ? List.of() : List.copyOf(files);
    }

    private static List<SearchDoc> withoutText(List<SearchDoc> docs) {
        return docs.stream().map(d -> new SearchDoc(d.title(), d.link(), d.day(), d.display(), d.tags(), d.authors(),
                d.summary(), org.sitegen.store.StoredText.of(""), d.entities())).toList();
    }
}
