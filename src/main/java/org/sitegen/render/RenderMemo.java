package org.sitegen.render;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.sitegen.output.SiteWriter;
import org.sitegen.related.RelatedBriefings;
import org.sitegen.search.SearchDoc;
import org.sitegen.search.SearchIndexBuilder.KeptParts;
import org.sitegen.store.Fingerprint;

/**
 * Remembers what each page was last rendered from (template set, data), so a rebuild can keep a
 * page whose inputs are equal instead of rendering it again; and what the search index was last
 * built from. Previews ({@link #RenderMemo()}) remember the inputs themselves, in memory, and
 * keep the last search index when only body text changed (its snippets lag until the next full
 * build). A build recorded on disk ({@link #fingerprinted}) remembers a fingerprint of them,
 * kept between builds by org.sitegen.incremental, and rebuilds the index on any change. Its
 * page fingerprints cover of the view records only what templates of the page's kind read (the
 * last builds recorded it, {@link #reads}): a template's output depends only on what it reads.
 */
public final class RenderMemo {
    /**
     * Everything a page's bytes depend on besides the settings and the engine (which key the whole memo).
     *
     * @param kind the page's kind and place in its listing ({@link #reader})
     */
    public record PageInputs(String templates, Object site, String kind, org.sitegen.render.view.PageModel model, String title,
                             String description, PageSpec.Translations translations,
                             List<org.sitegen.render.view.FeedLink> feeds, String jsonLd) {
    }

    /** In a record of what templates read: the whole record was read, or (as a class name) everything. */
    public static final String WHOLE = "*";
    /** In a record of what templates read: what blocks of {@code <@cached>} read, for pages of every kind. */
    static final String CACHED = "<cached>";
    private static final String VIEW_PACKAGE = org.sitegen.render.view.SiteView.class.getPackageName();

    /** What is remembered of a page's inputs; null when they cannot be told apart (the page is always rendered). */
    private volatile Function<PageInputs, Object> pageKey;
    /** Fingerprinted memos: texts' fingerprints known by identity, for the page fingerprints. */
    private final Map<Fingerprint.Identity, String> texts;
    /**
     * Fingerprinted memos: what templates read of view records (class → component names), which
     * is all page fingerprints cover; null until known (a first build fingerprints its pages
     * after rendering them).
     */
    private volatile Map<String, java.util.Set<String>> shown;
    /** What templates read, the last build's and this one's: to record. */
    private volatile Map<String, java.util.Set<String>> reads;
    private final Function<List<SearchDoc>, Object> searchKeyOf;
    /** Each search document's fingerprint (fingerprinted memos), what {@link #searchKeyOf} combines; else null. */
    private Function<SearchDoc, String> searchDocKey;
    private final boolean byContent;
    private final Map<String, Object> pages;
    /**
     * Fingerprinted memos: each page's (by URL) fingerprint of what it was made from ({@link
     * #sourcesKey}), as recorded; a page whose sources are unchanged is kept without its model
     * being made or walked. With {@link #verifying}, followed by a space and the page's inputs' fingerprint, whole.
     */
    private final Map<String, String> sources;
    private volatile Object searchKey;
    private volatile List<String> searchFiles = List.of();
    /** Fingerprinted memos: each search index part's fingerprint (and shard keys) as the last build made it. */
    private final Map<String, String> lastParts;
    /** The same, as this build made or kept them. */
    private final Map<String, String> parts = new ConcurrentHashMap<>();
    /**
     * Each language part's (by folder, "" at the root) related lists, as the last build recorded
     * them and as this build made or kept them (RelatedBriefings#lists).
     */
    private volatile Map<String, RelatedBriefings.Recorded> lastRelated = Map.of();
    private final Map<String, RelatedBriefings.Recorded> related = new ConcurrentHashMap<>();
    /** Where the search documents' analysed terms are kept between builds (fingerprinted memos). */
    private volatile org.sitegen.search.KeptTerms searchTerms = org.sitegen.search.KeptTerms.NONE;

    /** A preview's memo, in memory. */
    public RenderMemo() {
        this(inputs -> inputs, RenderMemo::withoutText, false, new ConcurrentHashMap<>(), null, List.of(), Map.of());
    }

    private RenderMemo(Function<PageInputs, Object> pageKey, Function<List<SearchDoc>, Object> searchKeyOf,
                       boolean byContent, Map<String, Object> pages, Object searchKey, List<String> searchFiles,
                       Map<String, String> lastParts) {
        this(pageKey, searchKeyOf, byContent, pages, searchKey, searchFiles, lastParts, null, null, Map.of());
    }

    private RenderMemo(Function<PageInputs, Object> pageKey, Function<List<SearchDoc>, Object> searchKeyOf,
                       boolean byContent, Map<String, Object> pages, Object searchKey, List<String> searchFiles,
                       Map<String, String> lastParts, Map<Fingerprint.Identity, String> texts,
                       Map<String, java.util.Set<String>> shown, Map<String, String> sources) {
        this.sources = new ConcurrentHashMap<>(sources);
        this.texts = texts;
        this.shown = shown;
        this.lastParts = Map.copyOf(lastParts);
        this.pageKey = pageKey;
        this.searchKeyOf = searchKeyOf;
        this.byContent = byContent;
        this.pages = pages;
        this.searchKey = searchKey;
        this.searchFiles = List.copyOf(searchFiles);
        this.noReadsRecorded = shown == null;
    }

    /**
     * A memo of fingerprints, starting from those a previous build recorded.
     *
     * @param fingerprint a value's fingerprint, or null when it has none
     * @param pages       each page's (by URL) fingerprint, as recorded
     * @param parts       the search index's parts, as recorded ({@link #parts})
     */
    public static RenderMemo fingerprinted(Map<Fingerprint.Identity, String> texts, Map<String, String> pages,
                                           String searchKey, List<String> searchFiles, Map<String, String> parts,
                                           Map<String, java.util.Set<String>> shown) {
        return fingerprinted(texts, pages, searchKey, searchFiles, parts, shown, Map.of());
    }

    /** @param sources each page's (by URL) fingerprint of what it was made from, as recorded ({@link #sources()}) */
    public static RenderMemo fingerprinted(Map<Fingerprint.Identity, String> texts, Map<String, String> pages,
                                           String searchKey, List<String> searchFiles, Map<String, String> parts,
                                           Map<String, java.util.Set<String>> shown, Map<String, String> sources) {
        Function<SearchDoc, long[]> docKey = searchDocKeys(texts); // the search index reads all of its documents
        RenderMemo memo = new RenderMemo(null, searchKeys(docKey), true, new ConcurrentHashMap<>(shown == null ? Map.of() : pages),
                searchKey, searchFiles, parts, texts, shown, shown == null ? Map.of() : sources);
        memo.searchDocKey = doc -> Fingerprint.hex(docKey.apply(doc));
        if (shown != null) {
            memo.pageKey = pageFingerprints(texts, shown);
        }
        return memo;
    }

    /**
     * The key of a list of search documents (the whole index's, a segment's, a fragment group's):
     * each document's fingerprint, made once a build (the documents are the same objects in every
     * list), combined. A fingerprint of each list walked every document again for the index, for
     * its segment and for its group: three walks of every document for one new briefing.
     */
    private static Function<List<SearchDoc>, Object> searchKeys(Function<SearchDoc, long[]> docKey) {
        return list -> {
            Fingerprint key = new Fingerprint().add(list.size());
            for (SearchDoc doc : list) {
                key.add(docKey.apply(doc)); // two numbers: its hex digits were hashed again for every list
            }
            return key.hex();
        };
    }

    /** Each search document's fingerprint ({@link #searchDocKey}) as numbers, made once a build. */
    private static Function<SearchDoc, long[]> searchDocKeys(Map<Fingerprint.Identity, String> texts) {
        Map<Fingerprint.Identity, long[]> docs = new ConcurrentHashMap<>(1 << 15);
        return doc -> docs.computeIfAbsent(new Fingerprint.Identity(doc), d -> searchDocKey(doc, texts).numbers());
    }

    /**
     * A search document's fingerprint: every component, its text by the fingerprint {@code texts}
     * knows (a kept body's, recorded with it). Written out rather than walked as a record
     * ({@link Fingerprint#addValue}): every build asks it of every document, and the walk's
     * reflection and per-value look-ups were most of the search thread's own work on an
     * everyday rebuild (docs/performance.md, the searchkeys helper's section).
     * SearchDocKeyTest#searchDocKey_coversEveryComponent fails when SearchDoc gains a component
     * this does not add.
     */
    static Fingerprint searchDocKey(SearchDoc doc, Map<Fingerprint.Identity, String> texts) {
        Fingerprint key = new Fingerprint().add(SEARCH_DOC)
                .addValue(doc.title()).addValue(doc.link()).addValue(doc.day()).addValue(doc.display());
        addTags(key, doc.tags());
        if (doc.authors() == null) {
            key.addValue(null);
        } else {
            key.add(doc.authors().size());
            for (String author : doc.authors()) {
                key.addValue(author);
            }
        }
        key.addValue(doc.summary());
        if (doc.text() == null) {
            key.addValue(null);
        } else {
            key.add(doc.text(), texts);
        }
        addTags(key, doc.entities());
        return key;
    }

    /** Tells a search document's fingerprint ({@link #searchDocKey}) from any other kind of value's. */
    private static final String SEARCH_DOC = "search document 1";

    private static void addTags(Fingerprint key, List<SearchDoc.Tag> tags) {
        if (tags == null) {
            key.addValue(null);
            return;
        }
        key.add(tags.size());
        for (SearchDoc.Tag tag : tags) {
            if (tag == null) {
                key.addValue(null);
            } else {
                key.add(1).addValue(tag.name()).addValue(tag.slug()).addValue(tag.link());
            }
        }
    }

    /**
     * Page fingerprints of what templates read: of a view record, the components read (a
     * component no template reads, such as a tag's count on a briefing's page, changes no page);
     * everything else whole. Safe because a template's output depends only on what it reads: if
     * that is unchanged, it reads the same and writes the same.
     */
    private static Function<PageInputs, Object> pageFingerprints(Map<Fingerprint.Identity, String> texts,
                                                                 Map<String, java.util.Set<String>> read) {
        if (read.containsKey(WHOLE)) {
            Function<Object, String> whole = Fingerprint.forOneBuild(texts, null);
            return whole::apply;
        }
        // one walk per page kind (a briefing's page reads less of a tag than the tags index does),
        // sharing what kinds walk alike (a briefing's view on the listings)
        Map<String, Function<Object, String>> byKind = new ConcurrentHashMap<>();
        Fingerprint.Shared shared = new Fingerprint.Shared(type -> type.getPackageName().equals(VIEW_PACKAGE));
        return inputs -> byKind.computeIfAbsent(inputs.kind(), kind -> Fingerprint.forOneBuild(texts,
                shownFor(kind, read), shared)).apply(inputs);
    }

    /** The components of each view record class that pages of {@code kind} read (null: all). */
    private static Function<Class<?>, boolean[]> shownFor(String kind, Map<String, java.util.Set<String>> read) {
        boolean[] all = new boolean[0]; // stands for null (every component) in the map
        Map<Class<?>, boolean[]> masks = new ConcurrentHashMap<>();
        return type -> {
            boolean[] mask = masks.computeIfAbsent(type, t -> {
                if (!t.getPackageName().equals(VIEW_PACKAGE)) {
                    return all;
                }
                java.util.Set<String> names = new java.util.HashSet<>();
                for (String reader : List.of(kind, CACHED, WHOLE)) { // WHOLE: kinds beyond what is counted apart
                    names.addAll(read.getOrDefault(reader + " " + t.getName(), java.util.Set.of()));
                }
                if (names.contains(WHOLE)) {
                    return all;
                }
                var components = t.getRecordComponents();
                boolean[] walked = new boolean[components.length];
                for (int i = 0; i < components.length; i++) {
                    walked[i] = names.contains(components[i].getName());
                }
                return walked;
            });
            return mask == all ? null : mask;
        };
    }

    /**
     * Whose reads a page's fingerprint covers: its kind's, and for a listing page its place in
     * the listing (front, newest, older). Templates show some things on the newest page only
     * ({@code <#if pagination.newest>} around the listing's count): counted with the other pages
     * of the kind, a count no older page prints would render all of them again for every new
     * briefing (the 500 home pages of a 10,000-briefing archive). Safe as reads by kind are:
     * whether a page is the front or the newest is itself read, and part of the fingerprint.
     */
    static String reader(PageSpec page) {
        org.sitegen.render.view.PaginationView pagination = pagination(page.model());
        return pagination == null ? page.kind() : reader(page.kind(), pagination.front(), pagination.newest());
    }

    /** {@link #reader} of a page of a listing of {@code kind}, the front page or the newest or an older one. */
    static String reader(String kind, boolean front, boolean newest) {
        return kind + (front ? " front" : newest ? " newest" : " older");
    }

    private static org.sitegen.render.view.PaginationView pagination(org.sitegen.render.view.PageModel model) {
        java.lang.reflect.Method accessor = PAGINATION.get(model.getClass());
        try {
            return accessor == null ? null : (org.sitegen.render.view.PaginationView) accessor.invoke(model);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e); // a public record's accessor
        }
    }

    /** Each page model's pagination component, if it has one. */
    private static final ClassValue<java.lang.reflect.Method> PAGINATION = new ClassValue<>() {
        @Override
        protected java.lang.reflect.Method computeValue(Class<?> type) {
            for (var component : type.getRecordComponents()) {
                if (component.getType() == org.sitegen.render.view.PaginationView.class) {
                    return component.getAccessor();
                }
            }
            return null;
        }
    };

    /**
     * Whether page fingerprints are made after rendering (nothing recorded of what templates read):
     * decided when the memo is made, for every language part of the build alike. The first part
     * rendered records what its templates read ({@link #pagesRendered}); a part rendered after it
     * must not fingerprint its pages before rendering with that, as its sources were planned
     * (PageSources) before anything was read.
     */
    boolean keysAfterRendering() {
        return byContent && noReadsRecorded;
    }

    /** Whether the memo was made without a record of what templates read (a first build). */
    private final boolean noReadsRecorded;

    /**
     * The pages are rendered, their templates having read {@code read} ({@link TemplateEngine#reads};
     * null: records were handed to Java code, anything may have been read). What to record is
     * the last build's reads and these; pages fingerprinted before rendering used the last
     * build's only, and any page whose templates read more now has another fingerprint next time.
     */
    void pagesRendered(Map<String, java.util.Set<String>> read) {
        if (!byContent) {
            return;
        }
        Map<String, java.util.Set<String>> all = new java.util.TreeMap<>();
        if (read == null) {
            all.put(WHOLE, java.util.Set.of(WHOLE));
        } else {
            read.forEach((type, names) -> all.put(type, new java.util.TreeSet<>(names)));
            // and what the other language parts of this build read (each renders with templates of its own)
            for (Map<String, java.util.Set<String>> more : java.util.Arrays.asList(shown, reads)) {
                if (more == null) {
                    continue;
                }
                more.forEach((type, names) -> all.merge(type, names, (a, b) -> {
                    java.util.Set<String> both = new java.util.TreeSet<>(a);
                    both.addAll(b);
                    return both.contains(WHOLE) ? java.util.Set.of(WHOLE) : both;
                }));
            }
        }
        reads = all;
        if (shown == null) {
            shown = all;
            pageKey = pageFingerprints(texts, all);
        }
    }

    /** What templates have read of view records, to record with the page fingerprints; null before pages are rendered. */
    public Map<String, java.util.Set<String>> reads() {
        return reads;
    }

    /** The search index's parts this build made or kept (fingerprinted memos), to record. */
    public Map<String, String> parts() {
        return parts;
    }

    /** The whole search index of the part at {@code folder} was kept: so were its parts. */
    void keptAllParts(String folder) {
        // the other languages' parts are theirs to keep; the folder's whole index is searchBuilt's
        lastParts.forEach((name, part) -> {
            if (folderOf(name).equals(folder) && !name.endsWith(FOLDER_INDEX)) {
                parts.put(name, part);
            }
        });
    }

    /**
     * The search index's segments and fragment groups that are the same as the last build made
     * them (fingerprinted memos; previews keep the whole index or nothing), their files in {@code writer}.
     */
    KeptParts keptParts(SiteWriter writer,
                                                              java.util.function.Consumer<String> keptFile) {
        return keptParts("", path -> path, writer, keptFile);
    }

    /**
     * {@link #keptParts(SiteWriter, java.util.function.Consumer)} of the search index of the
     * language part at {@code folder} ("" at the root), whose files are at {@code out} of their
     * paths in the part (which {@code keptFile} is told). Each part's segments and groups are
     * recorded under names of its own ({@link #at}): two parts' segments start at the same ids.
     */
    KeptParts keptParts(String folder, Function<String, String> out, SiteWriter writer,
                        java.util.function.Consumer<String> keptFile) {
        if (!byContent) {
            return KeptParts.NONE;
        }
        Function<String, String> named = name -> at(folder, name);
        // a segment's list is asked for its key up to three times (kept? made for? made): combined once
        Map<List<SearchDoc>, Object> segmentKeys = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
        Function<List<SearchDoc>, Object> segmentDocsKeyOf = docs -> segmentKeys.computeIfAbsent(docs, searchKeyOf);
        // a part is the same file for the same documents with the same ids (search.DocIds's layout)
        java.util.function.BiFunction<String, List<SearchDoc>, Object> segmentKeyOf = (layout, docs) -> {
            Object key = segmentDocsKeyOf.apply(docs);
            return key == null ? null : key + " ids " + layout;
        };
        return new KeptParts() {
            @Override
            public List<String> segment(int from, String layout, List<SearchDoc> docs) throws java.io.IOException {
                Object key = segmentKeyOf.apply(layout, docs);
                String known = lastParts.get(named.apply("segment " + from));
                if (key == null || known == null) {
                    return null;
                }
                String[] recorded = known.split("\u0000", -1);
                if (!recorded[0].equals(key)) {
                    return null;
                }
                List<String> keys = List.of(recorded).subList(1, recorded.length);
                for (String shard : keys) {
                    if (!writer.keep(out.apply(KeptParts.shardPath(from, shard)))) {
                        return null;
                    }
                }
                keys.forEach(shard -> keptFile.accept(KeptParts.shardPath(from, shard)));
                parts.put(named.apply("segment " + from), known);
                return keys;
            }

            @Override
            public String lastMade(int from) {
                String known = lastParts.get(named.apply("segment " + from));
                int end = known == null ? -1 : known.indexOf('\u0000');
                return known == null ? null : end < 0 ? known : known.substring(0, end);
            }

            @Override
            public String keyOf(String layout, List<SearchDoc> docs) {
                return (String) segmentKeyOf.apply(layout, docs);
            }

            @Override
            public List<String> docKeys(List<SearchDoc> docs) {
                if (searchDocKey == null) {
                    return null;
                }
                List<String> keys = new java.util.ArrayList<>(docs.size());
                for (SearchDoc doc : docs) {
                    String key = searchDocKey.apply(doc);
                    if (key == null) {
                        return null;
                    }
                    keys.add(key);
                }
                return keys;
            }

            @Override
            public boolean keepShard(int from, String shard) throws java.io.IOException {
                String path = KeptParts.shardPath(from, shard);
                if (!writer.keep(out.apply(path))) {
                    return false;
                }
                keptFile.accept(path);
                return true;
            }

            @Override
            public void segmentMade(int from, String layout, List<SearchDoc> docs, List<String> shardKeys) {
                Object key = segmentKeyOf.apply(layout, docs);
                if (key != null) {
                    StringBuilder value = new StringBuilder((String) key);
                    shardKeys.forEach(shard -> value.append('\u0000').append(shard));
                    parts.put(named.apply("segment " + from), value.toString());
                }
            }

            @Override
            public boolean group(int group, String layout, List<SearchDoc> docs) throws java.io.IOException {
                Object key = groupKeyOf(layout, docs);
                String known = lastParts.get(named.apply("group " + group));
                if (key == null || !key.equals(known)
                        || !writer.keep(out.apply(KeptParts.groupPath(group)))) {
                    return false;
                }
                parts.put(named.apply("group " + group), known);
                keptFile.accept(KeptParts.groupPath(group));
                return true;
            }

            @Override
            public void groupMade(int group, String layout, List<SearchDoc> docs) {
                Object key = groupKeyOf(layout, docs);
                if (key != null) {
                    parts.put(named.apply("group " + group), (String) key);
                }
            }
        };
    }

    /** A fragment group's key: its documents' and the layout of their ids (search.DocIds). */
    private Object groupKeyOf(String layout, List<SearchDoc> docs) {
        Object key = searchKeyOf.apply(docs);
        return key == null ? null : key + " ids " + layout;
    }

    /**
     * Each language part's (by folder, not the root's) paths its templates linked that could name
     * a content file, as recorded (read-only during a build) and as this build records them (the
     * recorded ones and those its pages asked about: a kept page asks what it asked when rendered).
     * See SiteRenderer.withMount.
     */
    private final Map<String, java.util.Set<String>> recordedTargets = new ConcurrentHashMap<>();
    private final Map<String, java.util.Set<String>> linkTargets = new ConcurrentHashMap<>();

    /** The link targets the last build recorded, by language folder; set before this build renders (fingerprinted memos). */
    public void linkTargetsRecorded(Map<String, java.util.Set<String>> recorded) {
        recorded.forEach((folder, targets) -> {
            recordedTargets.put(folder, java.util.Set.copyOf(targets));
            linkTargets.computeIfAbsent(folder, f -> ConcurrentHashMap.newKeySet()).addAll(targets);
        });
    }

    /** The link targets of the part at {@code folder} as the last build recorded them; null if none. */
    java.util.Set<String> lastLinkTargets(String folder) {
        return recordedTargets.get(folder);
    }

    /** Adds what the pages of the part at {@code folder} asked about this build. */
    void linkTargetsAsked(String folder, java.util.Set<String> asked) {
        linkTargets.computeIfAbsent(folder, f -> ConcurrentHashMap.newKeySet()).addAll(asked);
    }

    /** The link targets to record, by language folder (fingerprinted memos). */
    public Map<String, java.util.Set<String>> linkTargets() {
        return linkTargets;
    }

    /** The related lists the last build recorded, by language folder; set before this build plans (fingerprinted memos). */
    public void relatedRecorded(Map<String, RelatedBriefings.Recorded> recorded) {
        lastRelated = Map.copyOf(recorded);
    }

    /** The related lists of the part at {@code folder} as the last build recorded them; null if none. */
    RelatedBriefings.Recorded lastRelated(String folder) {
        return byContent ? lastRelated.get(folder) : null;
    }

    /** The part at {@code folder} made or kept {@code lists} (null: not every briefing's). */
    void relatedMade(String folder, RelatedBriefings.Recorded lists) {
        if (!byContent) {
            return;
        }
        if (lists == null) {
            related.remove(folder);
        } else {
            related.put(folder, lists);
        }
    }

    /** The related lists this build made or kept, by language folder, to record (fingerprinted memos). */
    public Map<String, RelatedBriefings.Recorded> related() {
        return related;
    }

    /** Keeps the search documents' analysed terms in {@code terms}, so a segment made again analyses only changed documents. */
    public void keepSearchTermsIn(org.sitegen.search.KeptTerms terms) {
        searchTerms = terms;
    }

    org.sitegen.search.KeptTerms searchTerms() {
        return searchTerms;
    }

    /** The kept terms of the search index of the language part at {@code folder} ("" at the root). */
    org.sitegen.search.KeptTerms searchTerms(String folder) {
        return folder.isEmpty() ? searchTerms : searchTerms.inFolder(folder);
    }

    /** Each page's (by URL) remembered inputs, fingerprinted memos: their fingerprints. */
    public Map<String, Object> pages() {
        return pages;
    }

    /** Each page's (by URL) fingerprint of what it was made from, to record (fingerprinted memos). */
    public Map<String, String> sources() {
        return sources;
    }

    /**
     * Whether every build checks, for each page kept because what it was made from is unchanged,
     * that its inputs are indeed unchanged (its model made and walked whole, as recorded by the
     * last build): the tests' guard against a page's sources that miss something the page is
     * made of. Builds then cost more; the system property {@code site-gen.verifySources} sets it.
     */
    public static volatile boolean verifying = Boolean.getBoolean("site-gen.verifySources");

    /**
     * Whether pages read by {@code reader} ({@link #reader}) may read component {@code component}
     * of view records of class {@code type}, as far as the last builds recorded what templates
     * read (fingerprinted memos; true when that is not known). What they do not read is left out
     * of their sources too ({@link PageSources}); which is part of the sources' fingerprint.
     */
    boolean mayRead(String reader, Class<?> type, String component) {
        Map<String, java.util.Set<String>> read = shown;
        if (read == null || read.containsKey(WHOLE)) {
            return true;
        }
        for (String who : List.of(reader, CACHED, WHOLE)) {
            java.util.Set<String> names = read.get(who + " " + type.getName());
            if (names != null && (names.contains(component) || names.contains(WHOLE))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The fingerprint of {@code value}, of what pages read by {@code reader} read of it (as page
     * fingerprints walk it, the components walked included), as far as the last builds recorded;
     * null when it has none.
     */
    String readBy(String reader, Object value) {
        Map<String, java.util.Set<String>> read = shown;
        if (read == null || read.containsKey(WHOLE)) {
            return wholeKey(value);
        }
        return readers.computeIfAbsent(reader, r -> Fingerprint.forOneBuild(texts, shownFor(r, read))).apply(value);
    }

    private final Map<String, Function<Object, String>> readers = new ConcurrentHashMap<>();

    /** The texts' fingerprints known by identity (fingerprinted memos), else null. */
    Map<Fingerprint.Identity, String> texts() {
        return byContent ? texts : null;
    }

    /**
     * What to remember of what a page was made from: its {@link PageSpec#sources} (null: not
     * told, the page is then fingerprinted from its inputs) and what the renderer adds to its
     * model (templates, the site's view, translations, feed links, JSON-LD), as fingerprints.
     */
    static String sourcesKey(String planned, String templates, String site, String translations, String feeds,
                      String jsonLd) {
        if (planned == null || site == null || translations == null || feeds == null || jsonLd == null) {
            return null;
        }
        return new Fingerprint().add(planned).add(templates).add(site).add(translations).add(feeds).add(jsonLd).hex();
    }

    /** Whether {@code url} was made from the same sources ({@link #sourcesKey}) last time. */
    boolean sameSources(String url, String key) {
        if (key == null) {
            return false;
        }
        String known = sources.get(url);
        return known != null && known.length() >= key.length() && known.startsWith(key)
                && (known.length() == key.length() || known.charAt(key.length()) == ' ');
    }

    /** The fingerprint of {@code url}'s inputs, whole, recorded with its sources by a verifying build; null if none. */
    String verifiedInputs(String url) {
        String known = sources.get(url);
        int space = known == null ? -1 : known.indexOf(' ');
        return space < 0 ? null : known.substring(space + 1);
    }

    /**
     * What {@link #verifying} compares: the page's fingerprint ({@link #key}) after what its
     * templates read ({@link #reader}) as recorded when it was made. A page kept because what it
     * was made from is unchanged must have the fingerprint it had, when read alike.
     */
    String verifyKey(PageInputs inputs) {
        Object key = key(inputs);
        return readsOf(inputs.kind()) + ":" + key;
    }

    /** A fingerprint of what templates read for {@code reader}, as far as recorded. */
    private String readsOf(String reader) {
        Map<String, java.util.Set<String>> read = shown;
        if (read == null) {
            return "unknown";
        }
        Fingerprint fp = new Fingerprint().add(read.containsKey(WHOLE) ? 1 : 0);
        new java.util.TreeMap<>(read).forEach((type, names) -> {
            if (type.startsWith(reader + " ") || type.startsWith(CACHED + " ") || type.startsWith(WHOLE + " ")) {
                fp.add(type);
                new java.util.TreeSet<>(names).forEach(fp::add);
            }
        });
        return fp.hex();
    }

    /** Whether a page's {@link #verifyKey} now and as recorded were read alike, and differ. */
    static boolean verifyFails(String now, String recorded) {
        if (recorded == null) {
            return false;
        }
        int colon = now.indexOf(':');
        return recorded.startsWith(now.substring(0, colon + 1)) && !recorded.equals(now);
    }

    /** The fingerprint of {@code inputs}, whole (every component of every record). */
    String wholeKey(Object inputs) {
        Function<Object, String> whole = wholeKey;
        if (whole == null) {
            wholeKey = whole = Fingerprint.forOneBuild(texts, null);
        }
        return whole.apply(inputs);
    }

    private volatile Function<Object, String> wholeKey;

    /** Records what {@code url} was made from ({@link #sourcesKey}, null: nothing), with {@code whole} when verifying. */
    void madeFrom(String url, String key, String whole) {
        if (key == null) {
            sources.remove(url);
        } else {
            sources.put(url, whole == null ? key : key + " " + whole);
        }
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
        sources.remove(url);
    }

    /**
     * A page's name in the memo: its URL in the language part at {@code folder} ("" at the root,
     * "/zh"), qualified by the folder outside the root. Every part of a multilingual site is
     * planned at URLs within its folder ("/2023/"), so two parts' pages would share names.
     */
    static String at(String folder, String url) {
        return folder.isEmpty() ? url : folder + FOLDER + url;
    }

    /** The folder of the part a page or a search index part named {@code name} is of ({@link #at}). */
    private static String folderOf(String name) {
        int end = name.indexOf(FOLDER);
        return end < 0 ? "" : name.substring(0, end);
    }

    /** Between a language part's folder and the names of what is recorded of it. */
    private static final char FOLDER = '\u0000';

    /** The folders of the language parts whose pages this build rendered or kept ({@link #retain}). */
    private final java.util.Set<String> partsSeen = ConcurrentHashMap.newKeySet();

    /** Forgets the pages of the part at {@code folder} not among {@code names} ({@link #at}: gone from the site). */
    void retain(String folder, java.util.Set<String> names) {
        partsSeen.add(folder);
        pages.keySet().removeIf(name -> folderOf(name).equals(folder) && !names.contains(name));
        sources.keySet().removeIf(name -> folderOf(name).equals(folder) && !names.contains(name));
    }

    /**
     * The folders of the language parts this build rendered or kept ("" for the root, "/zh");
     * empty when it rendered none (no page: nothing to say about the parts).
     */
    public java.util.Set<String> partsRendered() {
        return java.util.Set.copyOf(partsSeen);
    }

    /**
     * Forgets the pages and search index parts of language parts this build did not render (a
     * language whose last file went), once it rendered any: called before the memo is recorded.
     */
    public void forgetPartsGone() {
        if (partsSeen.isEmpty()) {
            return;
        }
        pages.keySet().removeIf(name -> !partsSeen.contains(folderOf(name)));
        sources.keySet().removeIf(name -> !partsSeen.contains(folderOf(name)));
        parts.keySet().removeIf(name -> !partsSeen.contains(folderOf(name)));
        related.keySet().retainAll(partsSeen);
        linkTargets.keySet().retainAll(partsSeen);
    }

    /** What to remember of the search index's documents, or null when they cannot be told apart. */
    Object searchKey(List<SearchDoc> docs) {
        return searchKeyOf.apply(docs);
    }

    /** The files of the last search index, when it was built from documents with this {@link #searchKey}. */
    /**
     * The files of the search index of the language part at {@code folder} ("" at the root, "/zh")
     * when the last build made it of the documents of {@code key}; else null. The root's is
     * recorded on its own ({@link #searchFiles}), another part's with the index's {@link #parts}.
     */
    List<String> searchFilesFor(String folder, Object key) {
        if (folder.isEmpty()) {
            return key != null && Objects.equals(key, searchKey) ? searchFiles : null;
        }
        String known = lastParts.get(folder + FOLDER_INDEX);
        if (key == null || known == null) {
            return null;
        }
        List<String> recorded = List.of(known.split("\u0000", -1));
        return recorded.get(0).equals(key) ? recorded.subList(1, recorded.size()) : null;
    }

    /** The search index of the language part at {@code folder} ("" at the root) was made or kept of the documents of {@code key}: {@code files}. */
    void searchBuilt(String folder, Object key, List<String> files) {
        if (folder.isEmpty()) {
            searchKey = key;
            searchFiles = key == null ? List.of() : List.copyOf(files);
        } else if (key == null || !byContent) {
            parts.remove(folder + FOLDER_INDEX);
        } else {
            parts.put(folder + FOLDER_INDEX, key + "\u0000" + String.join("\u0000", files));
        }
    }

    /** After a language's folder, the name of its whole search index among the {@link #parts}. */
    private static final String FOLDER_INDEX = FOLDER + "index";

    private static List<SearchDoc> withoutText(List<SearchDoc> docs) {
        return docs.stream().map(d -> new SearchDoc(d.title(), d.link(), d.day(), d.display(), d.tags(), d.authors(),
                d.summary(), org.sitegen.store.StoredText.of(""), d.entities())).toList();
    }
}
