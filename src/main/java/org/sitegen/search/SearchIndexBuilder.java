package org.sitegen.search;

import java.io.IOException;
import java.io.UncheckedIOException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sitegen.exec.Parallel;
import org.sitegen.json.JsonText;

/**
 * Builds the static search index under /search/ in the output:
 * <pre>
 * search/index.js          manifest: doc count, segments and their shard keys, year → doc id range
 * search/t/FROM/KEY.js     term shards of the segment of docs from id FROM: term → [gap, fields, ...]
 * search/d/N.js            the fragments of ids PN to PN+P-1 (P docsPerFile, null where no doc):
 *                          title, link, date, tags, summary, text
 * search/tags/SLUG.js      doc ids of each tag, for the tag filter
 * search/e/KIND/SLUG.js    doc ids of each entity (e/people/wang-yi.js), for the entity filter
 * search/y/YEAR.js         doc ids of each year, for the year filter without words
 * </pre>
 * A query fetches the manifest, the shards of its words in each segment and the fragments of
 * the results it shows, never the whole archive. Each file is JavaScript that calls
 * {@code window.__sitegenSearch("path", data)}: the client loads it with a script element,
 * which works from file:// (where fetch() of local files is blocked), or fetches it over http
 * and parses the JSON argument. Output is deterministic: sorted keys, no timestamps.
 *
 * <p>Stable files for a growing archive: doc ids count from the oldest briefing, each a slot of
 * its day ({@link DocIds}), so a new briefing takes the next id and leaves every fragment group
 * but the last, and every tag list but its own tags', as they were; a deletion or a date moved
 * changes the ids of a few briefings of its day only, and the files that name those. A new
 * briefing's terms would still touch most term shards of a single index (a briefing's few
 * hundred words spread over the whole dictionary), so the postings are cut into segments by doc
 * id, like a log-structured index: about the docs up to a multiple of 4096, then those up to a
 * multiple of 128, then up to a multiple of 8, then the newest seven at most
 * ({@link #segments(int[])}). The newest segment's postings, of seven documents at most, are
 * one shard when they are small enough ({@link #WHOLE_BELOW}): a new briefing rewrites that
 * one file (a long post's words start with nearly every letter, so shards by first character
 * were twenty-odd files each time); every 8th rewrites the segment before it, every 128th the
 * middle one, every 4096th the whole index. A query loads at most four shards per word, the
 * newest segment's one file once for all its words.
 */
public final class SearchIndexBuilder {
    public static final String DIR = "search/";
    public static final int FORMAT = 5;
    /**
     * A segment of fewer documents than this (the newest, after the last multiple of the smallest
     * block) is one shard when its postings are at most {@link ShardPlanner#WHOLE} shards' bytes.
     */
    static final int WHOLE_BELOW = 8;
    /** Segment boundaries: multiples of these doc counts, largest first (see the class comment). */
    static final int[] SEGMENT_BLOCKS = {4096, 128, WHOLE_BELOW};
    /**
     * Each block's segment end is rounded down to a multiple of this many ids
     * ({@link #segments(int[])}); 1 for the smallest block, whose segment is small to make again.
     */
    static final int[] SEGMENT_GRIDS = {128, 128, 1};
    /**
     * Briefings per d/N.js file. One file per briefing made as many files as briefings, and
     * creating files is what disks are slowest at (docs/performance.md, finding 5); 8 keeps a page of 10 results
     * to a handful of small files.
     */
    static final int DOCS_PER_FILE = 8;
    /**
     * Ids per d/N.js file when ids are slots of days ({@link DocIds}): about seven in ten hold a
     * briefing, so a file holds about {@link #DOCS_PER_FILE} briefings, null in the others.
     */
    static final int SLOTS_PER_FILE = 12;
    /** Body text kept for snippets, in characters; a match further in shows the summary instead. */
    static final int SNIPPET_TEXT = 2000;
    /** Uncompressed bytes of postings per shard before it is split; ~8 KB gzipped over http. */
    static final int DEFAULT_SHARD_BYTES = 32 * 1024;

    private final int shardBytes;
    private final Analyzer analyzer;

    public SearchIndexBuilder() {
        this(DEFAULT_SHARD_BYTES);
    }

    /** An index of text in a language: {@link Analyzer#forLanguage}. */
    public SearchIndexBuilder(Analyzer analyzer) {
        this(DEFAULT_SHARD_BYTES, analyzer);
    }

    SearchIndexBuilder(int shardBytes) {
        this(shardBytes, Analyzer.ENGLISH);
    }

    SearchIndexBuilder(int shardBytes, Analyzer analyzer) {
        this.shardBytes = shardBytes;
        this.analyzer = analyzer;
    }

    /**
     * The index files, output path → bytes, sorted by path.
     *
     * @param docs briefings newest first (a doc's id is its position counted from the end, from the
     *             oldest briefing), so each year is one id range
     */
    public SortedMap<String, byte[]> build(List<SearchDoc> docs, Parallel parallel) {
        SortedMap<String, byte[]> files = new java.util.concurrent.ConcurrentSkipListMap<>();
        try {
            write(docs, parallel, files::put);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a map does not throw
        }
        return files;
    }

    /**
     * What earlier builds made of the index's parts, to keep instead of making them again (a build
     * recorded on disk, see org.sitegen.incremental): each segment's postings and each fragment
     * group are the same files for the same docs and first id, so only the parts whose docs
     * changed are made (one new briefing: the newest segment and the last group).
     */
    public interface KeptParts {
        /**
         * The shard keys of the segment from {@code from} made from exactly {@code docs} with ids
         * of {@code layout} (what their ids are made from besides them: the same docs, the same
         * layout, the same ids), its files all still there; else null.
         */
        List<String> segment(int from, String layout, List<SearchDoc> docs) throws IOException;

        void segmentMade(int from, String layout, List<SearchDoc> docs, List<String> shardKeys);

        /** Whether fragment group {@code group} made from exactly {@code docs} with ids of {@code layout} is still there. */
        boolean group(int group, String layout, List<SearchDoc> docs) throws IOException;

        void groupMade(int group, String layout, List<SearchDoc> docs);

        /**
         * What the segment from {@code from}'s published shards were made from: the {@link #keyOf}
         * of its documents then, when its shards as recorded are the site's; else null.
         */
        default String lastMade(int from) {
            return null;
        }

        /** A key of exactly {@code docs} with ids of {@code layout} (the same, the same key), or null when they cannot be told apart. */
        default String keyOf(String layout, List<SearchDoc> docs) {
            return null;
        }

        /**
         * A key of each of {@code docs} (the same document, the same key), in their order; null when
         * one cannot be told apart. What tells which documents of a segment changed since its
         * postings were kept.
         */
        default List<String> docKeys(List<SearchDoc> docs) {
            return null;
        }

        /**
         * Keeps the published shard {@code key} of the segment from {@code from} as it is (its
         * segment was made again, and it holds the same terms and lists); false when it is not
         * there (to write).
         */
        default boolean keepShard(int from, String key) throws IOException {
            return false;
        }

        /** Keeps nothing. */
        KeptParts NONE = new KeptParts() {
            @Override
            public List<String> segment(int from, String layout, List<SearchDoc> docs) {
                return null;
            }

            @Override
            public void segmentMade(int from, String layout, List<SearchDoc> docs, List<String> shardKeys) {
            }

            @Override
            public boolean group(int group, String layout, List<SearchDoc> docs) {
                return false;
            }

            @Override
            public void groupMade(int group, String layout, List<SearchDoc> docs) {
            }
        };

        /** The path in the site of a segment's shard (to check it is still there). */
        static String shardPath(int from, String key) {
            return path(shardName(from, key));
        }

        /** The path in the site of a fragment group. */
        static String groupPath(int group) {
            return path("d/" + group);
        }
    }

    /** Receives each index file as soon as it is made (output path, bytes). */
    @FunctionalInterface
    public interface FileSink {
        void accept(String path, byte[] bytes) throws IOException;
    }

    /**
     * Makes the index files and hands each to {@code files} as soon as it is made, so the whole
     * index (hundreds of megabytes at 100,000 briefings) is never in memory at once. Files are
     * made and handed over by the threads of {@code parallel}, in no particular order, so
     * {@code files} must take them from several threads at once.
     */
    public void write(List<SearchDoc> newestFirst, Parallel parallel, FileSink files) throws IOException {
        write(newestFirst, parallel, files, KeptParts.NONE);
    }

    /** {@link #write(List, Parallel, FileSink)}, keeping the parts {@code kept} still has. */
    public void write(List<SearchDoc> newestFirst, Parallel parallel, FileSink files, KeptParts kept) throws IOException {
        write(newestFirst, parallel, files, kept, KeptTerms.NONE);
    }

    /**
     * {@link #write(List, Parallel, FileSink, KeptParts)}, a segment made again analysing only the
     * documents whose terms {@code keptTerms} does not have.
     */
    public void write(List<SearchDoc> newestFirst, Parallel parallel, FileSink files, KeptParts kept,
                      KeptTerms keptTerms) throws IOException {
        write(newestFirst, parallel, () -> false, files, kept, keptTerms);
    }

    /**
     * {@link #write(List, Parallel, FileSink, KeptParts, KeptTerms)}, working on the calling thread
     * instead of {@code parallel}'s while {@code poolBusy} (see {@link Workers}).
     */
    public void write(List<SearchDoc> newestFirst, Parallel pool, java.util.function.BooleanSupplier poolBusy,
                      FileSink files, KeptParts kept, KeptTerms keptTerms) throws IOException {
        Workers parallel = new Workers(pool, poolBusy);
        List<SearchDoc> docs = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(docs); // ids from the oldest: a new briefing leaves the others' ids alone
        DocIds ids = DocIds.of(docs);
        List<Map<String, Object>> segments = new ArrayList<>();
        java.util.Set<Integer> froms = new java.util.TreeSet<>();
        for (int[] range : segments(ids.ids)) {
            froms.add(range[0]);
            int first = ids.positionOf(range[0]);
            int[] segmentIds = java.util.Arrays.copyOfRange(ids.ids, first, ids.positionOf(range[1]));
            List<SearchDoc> segmentDocs = docs.subList(first, first + segmentIds.length);
            String layout = ids.layout(first);
            List<String> keys = kept.segment(range[0], layout, segmentDocs);
            if (keys == null) {
                keys = segment(range[0], segmentIds, layout, segmentDocs, parallel, files, kept, keptTerms);
                kept.segmentMade(range[0], layout, segmentDocs, keys);
            }
            Map<String, Object> segment = new LinkedHashMap<>();
            segment.put("from", range[0]);
            segment.put("shards", keys);
            segments.add(segment);
        }
        keptTerms.segments(froms);
        int perFile = ids.dense ? DOCS_PER_FILE : SLOTS_PER_FILE;
        List<Integer> groups = new ArrayList<>(); // the groups holding a document (the others are not asked for)
        for (int id : ids.ids) {
            if (groups.isEmpty() || groups.get(groups.size() - 1) != id / perFile) {
                groups.add(id / perFile);
            }
        }
        eachInParallel(parallel, groups, group -> {
            int first = ids.positionOf(group * perFile);
            int end = ids.positionOf((group + 1) * perFile);
            List<SearchDoc> groupDocs = docs.subList(first, end);
            String layout = ids.layout(first);
            if (!kept.group(group, layout, groupDocs)) {
                files.accept(path("d/" + group), fragments("d/" + group, groupDocs,
                        java.util.Arrays.copyOfRange(ids.ids, first, end), group * perFile));
                kept.groupMade(group, layout, groupDocs);
            }
        });
        eachInParallel(parallel, new ArrayList<>(tagLists(docs, ids.ids, SearchDoc::tags).entrySet()),
                tag -> put(files, "tags/" + tag.getKey(), gaps(tag.getValue())));
        eachInParallel(parallel, new ArrayList<>(tagLists(docs, ids.ids, SearchDoc::entities).entrySet()),
                entity -> put(files, "e/" + entity.getKey(), gaps(entity.getValue())));
        Map<String, int[]> years = years(docs, ids.ids);
        eachInParallel(parallel, new ArrayList<>(years.entrySet()), year -> put(files, "y/" + year.getKey(),
                gaps(java.util.Arrays.stream(ids.ids, year.getValue()[2], year.getValue()[3]).boxed().toList())));
        Map<String, int[]> yearRanges = new LinkedHashMap<>();
        years.forEach((year, range) -> yearRanges.put(year, new int[] {range[0], range[1]}));
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", FORMAT);
        manifest.put("docs", docs.size());
        manifest.put("docsPerFile", perFile);
        manifest.put("segments", segments);
        manifest.put("years", yearRanges);
        if (!analyzer.english()) {
            manifest.put("analysis", "plain"); // search.js: no English stop words or stemming (absent: English)
        }
        put(files, "index", JsonText.of(manifest));
    }

    /**
     * Makes the segment of {@code docs} from id {@code from} and writes its shards; its shard
     * keys. When the last build kept its postings and only a few of its documents' terms
     * changed since (a body or title edited), those documents' postings are taken out and put
     * in again and only the shards whose terms or lists changed are written, the others kept:
     * the same lists, the same plan (a function of the lists), the same files as a segment made
     * from scratch, for work in proportion to the edit instead of the segment's thousands of
     * documents (docs/performance.md, seventeenth session).
     */
    private List<String> segment(int from, int[] docIds, String layout, List<SearchDoc> docs, Workers parallel,
                                 FileSink files, KeptParts kept, KeptTerms keptTerms) throws IOException {
        KeptTerms.Segment known = keptTerms.segment(from, docs, analyzer.english() ? "english" : "plain");
        String lastMade = kept.lastMade(from);
        List<String> docKeys = lastMade == null ? null : kept.docKeys(docs);
        KeptTerms.LastPostings last = docKeys == null ? null : known.lastPostings(lastMade, docIds, docKeys);
        SegmentIndex index;
        List<ShardPlanner.Shard> shards;
        if (last != null && last.changed().length <= MAX_EDITED) {
            SegmentIndex before = SegmentIndex.of(last.postings());
            Map<String, ShardPlanner.Shard> planned = new java.util.HashMap<>();
            before.plan(shardBytes, WHOLE_BELOW).forEach(shard -> planned.put(shard.key(), shard));
            int[] ids = new int[last.changed().length];
            KeptTerms.AnalysedTerms[] now = new KeptTerms.AnalysedTerms[ids.length];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = last.changed()[i];
                int at = java.util.Arrays.binarySearch(docIds, ids[i]);
                now[i] = at >= 0 ? fieldsOf(docs.get(at)) : NO_TERMS; // a document gone: its postings only taken out
            }
            SegmentIndex.Edit edit = before.edited(ids, now);
            index = edit.index();
            shards = index.plan(shardBytes, WHOLE_BELOW);
            eachInParallel(parallel, shards, shard -> {
                if (!edit.same(before, planned.get(shard.key()), shard) || !kept.keepShard(from, shard.key())) {
                    files.accept(path(shardName(from, shard.key())), shard(shardName(from, shard.key()), index, shard));
                }
            });
        } else {
            index = SegmentIndex.of(InvertedIndex.of(docs, docIds, parallel, analyzer, known).terms());
            shards = index.plan(shardBytes, WHOLE_BELOW);
            eachInParallel(parallel, shards, shard -> files.accept(path(shardName(from, shard.key())),
                    shard(shardName(from, shard.key()), index, shard)));
        }
        String madeFor = kept.keyOf(layout, docs);
        if (madeFor != null && (docKeys != null || (docKeys = kept.docKeys(docs)) != null)) {
            known.postingsMade(madeFor, docIds, docKeys, index.postings());
        }
        known.done();
        return shards.stream().map(ShardPlanner.Shard::key).toList();
    }

    /**
     * Documents of a segment edited since the last build, at most, for the segment to be made by
     * editing the last one's postings: each takes a binary search in each of its lists.
     */
    static final int MAX_EDITED = 64;

    private static final KeptTerms.AnalysedTerms NO_TERMS = new KeptTerms.AnalysedTerms(new String[0], new int[0]);

    private KeptTerms.AnalysedTerms fieldsOf(SearchDoc doc) {
        return InvertedIndex.analysed(doc, analyzer);
    }

    /** The [from, to) doc id ranges of the segments of an index of {@code count} docs numbered 0 to count - 1. */
    static List<int[]> segments(int count) {
        return segments(java.util.stream.IntStream.range(0, count).toArray());
    }

    /**
     * The [from, to) doc id ranges of the segments of docs of ids {@code ids} (ascending), empty
     * ones left out. A segment ends where the doc at a multiple of the block's count of docs
     * starts, its id rounded down to a multiple of the block's {@link #SEGMENT_GRIDS grid}: by
     * count, so a new briefing dated months after the last one still joins the newest segment
     * (ends by id alone moved with every day of the gap), and rounded, so a deletion or a date
     * moved before it (the doc at that count one further on) moves an end only when that doc's id
     * crosses a multiple of the grid (about one time in a hundred at 10,000 briefings). The
     * smallest block is counted from the end of the segment before, so only an edit among the
     * newest briefings moves its end, and that end is not rounded: a rounded end would take the
     * briefings of the last few days out of its segment one briefing after it took them in,
     * making it twice per 8 briefings, and it is cheap to make again (up to 120 documents).
     */
    static List<int[]> segments(int[] ids) {
        List<int[]> ranges = new ArrayList<>();
        int count = ids.length;
        int span = count == 0 ? 0 : ids[count - 1] + 1;
        int from = 0;
        for (int b = 0; b < SEGMENT_BLOCKS.length; b++) {
            int block = SEGMENT_BLOCKS[b];
            // the smallest block counts from where the segment before ends: a deletion or a date
            // moved in the older segments shifts both by one and moves none of its ends
            int base = b == SEGMENT_BLOCKS.length - 1 ? firstAtOrAfter(ids, from) : 0;
            int at = base + (count - base) / block * block;
            if (at == base) {
                continue; // fewer docs than the block: no segment of it
            }
            int to = at == count ? span : ids[at] / SEGMENT_GRIDS[b] * SEGMENT_GRIDS[b];
            if (to > from) {
                ranges.add(new int[] {from, to});
                from = to;
            }
        }
        if (span > from) {
            ranges.add(new int[] {from, span});
        }
        return ranges;
    }

    /** The position of the first of ascending {@code ids} at or after {@code id}. */
    private static int firstAtOrAfter(int[] ids, int id) {
        int at = java.util.Arrays.binarySearch(ids, id);
        return at >= 0 ? at : -at - 1;
    }


    @FunctionalInterface
    private interface FileWork<T> {
        void make(T item) throws IOException;
    }

    /** Runs {@code work} on every item, on the threads of {@code parallel}. */
    private static <T> void eachInParallel(Workers parallel, List<T> items, FileWork<T> work) throws IOException {
        try {
            parallel.map(items, item -> {
                try {
                    work.make(item);
                    return Boolean.TRUE;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * One d/N.js file: the fragments of a group of briefings, as a JSON array, the one of id
     * {@code ids[i]} at {@code ids[i] - first} and null in the slots no briefing has (up to the last one's).
     */
    static byte[] fragments(String name, List<SearchDoc> group, int[] ids, int first) {
        Utf8Json out = start(name, group.size() * 2600).ascii('[');
        int slot = first;
        for (int i = 0; i < group.size(); i++) {
            for (; slot < ids[i]; slot++) {
                (slot > first ? out.ascii(',') : out).ascii("null");
            }
            fragment(group.get(i), slot > first ? out.ascii(',') : out);
            slot++;
        }
        return end(out.ascii(']'));
    }

    /** tag (or entity) slug → the ids of its briefings, ascending. */
    private static SortedMap<String, List<Integer>> tagLists(List<SearchDoc> docs, int[] ids,
                                                             java.util.function.Function<SearchDoc, List<SearchDoc.Tag>> tags) {
        // gathered by hash, sorted once: a tree look-up per tag of every document compared slugs over and over
        Map<String, List<Integer>> bySlug = new java.util.HashMap<>();
        for (int d = 0; d < docs.size(); d++) {
            for (SearchDoc.Tag tag : tags.apply(docs.get(d))) {
                bySlug.computeIfAbsent(tag.slug(), s -> new ArrayList<>()).add(ids[d]);
            }
        }
        return new TreeMap<>(bySlug);
    }

    /** Ascending ids as a JSON array of the gaps between them. */
    private static String gaps(List<Integer> ids) {
        StringBuilder json = new StringBuilder("[");
        int previous = 0;
        for (int id : ids) {
            json.append(json.length() > 1 ? "," : "").append(id - previous);
            previous = id;
        }
        return json.append(']').toString();
    }

    /**
     * year → [first id, last id, first position, end position]; one run each because docs are in
     * date order (ids between a year's first and last that no briefing has are no other year's).
     */
    private static Map<String, int[]> years(List<SearchDoc> docs, int[] ids) {
        Map<String, int[]> years = new LinkedHashMap<>();
        for (int d = 0; d < docs.size(); d++) {
            String year = String.valueOf(docs.get(d).year());
            int[] range = years.get(year);
            if (range == null) {
                years.put(year, new int[] {ids[d], ids[d], d, d + 1});
            } else if (range[3] == d) {
                range[1] = ids[d];
                range[3] = d + 1;
            } else {
                throw new IllegalArgumentException("search docs must be sorted by date (year " + year + ")");
            }
        }
        return years;
    }

    /** One briefing's fragment, as the JSON generator wrote it (docs/performance.md, seventeenth session: the same bytes). */
    private static void fragment(SearchDoc doc, Utf8Json out) {
        out.ascii("{\"title\":").string(doc.title());
        out.ascii(",\"link\":").string(doc.link());
        out.ascii(",\"day\":").string(doc.day());
        out.ascii(",\"date\":").string(doc.display());
        out.ascii(",\"tags\":[");
        for (int i = 0; i < doc.tags().size(); i++) {
            SearchDoc.Tag tag = doc.tags().get(i);
            out.ascii(i > 0 ? ",[" : "[").string(tag.name()).ascii(',').string(tag.link()).ascii(']');
        }
        out.ascii("],\"authors\":[");
        for (int i = 0; i < doc.authors().size(); i++) {
            (i > 0 ? out.ascii(',') : out).string(doc.authors().get(i));
        }
        out.ascii("],\"summary\":").string(doc.summary());
        snippet(doc.text(), out.ascii(",\"text\":"));
        out.ascii('}');
    }

    /**
     * {@code string(cut(text.load()))}, from the text's UTF-8 when it is kept as such: the snippet
     * is its first 2,000 characters, so only those bytes are read, and valid UTF-8 is already what
     * {@link Utf8Json#string} would make of them (only the JSON escapes added); the whole body
     * decoded to be cut was most of the fragments' work. Bytes that are not valid UTF-8 go the
     * way of the decoded text.
     */
    private static void snippet(org.sitegen.store.StoredText text, Utf8Json out) {
        if (text instanceof org.sitegen.store.StoredText.InMemory string) {
            out.string(cut(string.text()));
            return;
        }
        byte[] utf8 = text.utf8();
        long cut = cutUtf8(utf8);
        if (cut < 0) {
            out.string(cut(text.load()));
        } else {
            out.utf8String(utf8, (int) (cut >> 1), (cut & 1) != 0);
        }
    }

    /**
     * Where {@link #cut} cuts the text of valid UTF-8 {@code utf8}: the end (in bytes) of the
     * snippet, shifted left one bit, the bit set when the cut falls between the two halves of a
     * surrogate pair (the half left becomes '?', as {@link Utf8Json#string} writes it); -1 when the
     * bytes up to there are not valid UTF-8 (as a decoder takes it).
     */
    static long cutUtf8(byte[] utf8) {
        int n = utf8.length;
        int i = 0;
        int units = 0; // UTF-16 chars before byte i
        int space = -1; // the byte of the last ' ' at a char index up to SNIPPET_TEXT
        int spaceUnit = -1;
        int atMax = -1; // the byte where char SNIPPET_TEXT starts
        int halfAt = -1; // the byte of a 4-byte character at chars SNIPPET_TEXT - 1 and SNIPPET_TEXT
        while (i < n && units <= SNIPPET_TEXT) {
            if (units == SNIPPET_TEXT) {
                atMax = i;
            }
            int b = utf8[i] & 0xFF;
            if (b < 0x80) {
                if (b == ' ') {
                    space = i;
                    spaceUnit = units;
                }
                i++;
                units++;
                continue;
            }
            int length = sequence(utf8, i, n);
            if (length < 0) {
                return -1;
            }
            if (length == 4) {
                if (units == SNIPPET_TEXT - 1) {
                    halfAt = i;
                }
                units += 2;
            } else {
                units++;
            }
            i += length;
        }
        if (units <= SNIPPET_TEXT) {
            return (long) n << 1; // the whole text
        }
        if (spaceUnit > SNIPPET_TEXT / 2) {
            return (long) space << 1;
        }
        return atMax >= 0 ? (long) atMax << 1 : (long) halfAt << 1 | 1;
    }

    /** The length of the valid UTF-8 character of two to four bytes at {@code at}; -1 if it is not one. */
    private static int sequence(byte[] utf8, int at, int n) {
        int b = utf8[at] & 0xFF;
        int length;
        int low = 0x80;
        int high = 0xBF; // the second byte's range
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0) {
                low = 0xA0;
            } else if (b == 0xED) {
                high = 0x9F; // not a surrogate
            }
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0) {
                low = 0x90;
            } else if (b == 0xF4) {
                high = 0x8F;
            }
        } else {
            return -1;
        }
        if (at + length > n) {
            return -1;
        }
        int second = utf8[at + 1] & 0xFF;
        if (second < low || second > high) {
            return -1;
        }
        for (int k = 2; k < length; k++) {
            if ((utf8[at + k] & 0xC0) != 0x80) {
                return -1;
            }
        }
        return length;
    }

    /** The first {@link #SNIPPET_TEXT} characters, cut at a space. */
    private static String cut(String text) {
        if (text.length() <= SNIPPET_TEXT) {
            return text;
        }
        int space = text.lastIndexOf(' ', SNIPPET_TEXT);
        return text.substring(0, space > SNIPPET_TEXT / 2 ? space : SNIPPET_TEXT);
    }

    private static String shardName(int segment, String key) {
        return "t/" + segment + "/" + ShardPlanner.fileName(key);
    }

    /** A shard's file: its terms and their lists as a JSON object, terms in order. */
    private static byte[] shard(String name, SegmentIndex index, ShardPlanner.Shard shard) {
        int size = 2;
        for (int t = shard.from(); t < shard.to(); t++) {
            size += index.terms[t].length() + index.lists[t].jsonLength() + 4;
        }
        Utf8Json json = start(name, size).ascii('{');
        for (int t = shard.from(); t < shard.to(); t++) {
            if (t > shard.from()) {
                json.ascii(',');
            }
            index.lists[t].appendJson(json.string(index.terms[t]).ascii(':'));
        }
        return end(json.ascii('}'));
    }

    /** An index file's start: the call that hands its data to the client ({@link #js}). */
    private static Utf8Json start(String name, int dataSize) {
        return new Utf8Json(dataSize + name.length() + 40).ascii("window.__sitegenSearch(").string(name).ascii(',');
    }

    private static byte[] end(Utf8Json file) {
        return file.ascii(");\n").bytes();
    }

    private static void put(FileSink files, String name, String json) throws IOException {
        files.accept(path(name), js(name, json));
    }

    private static String path(String name) {
        return DIR + name + ".js";
    }

    private static final byte[] JS_END = ");\n".getBytes(StandardCharsets.UTF_8);

    /**
     * The file: a script that hands its data to the client (see the class comment). Pieces
     * encoded apart: one string of the whole would copy the data once more, twice its bytes
     * when it holds a curly quote.
     */
    private static byte[] js(String name, String json) {
        byte[] start = ("window.__sitegenSearch(" + quote(name) + ",").getBytes(StandardCharsets.UTF_8);
        byte[] data = json.getBytes(StandardCharsets.UTF_8);
        byte[] file = java.util.Arrays.copyOf(start, start.length + data.length + JS_END.length);
        System.arraycopy(data, 0, file, start.length, data.length);
        System.arraycopy(JS_END, 0, file, start.length + data.length, JS_END.length);
        return file;
    }

    private static String quote(String text) {
        return JsonText.of(text);
    }
}
