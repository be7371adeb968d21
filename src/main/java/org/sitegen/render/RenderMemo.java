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
    public record PageInputs(String templates, Object site, String kind, org.sitegen.render.view.PageModel model, String title,
                             String description, PageSpec.Translations translations) {
    }

    /** What is remembered of a page's inputs; null when they cannot be told apart (the page is always rendered). */
    private final Function<PageInputs, Object> pageKey;
    private final Function<List<SearchDoc>, Object> searchKeyOf;
    private final boolean byContent;
    private final Map<String, Object> pages;
    private volatile Object searchKey;
    private volatile List<String> searchFiles = List.of();
    /** Fingerprinted memos: each search index part's fingerprint (and shard keys) as the last build made it. */
    private final Map<String, String> lastParts;
    /** The same, as this build made or kept them. */
    private final Map<String, String> parts = new ConcurrentHashMap<>();

    /** A preview's memo, in memory. */
    public RenderMemo() {
        this(inputs -> inputs, RenderMemo::withoutText, false, new ConcurrentHashMap<>(), null, List.of(), Map.of());
    }

    private RenderMemo(Function<PageInputs, Object> pageKey, Function<List<SearchDoc>, Object> searchKeyOf,
                       boolean byContent, Map<String, Object> pages, Object searchKey, List<String> searchFiles,
                       Map<String, String> lastParts) {
        this.lastParts = Map.copyOf(lastParts);
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
     * @param parts       the search index's parts, as recorded ({@link #parts})
     */
    public static RenderMemo fingerprinted(Function<Object, String> fingerprint, Map<String, String> pages,
                                           String searchKey, List<String> searchFiles, Map<String, String> parts) {
        return new RenderMemo(fingerprint::apply, fingerprint::apply, true, new ConcurrentHashMap<>(pages), searchKey,
                searchFiles, parts);
    }

    /** The search index's parts this build made or kept (fingerprinted memos), to record. */
    public Map<String, String> parts() {
        return parts;
    }

    /** The whole search index was kept: so were its parts. */
    void keptAllParts() {
        parts.putAll(lastParts);
    }

    /**
     * The search index's segments and fragment groups that are the same as the last build made
     * them (fingerprinted memos; previews keep the whole index or nothing), their files in {@code writer}.
     */
    org.sitegen.search.SearchIndexBuilder.KeptParts keptParts(org.sitegen.output.SiteWriter writer,
                                                              java.util.function.Consumer<String> keptFile) {
        if (!byContent) {
            return org.sitegen.search.SearchIndexBuilder.KeptParts.NONE;
        }
        return new org.sitegen.search.SearchIndexBuilder.KeptParts() {
            @Override
            public List<String> segment(int from, List<SearchDoc> docs) throws java.io.IOException {
                Object key = searchKeyOf.apply(docs);
                String known = lastParts.get("segment " + from);
                if (key == null || known == null) {
                    return null;
                }
                String[] recorded = known.split("\u0000", -1);
                if (!recorded[0].equals(key)) {
                    return null;
                }
                List<String> keys = List.of(recorded).subList(1, recorded.length);
                for (String shard : keys) {
                    if (!writer.keep(org.sitegen.search.SearchIndexBuilder.KeptParts.shardPath(from, shard))) {
                        return null;
                    }
                }
                keys.forEach(shard -> keptFile.accept(org.sitegen.search.SearchIndexBuilder.KeptParts.shardPath(from, shard)));
                parts.put("segment " + from, known);
                return keys;
            }

            @Override
            public void segmentMade(int from, List<SearchDoc> docs, List<String> shardKeys) {
                Object key = searchKeyOf.apply(docs);
                if (key != null) {
                    StringBuilder value = new StringBuilder((String) key);
                    shardKeys.forEach(shard -> value.append('\u0000').append(shard));
                    parts.put("segment " + from, value.toString());
                }
            }

            @Override
            public boolean group(int group, List<SearchDoc> docs) throws java.io.IOException {
                Object key = searchKeyOf.apply(docs);
                String known = lastParts.get("group " + group);
                if (key == null || !key.equals(known)
                        || !writer.keep(org.sitegen.search.SearchIndexBuilder.KeptParts.groupPath(group))) {
                    return false;
                }
                parts.put("group " + group, known);
                keptFile.accept(org.sitegen.search.SearchIndexBuilder.KeptParts.groupPath(group));
                return true;
            }

            @Override
            public void groupMade(int group, List<SearchDoc> docs) {
                Object key = searchKeyOf.apply(docs);
                if (key != null) {
                    parts.put("group " + group, (String) key);
                }
            }
        };
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
