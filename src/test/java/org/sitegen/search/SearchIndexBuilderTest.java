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
import org.sitegen.Parallel;

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
                "search/tags/economy.js", "search/tags/labour.js").doesNotContain("search/d/1.js");
        assertThat(text(files, "search/index.js")).isEqualTo("window.__sitegenSearch(\"index\",{\"format\":2,"
                + "\"docs\":2,\"docsPerFile\":8,\"shards\":[\"a\",\"c\",\"d\",\"e\",\"f\",\"h\",\"l\",\"o\",\"r\",\"s\",\"w\"],"
                + "\"years\":{\"2023\":[0,0],\"2022\":[1,1]}});\n");
        // doc 0: title and body; doc 1: tag only
        assertThat(text(files, "search/t/f.js")).contains("\"florin\":[0,17]");
        assertThat(text(files, "search/t/e.js")).contains("\"economy\":[0,8,1,8]");
        assertThat(text(files, "search/t/s.js")).contains("\"stop\":[1,1]", "\"strik\":[1,16]");
        assertThat(text(files, "search/tags/economy.js")).isEqualTo("window.__sitegenSearch(\"tags/economy\",[0,1]);\n");
        assertThat(text(files, "search/d/0.js")).startsWith("window.__sitegenSearch(\"d/0\",[{\"title\":\"Florin reform\",")
                .contains("},{\"title\":\"Harbour strike\",\"link\":\"../2022-06-01/\",\"day\":\"2022-06-01\"");
    }

    @Test
    void build_manyDocs_eightPerFileWithSnippetTextCut() {
        List<SearchDoc> docs = new java.util.ArrayList<>();
        for (int i = 0; i < 17; i++) {
            docs.add(doc("Doc " + i, "2023-01-01", "word ".repeat(1000), "Tag"));
        }
        SortedMap<String, byte[]> files = new SearchIndexBuilder().build(docs, parallel);

        assertThat(files.keySet().stream().filter(k -> k.startsWith("search/d/")))
                .containsExactly("search/d/0.js", "search/d/1.js", "search/d/2.js");
        assertThat(text(files, "search/d/2.js")).contains("\"title\":\"Doc 16\"").doesNotContain("Doc 15");
        assertThat(text(files, "search/d/0.js").length()).isLessThan(8 * (SearchIndexBuilder.SNIPPET_TEXT + 300));
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
    void build_rejectsDocsNotNewestFirst() {
        assertThatThrownBy(() -> new SearchIndexBuilder().build(List.of(doc("a", "2022-01-01", "x"),
                doc("b", "2023-01-01", "y"), doc("c", "2022-02-01", "z")), parallel))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("newest first");
    }
}
