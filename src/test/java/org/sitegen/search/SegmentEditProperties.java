package org.sitegen.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.Example;
import org.sitegen.PropertySeed;
import org.sitegen.exec.Parallel;
import org.sitegen.store.StoredText;

/**
 * A segment made again by editing the last build's postings (a few documents' terms changed) is
 * the segment a cold build makes: random archives, random edits (bodies, titles, tags, several
 * documents at once, deletions, new briefings), the incremental site equal to the cold index
 * file for file, byte for byte; and no shard written that is what the site already has.
 */
class SegmentEditProperties {
    private static final Parallel PARALLEL = new Parallel(3);
    private static final int SHARD_BYTES = 300; // small: many shards, deep keys
    private static final String[] WORDS = {"tariff", "tariffs", "taiwan", "tai", "trade", "treaty", "t", "ta",
            "minister", "ministers", "mint", "energy", "lng", "gas", "gaza", "the", "and", "of", "zebra", "zeal",
            "café", "cafe", "naïve", "\u00e9t\u00e9", "\uD83D\uDE00smile", "x1", "x10", "x100", "2019", "20",
            "wang", "wangyi", "beijing", "bei", "ab", "abc", "abcd", "abcde", "abcdef", "abcdefg"};

    @AfterContainer
    static void close() {
        PARALLEL.close();
    }

    @Property(tries = 150, seed = PropertySeed.VALUE)
    void incrementalIndexIsTheColdIndex_andWritesOnlyChangedShards(@ForAll long seed) throws IOException {
        Random random = new Random(seed);
        List<SearchDoc> docs = new ArrayList<>(); // newest first
        int count = 1 + random.nextInt(random.nextBoolean() ? 40 : 400);
        for (int i = 0; i < count; i++) {
            docs.add(0, doc(random, i));
        }
        Archive archive = new Archive();
        archive.build(docs);
        int next = count;
        for (int step = 0; step < 4; step++) {
            int kind = random.nextInt(10);
            if (kind < 5) { // one body
                int at = random.nextInt(docs.size());
                docs.set(at, withText(docs.get(at), text(random)));
            } else if (kind == 5) { // a title
                int at = random.nextInt(docs.size());
                SearchDoc d = docs.get(at);
                docs.set(at, new SearchDoc(words(random, 3), d.link(), d.day(), d.display(), d.tags(), d.authors(),
                        d.summary(), d.text(), d.entities()));
            } else if (kind == 6) { // several at once, up to past what is edited in place
                int edits = 1 + random.nextInt(SearchIndexBuilder.MAX_EDITED + 10);
                for (int e = 0; e < edits; e++) {
                    int at = random.nextInt(docs.size());
                    docs.set(at, withText(docs.get(at), text(random)));
                }
            } else if (kind == 7) { // the same words again: the same postings
                int at = random.nextInt(docs.size());
                docs.set(at, withText(docs.get(at), docs.get(at).text().load()));
            } else if (kind == 8 && docs.size() > 1) {
                docs.remove(random.nextInt(docs.size()));
            } else {
                docs.add(0, doc(random, next++));
            }
            archive.build(docs);
        }
    }

    /** A body edit of an old briefing: only the shards of the words it took out or put in are written. */
    @Example
    void oneBodyEdit_editsTheSegment_andWritesOnlyTheShardsOfItsWords() throws IOException {
        Random random = new Random(7);
        List<SearchDoc> docs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            docs.add(0, doc(random, i));
        }
        Archive archive = new Archive();
        archive.build(docs);
        SearchDoc old = docs.get(250); // in the segment [0, 256)
        docs.set(250, withText(old, old.text().load() + " zebra zebra"));
        List<String> written = archive.build(docs);
        assertThat(archive.edited).isEqualTo(1);
        assertThat(written.stream().filter(p -> p.startsWith("search/t/0/")).toList()).containsExactly("search/t/0/zeb.js");
        docs.set(250, old);
        written = archive.build(docs);
        assertThat(written.stream().filter(p -> p.startsWith("search/t/0/")).toList()).containsExactly("search/t/0/zeb.js");
    }

    /** A site and what the last builds kept, as org.sitegen.render and org.sitegen.incremental keep them. */
    private static final class Archive implements SearchIndexBuilder.KeptParts, KeptTerms {
        private Map<String, byte[]> site = new HashMap<>();
        private Map<String, byte[]> produced;
        private Map<String, String> lastParts = new HashMap<>();
        private Map<String, String> parts;
        private final Map<Integer, Stored> postings = new HashMap<>();
        int edited;
        /** The segments this build makes by editing their last postings (a segment made whole writes every shard). */
        private final Set<Integer> editedNow = java.util.concurrent.ConcurrentHashMap.newKeySet();

        private record Stored(String madeFor, int[] ids, List<String> keys, SegmentPostings postings) {
        }

        /** Builds the index of {@code docs} over the last site; the paths written. */
        List<String> build(List<SearchDoc> docs) throws IOException {
            produced = new java.util.concurrent.ConcurrentHashMap<>();
            editedNow.clear();
            parts = new java.util.concurrent.ConcurrentHashMap<>();
            List<String> written = java.util.Collections.synchronizedList(new ArrayList<>());
            SearchIndexBuilder builder = new SearchIndexBuilder(SHARD_BYTES);
            builder.write(docs, PARALLEL, (path, bytes) -> {
                if (editedNow.stream().anyMatch(from -> path.startsWith("search/t/" + from + "/")) && site.containsKey(path)) {
                    assertThat(bytes).as("%s written as it was", path).isNotEqualTo(site.get(path));
                }
                produced.put(path, bytes);
                written.add(path);
            }, this, this);
            site = produced;
            lastParts = parts;
            SortedMap<String, byte[]> cold = builder.build(docs, PARALLEL);
            assertThat(new TreeMap<>(site).keySet()).containsExactlyElementsOf(cold.keySet());
            cold.forEach((path, bytes) -> assertThat(new String(site.get(path), StandardCharsets.UTF_8)).as(path)
                    .isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
            return written.stream().sorted().toList();
        }

        @Override
        public List<String> segment(int from, String layout, List<SearchDoc> docs) {
            String known = lastParts.get("segment " + from);
            if (known == null || !known.startsWith(keyOf(layout, docs) + "\u0000")) {
                return null;
            }
            List<String> keys = List.of(known.split("\u0000", -1)).subList(1, known.split("\u0000", -1).length);
            keys.forEach(key -> keep(SearchIndexBuilder.KeptParts.shardPath(from, key)));
            parts.put("segment " + from, known);
            return keys;
        }

        @Override
        public void segmentMade(int from, String layout, List<SearchDoc> docs, List<String> shardKeys) {
            parts.put("segment " + from, keyOf(layout, docs) + "\u0000" + String.join("\u0000", shardKeys));
        }

        @Override
        public String lastMade(int from) {
            String known = lastParts.get("segment " + from);
            return known == null ? null : known.substring(0, known.indexOf('\u0000'));
        }

        @Override
        public String keyOf(String layout, List<SearchDoc> docs) {
            StringBuilder key = new StringBuilder(layout).append('\u0003');
            docs.forEach(doc -> key.append(doc.link()).append('\u0001').append(wordsOf(doc)).append('\u0002'));
            return Integer.toHexString(key.toString().hashCode()) + key.length() + key; // exact: the whole text
        }

        @Override
        public List<String> docKeys(List<SearchDoc> docs) {
            return docs.stream().map(doc -> doc.link() + '\u0001' + wordsOf(doc)).toList();
        }

        @Override
        public boolean keepShard(int from, String key) {
            return keep(SearchIndexBuilder.KeptParts.shardPath(from, key));
        }

        private boolean keep(String path) {
            byte[] bytes = site.get(path);
            if (bytes != null) {
                produced.put(path, bytes);
            }
            return bytes != null;
        }

        @Override
        public boolean group(int group, String layout, List<SearchDoc> docs) {
            return false;
        }

        @Override
        public void groupMade(int group, String layout, List<SearchDoc> docs) {
        }

        @Override
        public Segment segment(int from, List<SearchDoc> docs, String analysis) {
            return new Segment() {
                @Override
                public AnalysedTerms kept(int i) {
                    return null;
                }

                @Override
                public void made(int i, AnalysedTerms terms) {
                }

                @Override
                public void done() {
                }

                @Override
                public LastPostings lastPostings(String madeFor, int[] ids, List<String> keys) {
                    Stored stored = postings.get(from);
                    if (stored == null || !stored.madeFor().equals(madeFor)) {
                        return null;
                    }
                    Map<Integer, String> before = new HashMap<>();
                    Map<Integer, String> now = new HashMap<>();
                    for (int i = 0; i < stored.ids().length; i++) {
                        before.put(stored.ids()[i], stored.keys().get(i));
                    }
                    for (int i = 0; i < ids.length; i++) {
                        now.put(ids[i], keys.get(i));
                    }
                    java.util.SortedSet<Integer> all = new java.util.TreeSet<>(before.keySet());
                    all.addAll(now.keySet());
                    int[] changed = all.stream().filter(id -> !java.util.Objects.equals(before.get(id), now.get(id)))
                            .mapToInt(Integer::intValue).toArray();
                    if (changed.length <= SearchIndexBuilder.MAX_EDITED) {
                        edited++;
                        editedNow.add(from);
                    }
                    return new LastPostings(copy(stored.postings()), changed); // as read from a file: the next build's own
                }

                @Override
                public void postingsMade(String madeFor, int[] ids, List<String> keys, SegmentPostings made) {
                    postings.put(from, new Stored(madeFor, ids.clone(), keys, copy(made)));
                }
            };
        }

        @Override
        public void segments(Set<Integer> froms) {
            postings.keySet().retainAll(froms);
        }

        private static SegmentPostings copy(SegmentPostings postings) {
            int[][] pairs = new int[postings.pairs().length][];
            for (int t = 0; t < pairs.length; t++) {
                pairs[t] = Arrays.copyOf(postings.pairs()[t], postings.counts()[t]);
            }
            return new SegmentPostings(postings.terms().clone(), pairs, postings.counts().clone());
        }
    }

    private static String wordsOf(SearchDoc doc) {
        return doc.title() + '\u0001' + doc.tags() + '\u0001' + doc.authors() + '\u0001' + doc.summary() + '\u0001'
                + doc.text().load();
    }

    private static SearchDoc doc(Random random, int number) {
        String day = String.format("%04d-%02d-%02d", 2000 + number / 300, 1 + number / 28 % 10, 1 + number % 28);
        List<SearchDoc.Tag> tags = new ArrayList<>();
        for (int t = random.nextInt(3); t > 0; t--) {
            String name = WORDS[random.nextInt(WORDS.length)];
            tags.add(new SearchDoc.Tag(name, "topics/t" + name.hashCode(), "../topics/" + name.hashCode() + "/"));
        }
        return new SearchDoc(words(random, 3), "../" + day + "-" + number + "/", day, day, tags, List.of("Ada"),
                words(random, 4), StoredText.of(text(random)));
    }

    private static SearchDoc withText(SearchDoc d, String text) {
        return new SearchDoc(d.title(), d.link(), d.day(), d.display(), d.tags(), d.authors(), d.summary(),
                StoredText.of(text), d.entities());
    }

    private static String text(Random random) {
        return words(random, random.nextInt(40));
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i > 0 ? " " : "").append(random.nextInt(4) == 0 ? "w" + random.nextInt(300) : WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}
