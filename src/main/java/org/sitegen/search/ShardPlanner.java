package org.sitegen.search;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * Splits the sorted term dictionary into shards by term prefix, Pagefind style: start with one
 * shard per first character and split any shard larger than the target by one more character,
 * recursively. A term lives in the shard with the longest key that is a prefix of it, so the
 * client finds a word's shard from the key list alone, and a prefix query fetches only the
 * shards under (or directly above) its prefix.
 *
 * <p>The newest segment's few documents (SearchIndexBuilder) may be one shard instead, of key ""
 * (a prefix of every term), when at most {@link #WHOLE} targets: one file that a new briefing
 * rewrites, where shards by first character were one file per letter its words start with,
 * nearly all of them for a long post (docs/performance.md, twentieth session, shards).
 */
final class ShardPlanner {
    /** Past this length a prefix no longer narrows anything useful; a shard this deep stays whole. */
    private static final int MAX_KEY = 12;
    /** A dictionary of at most this many targets of bytes stays one shard (see the class comment). */
    static final int WHOLE = 2;

    private ShardPlanner() {
    }

    /** shard key → (term → posting JSON), keys and terms sorted. */
    static SortedMap<String, SortedMap<String, String>> plan(SortedMap<String, String> terms, int targetBytes) {
        return plan(terms, String::length, targetBytes);
    }

    /** The same for posting lists of any kind, {@code length} giving each one's length as JSON. */
    static <V> SortedMap<String, SortedMap<String, V>> plan(SortedMap<String, V> terms, ToIntFunction<V> length,
                                                           int targetBytes) {
        SortedMap<String, SortedMap<String, V>> shards = new TreeMap<>();
        split("", terms, length, targetBytes, shards);
        return shards;
    }

    private static <V> void split(String key, SortedMap<String, V> terms, ToIntFunction<V> length, int target,
                                  SortedMap<String, SortedMap<String, V>> out) {
        if (terms.isEmpty()) {
            return;
        }
        if (!key.isEmpty() && (size(terms, length) <= target || key.length() >= MAX_KEY || terms.size() == 1)) {
            out.put(key, terms);
            return;
        }
        // Terms equal to the key itself stay in the key's own shard; the rest go one character deeper.
        SortedMap<String, V> own = new TreeMap<>();
        Map<String, SortedMap<String, V>> children = new TreeMap<>();
        for (Map.Entry<String, V> term : terms.entrySet()) {
            if (term.getKey().length() == key.length()) {
                own.put(term.getKey(), term.getValue());
            } else {
                String child = term.getKey().substring(0, key.length() + 1);
                children.computeIfAbsent(child, c -> new TreeMap<>()).put(term.getKey(), term.getValue());
            }
        }
        if (!own.isEmpty()) {
            out.put(key, own);
        }
        children.forEach((child, sub) -> split(child, sub, length, target, out));
    }

    /** A shard of a sorted dictionary: its key and the terms at [from, to) (a shard's terms are always a run of the dictionary). */
    record Shard(String key, int from, int to) {
    }

    /**
     * The plan of {@link #plan(SortedMap, ToIntFunction, int)} for a dictionary held as arrays:
     * {@code terms} ascending (as a sorted map's keys), {@code sizes[i]} the planned size of
     * term i (its length, its posting list's JSON length and 4, as {@link #size} counts). The
     * same keys and the same terms in each, shards in key order, without a map per tree node;
     * or the whole dictionary one shard, when {@code mayBeWhole} and it is at most {@link #WHOLE}
     * targets.
     */
    static List<Shard> plan(String[] terms, int[] sizes, int targetBytes, boolean mayBeWhole) {
        long[] before = new long[terms.length + 1]; // sizes summed up to each term: a node's size at once
        for (int i = 0; i < terms.length; i++) {
            before[i + 1] = before[i] + sizes[i];
        }
        List<Shard> shards = new java.util.ArrayList<>();
        if (mayBeWhole && terms.length > 0 && before[terms.length] <= (long) WHOLE * targetBytes) {
            shards.add(new Shard("", 0, terms.length));
        } else {
            split("", terms, 0, terms.length, before, targetBytes, shards);
        }
        return shards;
    }

    /**
     * The node {@code key} holding terms [from, to), all starting with it; in the order of the
     * keys (a node's own shard, then its children's by their next character, as sorted strings go).
     */
    private static void split(String key, String[] terms, int from, int to, long[] before, int target, List<Shard> out) {
        if (from == to) {
            return;
        }
        if (!key.isEmpty() && (before[to] - before[from] <= target || key.length() >= MAX_KEY || to - from == 1)) {
            out.add(new Shard(key, from, to));
            return;
        }
        int depth = key.length();
        int at = from;
        if (terms[at].length() == depth) { // the key itself (sorts first; at most one): its own shard
            out.add(new Shard(key, at, at + 1));
            at++;
        }
        while (at < to) {
            char next = terms[at].charAt(depth);
            int end = at + 1;
            while (end < to && terms[end].charAt(depth) == next) {
                end++;
            }
            split(terms[at].substring(0, depth + 1), terms, at, end, before, target, out);
            at = end;
        }
    }

    static int size(Map<String, String> terms) {
        return size(terms, String::length);
    }

    /** A shard's size as planned: each term's and its posting list's length and a few characters around them. */
    static <V> int size(Map<String, V> terms, ToIntFunction<V> length) {
        int bytes = 0;
        for (Map.Entry<String, V> term : terms.entrySet()) {
            bytes += term.getKey().length() + length.applyAsInt(term.getValue()) + 4;
        }
        return bytes;
    }

    /** The shard a term lives in: the longest key that is a prefix of it (mirrors search.js). */
    static String shardOf(String term, List<String> keys) {
        String best = null;
        for (String key : keys) {
            if (term.startsWith(key) && (best == null || key.length() > best.length())) {
                best = key;
            }
        }
        return best;
    }

    /**
     * A file name for a shard key: a–z and 0–9 as they are, anything else (other scripts) as
     * "_" + four hex digits of each UTF-16 unit, so names are portable ASCII on every file system;
     * the key "" (a whole dictionary) as "_", which no other key's name is. Mirrors search.js.
     */
    static String fileName(String key) {
        if (key.isEmpty()) {
            return "_";
        }
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                name.append(c);
            } else {
                name.append('_').append(String.format(java.util.Locale.ROOT, "%04x", (int) c));
            }
        }
        return name.toString();
    }
}
