package org.sitegen.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.sitegen.PropertySeed;
import org.sitegen.json.JsonText;

/**
 * Shards are planned by each posting list's JSON length counted without making the JSON, and
 * written with the lists added straight to the shard and plain words quoted by hand: the same
 * plan and bytes as planning and quoting the made strings.
 */
class ShardJsonProperties {
    @Property(tries = 1000, seed = PropertySeed.VALUE)
    void jsonLengthIsTheLengthOfTheJson(@ForAll("postings") List<int[]> pairs) {
        InvertedIndex.Postings postings = new InvertedIndex.Postings();
        int doc = 0;
        for (int[] pair : pairs) { // counted after each addition: a count kept from before one is not the length
            postings.add(doc += pair[0], pair[1]);
            assertThat(postings.jsonLength()).isEqualTo(postings.json().length());
        }
        assertThat(postings.jsonLength()).isEqualTo(postings.json().length());
        assertThat(postings.appendJson(new StringBuilder("x")).toString()).isEqualTo("x" + postings.json());
    }

    @Property(tries = 300, seed = PropertySeed.VALUE)
    void planByCountedLengthsIsThePlanByTheStrings(@ForAll("dictionaries") SortedMap<String, List<int[]>> terms) {
        SortedMap<String, InvertedIndex.Postings> lists = new TreeMap<>();
        SortedMap<String, String> strings = new TreeMap<>();
        terms.forEach((term, pairs) -> {
            lists.put(term, postingsOf(pairs));
            strings.put(term, postingsOf(pairs).json());
        });
        var counted = ShardPlanner.plan(lists, InvertedIndex.Postings::jsonLength, 120);
        var made = ShardPlanner.plan(strings, 120);
        assertThat(counted.keySet()).isEqualTo(made.keySet());
        made.forEach((key, shard) -> assertThat(counted.get(key).keySet()).isEqualTo(shard.keySet()));
    }

    /** The planner over arrays (what segments are planned with) gives the map planner's shards, key for key, term for term. */
    @Property(tries = 500, seed = PropertySeed.VALUE)
    void planOfArraysIsThePlanOfTheMap(@ForAll("dictionaries") SortedMap<String, List<int[]>> terms,
                                       @ForAll("targets") int target) {
        SortedMap<String, InvertedIndex.Postings> lists = new TreeMap<>();
        terms.forEach((term, pairs) -> lists.put(term, postingsOf(pairs)));
        var byMap = ShardPlanner.plan(lists, InvertedIndex.Postings::jsonLength, target);
        List<ShardPlanner.Shard> byArrays = SegmentIndex.of(lists).plan(target, 0); // never whole: as the map plan
        String[] sorted = lists.keySet().toArray(new String[0]);
        assertThat(byArrays.stream().map(ShardPlanner.Shard::key).toList()).containsExactlyElementsOf(byMap.keySet());
        for (ShardPlanner.Shard shard : byArrays) {
            assertThat(List.of(sorted).subList(shard.from(), shard.to())).containsExactlyElementsOf(byMap.get(shard.key()).keySet());
        }
    }

    @Provide
    Arbitrary<Integer> targets() {
        return Arbitraries.of(1, 40, 120, 400, 100_000);
    }

    @Property(tries = 1000, seed = PropertySeed.VALUE)
    void shardTermsAreQuotedAsJsonQuotesThem(@ForAll("words") String word) {
        // as the shard's bytes were before: the generator's text encoded as UTF-8
        assertThat(new Utf8Json(8).string(word).bytes())
                .isEqualTo(JsonText.of(word).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static InvertedIndex.Postings postingsOf(List<int[]> pairs) {
        InvertedIndex.Postings postings = new InvertedIndex.Postings();
        int doc = 0;
        for (int[] pair : pairs) {
            doc += pair[0];
            postings.add(doc, pair[1]);
        }
        return postings;
    }

    @Provide
    Arbitrary<List<int[]>> postings() {
        Arbitrary<Integer> gap = Arbitraries.oneOf(Arbitraries.integers().between(0, 12),
                Arbitraries.integers().between(0, 1_000_000), Arbitraries.of(9, 10, 99, 100, 999, 1000, 9999, 10_000));
        Arbitrary<int[]> pair = net.jqwik.api.Combinators.combine(gap, Arbitraries.integers().between(1, 31))
                .as((g, f) -> new int[] {g, f});
        return pair.list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<SortedMap<String, List<int[]>>> dictionaries() {
        Arbitrary<String> term = Arbitraries.oneOf(Arbitraries.strings().withChars("abcé1").ofMinLength(1).ofMaxLength(5),
                Arbitraries.strings().withChars("aab\uD83D\uDE00\uFFFF").ofMinLength(1).ofMaxLength(14)); // deep keys, half pairs
        return Arbitraries.maps(term, postings()).ofMaxSize(60).map(TreeMap::new);
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars("abcxyz0189").ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().withChars("az09\"\\/<>&é\u2028\u0001\uD83D\uDE00").ofMinLength(1).ofMaxLength(8));
    }
}
