package org.sitegen.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sitegen.exec.Parallel;

class SearchIndexBuilderTest {
    private final Parallel parallel = new Parallel(3);

    @AfterEach
    void close() {
        parallel.close();
    }

    private static SearchDoc doc(String title, String day, String text, String... tags) {
        List<SearchDoc.Tag> list = new ArrayList<>();
        for (String tag : tags) {
            list.add(new SearchDoc.Tag(tag, tag.toLowerCase(), "../tags/" + tag.toLowerCase() + "/"));
        }
        return new SearchDoc(title, "../" + day + "/", day, day, list, List.of("Ada"), "A summary.", org.sitegen.store.StoredText.of(text));
    }

    private static String text(SortedMap<String, byte[]> files, String path) {
        return new String(files.get(path), StandardCharsets.UTF_8);
    }

    @Test
    void build_writesManifestShardsFragmentsAndTagFiles_asJsCallbacks() {
        SortedMap<String, byte[]> files = new SearchIndexBuilder().build(List.of(
                doc("Florin reform", "2023-03-01", "The florin replaces the old currency.", "Economy"),
                doc("Harbour strike", "2022-06-01", "Dockers stopped work.", "Labour", "Economy")), parallel);

        assertThat(files.keySet()).contains("search/index.js", "search/d/0.js",
                "search/tags/economy.js", "search/tags/labour.js", "search/y/2022.js", "search/y/2023.js")
                .doesNotContain("search/d/1.js");
        // ids are slots of days from 1 January of the oldest year (DocIds), one every 64 days for
        // two briefings in 274 days: the harbour strike (1 June 2022, day 151) is 2, the florin
        // reform (1 March 2023, day 424) 6
        // two briefings: fewer than a segment's block, and postings small enough for one shard, key "" (file "_")
        assertThat(text(files, "search/index.js")).isEqualTo("window.__sitegenSearch(\"index\",{\"format\":5,"
                + "\"docs\":2,\"docsPerFile\":12,\"segments\":[{\"from\":0,\"shards\":[\"\"]}],"
                + "\"years\":{\"2022\":[2,2],\"2023\":[6,6]}});\n");
        // doc 6: title and body; doc 2: tag only
        assertThat(text(files, "search/t/0/_.js")).startsWith("window.__sitegenSearch(\"t/0/_\",{")
                .contains("\"florin\":[6,17]", "\"economy\":[2,8,4,8]", "\"stop\":[2,1]", "\"strik\":[2,16]");
        assertThat(text(files, "search/tags/economy.js")).isEqualTo("window.__sitegenSearch(\"tags/economy\",[2,4]);\n");
        assertThat(text(files, "search/tags/labour.js")).isEqualTo("window.__sitegenSearch(\"tags/labour\",[2]);\n");
        assertThat(text(files, "search/y/2023.js")).isEqualTo("window.__sitegenSearch(\"y/2023\",[6]);\n");
        // d/N holds ids 12N to 12N + 11, null where no briefing has the id (up to the last one's)
        assertThat(text(files, "search/d/0.js")).startsWith("window.__sitegenSearch(\"d/0\",[null,null,"
                + "{\"title\":\"Harbour strike\",")
                .contains("},null,null,null,{\"title\":\"Florin reform\",\"link\":\"../2023-03-01/\",\"day\":\"2023-03-01\"")
                .endsWith("}]);\n");
    }

    @Test
    void segments_boundariesAtMultiplesOfTheBlocks() {
        assertThat(SearchIndexBuilder.segments(0)).isEmpty();
        assertThat(SearchIndexBuilder.segments(7)).containsExactly(new int[] {0, 7});
        assertThat(SearchIndexBuilder.segments(100)).containsExactly(new int[] {0, 96}, new int[] {96, 100});
        assertThat(SearchIndexBuilder.segments(10_001)).containsExactly(new int[] {0, 8192}, new int[] {8192, 9984},
                new int[] {9984, 10_000}, new int[] {10_000, 10_001});
        assertThat(SearchIndexBuilder.segments(8192)).containsExactly(new int[] {0, 8192});
        assertThat(SearchIndexBuilder.segments(8320)).containsExactly(new int[] {0, 8192}, new int[] {8192, 8320});
        // ids with gaps: ends where the 128th doc's id starts, rounded down to a multiple of 128
        int[] ids = new int[300];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = 3 * i;
        }
        ids[299] = 5000; // months later
        // the 8-block counted from the 128-block's end (position 256, id 768): its end is where the 296th doc starts
        assertThat(SearchIndexBuilder.segments(ids)).containsExactly(new int[] {0, 768}, new int[] {768, 888},
                new int[] {888, 5001});
        // a deletion in the older segments moves no end of the newest ones
        int[] deleted = new int[299];
        System.arraycopy(ids, 0, deleted, 0, 100);
        System.arraycopy(ids, 101, deleted, 100, 199);
        assertThat(SearchIndexBuilder.segments(deleted)).containsExactly(new int[] {0, 768}, new int[] {768, 888},
                new int[] {888, 5001});
    }

    /** 1,000 briefings, one a day from 1 January 2000, newest first: ids 0, 2, 4, ... (two slots a day, DocIds). */
    private static List<SearchDoc> daily() {
        List<SearchDoc> docs = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            docs.add(0, doc("Briefing " + i + " on trade", java.time.LocalDate.of(2000, 1, 1).plusDays(i).toString(),
                    "Word" + i + " ministers met about sanctions and energy number " + (i * 7919 % 1000), "Tag" + i % 9));
        }
        return docs;
    }

    private static List<String> changed(SortedMap<String, byte[]> before, SortedMap<String, byte[]> after) {
        java.util.Set<String> paths = new java.util.TreeSet<>(before.keySet());
        paths.addAll(after.keySet());
        return paths.stream().filter(path -> !java.util.Arrays.equals(before.get(path), after.get(path))).toList();
    }

    /** The point of ids from the oldest and segments: one new briefing leaves nearly every file as it was. */
    @Test
    void oneNewBriefing_changesOnlyTheLastSegmentItsGroupItsTagsAndTheManifest() {
        List<SearchDoc> docs = daily();
        SearchIndexBuilder builder = new SearchIndexBuilder(2048);
        SortedMap<String, byte[]> before = builder.build(docs, parallel);
        // five months after the last (26 September 2002): id 2,310, in the newest segment all the same
        docs.add(0, doc("Florin reform zebra", "2003-03-01", "The florin replaces the old currency.", "Tag3"));
        SortedMap<String, byte[]> after = builder.build(docs, parallel);
        List<String> changed = changed(before, after);
        // the 8-block segment from 1792 holds the same 104 briefings; the new one is a segment of its own, one file
        assertThat(changed).containsExactlyInAnyOrder("search/t/2310/_.js", "search/index.js",
                "search/d/192.js", "search/tags/tag3.js", "search/y/2003.js");
        assertThat(before.keySet().stream().filter(p -> p.startsWith("search/t/0/")).count()).isGreaterThan(10);
    }

    /**
     * A writer's long post has words under nearly every first letter, so with the newest
     * segment cut by first character each new post rewrote twenty-odd shards (18F's posts: ~28 of
     * the 61 files a new post changed, docs/performance.md, twentieth session, shards). The newest
     * segment's few posts are one shard: seven new posts in eight rewrite one shard file, the
     * eighth the segment before it.
     */
    @Test
    void newLongPosts_rewriteOneShardFileEachButEveryEighth() {
        java.util.Random random = new java.util.Random(7);
        List<SearchDoc> docs = new ArrayList<>();
        java.time.LocalDate day = java.time.LocalDate.of(2015, 1, 1);
        SearchIndexBuilder builder = new SearchIndexBuilder();
        SortedMap<String, byte[]> before = null;
        List<Integer> shardsChanged = new ArrayList<>();
        for (int i = 0; i < 200 + 24; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 1000; w++) { // ~1,000 words of a vocabulary of 6,000 over every first letter
                int word = (int) Math.abs(random.nextGaussian() * 1500) % 6000;
                text.append((char) ('a' + word % 26)).append(Integer.toString(word / 26, 36).replaceAll("[0-9]", "x"))
                        .append("ing ");
            }
            docs.add(0, doc("Post " + i, day.plusDays(3L * i).toString(), text.toString(), "Tag" + i % 5));
            if (i >= 200) {
                SortedMap<String, byte[]> after = builder.build(docs, parallel);
                if (before != null) {
                    shardsChanged.add((int) changed(before, after).stream().filter(p -> p.startsWith("search/t/")).count());
                }
                before = after;
            }
        }
        assertThat(before.keySet().stream().filter(p -> p.startsWith("search/t/")).count()).isGreaterThan(50);
        // 201 to 223 posts: the 208th and the 216th make the 8-block segment again (every shard of it)
        assertThat(shardsChanged.stream().filter(n -> n > 1).count()).isLessThanOrEqualTo(3);
        assertThat(shardsChanged.stream().filter(n -> n == 1).count()).isGreaterThanOrEqualTo(20);
    }

    /**
     * The point of ids as slots of days: deleting an old briefing, or moving its date, changes the
     * files that name it (its words' shards, its group, its tags and years) and leaves every other
     * briefing's id, so every other file, as it was. With positions as ids every later briefing was
     * renumbered, and nearly every shard, group and tag list written again.
     */
    @Test
    void aDeletionOrADateMoved_changesOnlyTheFilesNamingThatBriefing() {
        List<SearchDoc> docs = daily();
        SearchIndexBuilder builder = new SearchIndexBuilder(2048);
        SortedMap<String, byte[]> before = builder.build(docs, parallel);
        long shards = before.keySet().stream().filter(p -> p.startsWith("search/t/")).count();
        SearchDoc gone = docs.remove(499); // briefing 500, 15 May 2001, id 1000 (in group 83, tag 5)
        int words = InvertedIndex.analysed(gone, Analyzer.ENGLISH).size();
        SortedMap<String, byte[]> deleted = builder.build(docs, parallel);
        List<String> changed = changed(before, deleted);
        assertThat(changed).allMatch(path -> path.startsWith("search/t/0/") || path.equals("search/index.js")
                || path.equals("search/d/83.js") || path.equals("search/tags/tag5.js")
                || path.equals("search/y/2001.js"), "only the files naming it");
        assertThat(changed.stream().filter(p -> p.startsWith("search/t/")).count())
                .as("of %s shards", shards).isLessThanOrEqualTo(words).isGreaterThan(0); // at most one a word of its
        assertThat(shards).isGreaterThan(100);
        // moved to 1 March 2002 (beside briefing 790): its files there, and those of its old day
        docs.add(499, gone);
        SearchDoc moved = new SearchDoc(gone.title(), gone.link(), "2002-03-01", "2002-03-01", gone.tags(),
                gone.authors(), gone.summary(), gone.text());
        docs.remove(499);
        docs.add(1000 - 1 - 790, moved); // after briefing 790 (same day, later in the archive's order)
        SortedMap<String, byte[]> dateMoved = builder.build(docs, parallel);
        changed = changed(before, dateMoved);
        assertThat(changed).allMatch(path -> path.startsWith("search/t/0/") || path.equals("search/index.js")
                || path.equals("search/d/83.js") || path.equals("search/d/131.js") || path.equals("search/tags/tag5.js")
                || path.equals("search/y/2001.js") || path.equals("search/y/2002.js"), "only the files naming it");
        assertThat(changed.stream().filter(p -> p.startsWith("search/t/")).count()).isLessThanOrEqualTo(words);
    }

    @Test
    void build_manyDocs_eightPerFileWithSnippetTextCut() {
        List<SearchDoc> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 17; i++) {
            docs.add(doc("Doc " + i, "2023-01-01", "word ".repeat(1000), "Tag"));
        }
        SortedMap<String, byte[]> files = new SearchIndexBuilder().build(docs, parallel);

        assertThat(files.keySet().stream().filter(k -> k.startsWith("search/d/")))
                .containsExactly("search/d/0.js", "search/d/1.js");
        // ids from the oldest, all of one day: the newest, Doc 0 (first in the list), is id 16, last in d/1 (ids 12 to 23)
        assertThat(text(files, "search/d/1.js")).contains("\"title\":\"Doc 0\"", "\"title\":\"Doc 4\"")
                .doesNotContain("Doc 5\"", "null");
        assertThat(text(files, "search/d/0.js").length()).isLessThan(12 * (SearchIndexBuilder.SNIPPET_TEXT + 300));
    }

    @Test
    void postings_encodeDocIdGapsAndFieldBits() {
        InvertedIndex.Postings postings = new InvertedIndex.Postings();
        postings.add(3, Fields.TITLE | Fields.BODY);
        postings.add(10, Fields.BODY);
        postings.add(11, Fields.TAG);
        assertThat(postings.json()).isEqualTo("[3,17,7,1,1,8]");
    }

    @Test
    void shards_splitByLongerPrefixesWhenTooBig_andEveryTermIsInItsLongestPrefixShard() {
        SortedMap<String, String> terms = new TreeMap<>();
        for (String t : List.of("sa", "sanction", "sanctuary", "sea", "ship", "shipping", "store", "tax")) {
            terms.put(t, "[0,1,1,1,1,1,1,1,1,1]");
        }
        SortedMap<String, SortedMap<String, String>> shards = ShardPlanner.plan(terms, 60);

        assertThat(shards.keySet()).allMatch(key -> shards.get(key).size() >= 1);
        List<String> keys = List.copyOf(shards.keySet());
        assertThat(keys).contains("t").doesNotContain("s");
        for (Map.Entry<String, SortedMap<String, String>> shard : shards.entrySet()) {
            for (String term : shard.getValue().keySet()) {
                assertThat(ShardPlanner.shardOf(term, keys)).as(term).isEqualTo(shard.getKey());
            }
        }
        assertThat(shards.values().stream().mapToInt(Map::size).sum()).isEqualTo(terms.size());
    }

    @Test
    void shards_keepOneHugeTermWhole() {
        SortedMap<String, String> terms = new TreeMap<>(Map.of("government", "[" + "1,1,".repeat(500) + "1,1]"));
        assertThat(ShardPlanner.plan(terms, 100).keySet()).containsExactly("g");
    }

    @Test
    void fileNames_arePortableAscii_andUnambiguous() {
        assertThat(ShardPlanner.fileName("ab9")).isEqualTo("ab9");
        assertThat(ShardPlanner.fileName("у")).isEqualTo("_0443");
        assertThat(ShardPlanner.fileName("\u0434" + "4")).isNotEqualTo(ShardPlanner.fileName("\u4344"));
        assertThat(ShardPlanner.fileName("")).isEqualTo("_"); // a whole segment's shard; no other name is "_"
    }

    @Test
    void build_isDeterministic_whateverTheThreadCount() {
        List<SearchDoc> docs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            docs.add(doc("Briefing " + i + " on trade", "2023-01-" + String.format("%02d", 28 - i % 28),
                    "Word" + i + " ministers met about sanctions and energy number " + (i * 7919 % 1000), "Tag" + i % 9));
        }
        docs.sort((a, b) -> b.day().compareTo(a.day()));
        SearchIndexBuilder builder = new SearchIndexBuilder(2048);
        SortedMap<String, byte[]> once = builder.build(docs, parallel);
        try (Parallel single = new Parallel(1)) {
            SortedMap<String, byte[]> again = builder.build(docs, single);
            assertThat(again.keySet()).containsExactlyElementsOf(once.keySet());
            once.forEach((path, bytes) -> assertThat(again.get(path)).as(path).isEqualTo(bytes));
        }
        assertThat(once.keySet().stream().filter(p -> p.startsWith("search/t/")).count()).isGreaterThan(10);
    }

    @Test
    void build_rejectsDocsNotInDateOrder() {
        assertThatThrownBy(() -> new SearchIndexBuilder().build(List.of(doc("a", "2022-01-01", "x"),
                doc("b", "2023-01-01", "y"), doc("c", "2022-02-01", "z")), parallel))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sorted by date");
    }
    /**
     * Built alongside the pages, the index must not wait for the pool they fill: its work queued
     * behind every page (a worker takes outside work only when its own runs out). Here the
     * pool's workers are all held until the index is done: built on the calling thread it is, and
     * it is the same index as one built on the pool.
     */
    @Test
    void write_whileThePoolIsBusy_worksOnTheCallingThread_sameFiles() throws Exception {
        List<SearchDoc> docs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            docs.add(0, doc("Briefing " + i, String.format("%04d-01-01", 1000 + i), "Ministers met about energy " + i, "Tag" + i % 7));
        }
        SortedMap<String, byte[]> onPool = new SearchIndexBuilder(2048).build(docs, parallel);
        java.util.concurrent.CountDownLatch indexDone = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch workersHeld = new java.util.concurrent.CountDownLatch(3);
        var pages = parallel.background("pages", () -> parallel.map(List.of(1, 2, 3), i -> {
            workersHeld.countDown();
            try {
                return indexDone.await(10, java.util.concurrent.TimeUnit.SECONDS); // the pages, busy until the index is done
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        assertThat(workersHeld.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        SortedMap<String, byte[]> alongside = new java.util.concurrent.ConcurrentSkipListMap<>();
        Thread caller = Thread.currentThread();
        List<Thread> threads = java.util.Collections.synchronizedList(new ArrayList<>());
        new SearchIndexBuilder(2048).write(docs, parallel, () -> indexDone.getCount() > 0, (path, bytes) -> {
            threads.add(Thread.currentThread());
            alongside.put(path, bytes);
        }, SearchIndexBuilder.KeptParts.NONE, KeptTerms.NONE);
        indexDone.countDown();

        assertThat(pages.join()).containsOnly(true); // the workers were held until the index was done
        assertThat(threads).isNotEmpty().allMatch(thread -> thread == caller);
        assertThat(alongside.keySet()).isEqualTo(onPool.keySet());
        alongside.forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(onPool.get(path)));
    }
}
