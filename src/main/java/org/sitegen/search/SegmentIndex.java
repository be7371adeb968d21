package org.sitegen.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One segment's dictionary as arrays: terms ascending (as sorted strings go) and each one's
 * posting list. What its shards are planned from and written from, and what an edit of a few of
 * its documents changes in place of making the segment again ({@link #edited}).
 */
final class SegmentIndex {
    final String[] terms;
    final InvertedIndex.Postings[] lists;

    private SegmentIndex(String[] terms, InvertedIndex.Postings[] lists) {
        this.terms = terms;
        this.lists = lists;
    }

    static SegmentIndex of(SortedMap<String, InvertedIndex.Postings> terms) {
        return new SegmentIndex(terms.keySet().toArray(new String[0]),
                terms.values().toArray(new InvertedIndex.Postings[0]));
    }

    /** The lists as kept (taken, not copied: the kept lists are this index's from now on). */
    static SegmentIndex of(KeptTerms.SegmentPostings kept) {
        InvertedIndex.Postings[] lists = new InvertedIndex.Postings[kept.terms().length];
        for (int t = 0; t < lists.length; t++) {
            lists[t] = new InvertedIndex.Postings(kept.pairs()[t], kept.counts()[t]);
        }
        return new SegmentIndex(kept.terms(), lists);
    }

    /** The lists to keep: the arrays themselves, which nothing changes once the index is made. */
    KeptTerms.SegmentPostings postings() {
        int[][] pairs = new int[lists.length][];
        int[] counts = new int[lists.length];
        for (int t = 0; t < lists.length; t++) {
            pairs[t] = lists[t].pairs();
            counts[t] = lists[t].count();
        }
        return new KeptTerms.SegmentPostings(terms, pairs, counts);
    }

    /**
     * The shards: {@link ShardPlanner#plan(String[], int[], int, boolean)} of the terms and their
     * lists' sizes, the whole dictionary one shard when small and of fewer than
     * {@code wholeBelow} documents (the newest segment's few, see SearchIndexBuilder). A function
     * of the lists alone, so an edited index is planned as one made from scratch.
     */
    List<ShardPlanner.Shard> plan(int targetBytes, int wholeBelow) {
        int[] sizes = new int[terms.length];
        for (int t = 0; t < terms.length; t++) {
            sizes[t] = terms[t].length() + lists[t].jsonLength() + 4; // as ShardPlanner.size counts
        }
        return ShardPlanner.plan(terms, sizes, targetBytes, documents(wholeBelow) < wholeBelow);
    }

    /** How many documents have a posting here, counted up to {@code atMost}. */
    private int documents(int atMost) {
        java.util.Set<Integer> docs = new java.util.HashSet<>();
        for (InvertedIndex.Postings list : lists) {
            for (int i = 0; i < list.count(); i++) {
                if (docs.add(list.doc(i)) && docs.size() >= atMost) {
                    return atMost;
                }
            }
        }
        return docs.size();
    }

    /** An index after an edit, and which of its terms' lists are not what they were ({@code changed[t]}). */
    record Edit(SegmentIndex index, boolean[] changed) {
        /**
         * Whether shard {@code now} of the edited index holds the same terms and lists as shard
         * {@code before} of {@code last} (the index before the edit; null: none with that key).
         */
        boolean same(SegmentIndex last, ShardPlanner.Shard before, ShardPlanner.Shard now) {
            if (before == null || before.to() - before.from() != now.to() - now.from()) {
                return false;
            }
            for (int i = 0; i < now.to() - now.from(); i++) {
                if (changed[now.from() + i] || !index.terms[now.from() + i].equals(last.terms[before.from() + i])) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * This index with the documents of ids {@code ids} (ascending) having the terms
     * {@code now[i]} instead of theirs: each one's postings taken out of every list (a binary
     * search each: its old terms are not needed), its new terms' added, lists left empty dropped.
     * The same lists as a segment made from the edited documents. Changes this index's lists:
     * only its terms are to be read afterwards.
     */
    Edit edited(int[] ids, KeptTerms.AnalysedTerms[] now) {
        Map<Integer, IntList> removed = new HashMap<>();
        for (int t = 0; t < lists.length; t++) {
            for (int id : ids) {
                int pair = lists[t].remove(id);
                if (pair >= 0) {
                    removed.computeIfAbsent(t, x -> new IntList()).add(pair);
                }
            }
        }
        Map<Integer, IntList> added = new HashMap<>();
        SortedMap<String, InvertedIndex.Postings> newTerms = new TreeMap<>();
        for (int d = 0; d < ids.length; d++) { // ids ascending: each list's additions in id order
            String[] words = now[d].terms();
            int[] fields = now[d].fields();
            for (int w = 0; w < words.length; w++) {
                int t = Arrays.binarySearch(terms, words[w]);
                if (t >= 0) {
                    lists[t].insert(ids[d], fields[w]);
                    added.computeIfAbsent(t, x -> new IntList()).add(InvertedIndex.Postings.pair(ids[d], fields[w]));
                } else {
                    newTerms.computeIfAbsent(words[w], x -> new InvertedIndex.Postings()).insert(ids[d], fields[w]);
                }
            }
        }
        List<String> keptTerms = new ArrayList<>(terms.length + newTerms.size());
        List<InvertedIndex.Postings> keptLists = new ArrayList<>(terms.length + newTerms.size());
        List<Boolean> changed = new ArrayList<>(terms.length + newTerms.size());
        var fresh = newTerms.entrySet().iterator();
        var next = fresh.hasNext() ? fresh.next() : null;
        for (int t = 0; t < terms.length; t++) {
            while (next != null && next.getKey().compareTo(terms[t]) < 0) {
                keptTerms.add(next.getKey());
                keptLists.add(next.getValue());
                changed.add(true);
                next = fresh.hasNext() ? fresh.next() : null;
            }
            if (lists[t].count() > 0) {
                keptTerms.add(terms[t]);
                keptLists.add(lists[t]);
                changed.add(!IntList.same(removed.get(t), added.get(t)));
            }
        }
        while (next != null) {
            keptTerms.add(next.getKey());
            keptLists.add(next.getValue());
            changed.add(true);
            next = fresh.hasNext() ? fresh.next() : null;
        }
        boolean[] flags = new boolean[changed.size()];
        for (int i = 0; i < flags.length; i++) {
            flags[i] = changed.get(i);
        }
        return new Edit(new SegmentIndex(keptTerms.toArray(new String[0]),
                keptLists.toArray(new InvertedIndex.Postings[0])), flags);
    }

    /** A few ints: a list's pairs an edit took out or put in. */
    private static final class IntList {
        private int[] values = new int[4];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        static boolean same(IntList a, IntList b) {
            if (a == null || b == null) {
                return a == b;
            }
            return Arrays.equals(a.values, 0, a.size, b.values, 0, b.size);
        }
    }
}
