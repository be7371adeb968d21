package org.sitegen.related;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.sitegen.archive.Entry;
import org.sitegen.archive.TaxonomyIndex;
import org.sitegen.archive.TermEntry;
import org.sitegen.exec.Scratch;

/**
 * "Related briefings": the briefings that share the most, and the rarest, terms with a given
 * one. Each shared term adds its inverse document frequency, {@code ln((N + 1) / df)}, so
 * sharing a tag carried by three briefings counts far more than sharing one carried by half
 * the archive. Equal scores go to the briefing closest in time, then to the newer one (the
 * archive order), so the result never depends on hash order or thread count.
 *
 * <p>Cost: no pass over all pairs. Each briefing walks the member lists of its own terms only,
 * and a very common term contributes at most {@link #DEFAULT_WINDOW} members: those nearest in
 * time (the lists are newest first, so they are found by binary search). A 10,000-briefing
 * archive where one tag is on every briefing still costs {@code terms × window} per briefing.
 */
public final class RelatedBriefings {
    /** How many briefings of one term are looked at around a briefing's own date. */
    public static final int DEFAULT_WINDOW = 200;

    private final List<Entry> briefings;
    private final Map<Entry, Integer> position = new IdentityHashMap<>();
    private final Map<Entry, List<Member>> termsOf = new IdentityHashMap<>();
    private final int window;
    private final long[] epochSeconds;
    /** Per-thread score array, all zeros between calls. */
    private final Scratch<double[]> scratch;

    /** A term as one of its briefings sees it: its members' archive positions and its weight. */
    private record Member(int[] positions, double weight) {
    }

    /**
     * @param briefings  every briefing, in archive order (newest first)
     * @param taxonomies the indexes whose terms relate briefings (all configured taxonomies)
     * @param window     at most this many members of one term are scored per briefing
     */
    public RelatedBriefings(List<Entry> briefings, Collection<TaxonomyIndex> taxonomies, int window) {
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1");
        }
        this.briefings = List.copyOf(briefings);
        this.window = window;
        for (int i = 0; i < this.briefings.size(); i++) {
            position.put(this.briefings.get(i), i);
        }
        int n = this.briefings.size();
        this.epochSeconds = this.briefings.stream().mapToLong(e -> e.date().at().toEpochSecond()).toArray();
        this.scratch = Scratch.of(() -> new double[n]);
        for (TaxonomyIndex index : taxonomies) {
            for (TermEntry term : index.alphabetical()) {
                int[] positions = term.briefings().stream().mapToInt(e -> position.getOrDefault(e, -1))
                        .filter(p -> p >= 0).sorted().toArray();
                if (positions.length < 2) {
                    continue; // a term on one briefing relates nothing
                }
                Member member = new Member(positions, Math.log((n + 1.0) / positions.length));
                for (int p : positions) {
                    termsOf.computeIfAbsent(this.briefings.get(p), e -> new ArrayList<>()).add(member);
                }
            }
        }
    }

    public RelatedBriefings(List<Entry> briefings, Collection<TaxonomyIndex> taxonomies) {
        this(briefings, taxonomies, DEFAULT_WINDOW);
    }

    /** Up to {@code limit} briefings related to {@code briefing}, best first; empty when none shares a term. */
    public List<Entry> of(Entry briefing, int limit) {
        Integer self = position.get(briefing);
        List<Member> terms = termsOf.get(briefing);
        if (self == null || terms == null || limit < 1) {
            return List.of();
        }
        // Scores in a reused array indexed by archive position (no boxing: this runs once per briefing).
        double[] score = scratch.get();
        int most = 0;
        for (Member term : terms) {
            most += Math.min(window, term.positions().length);
        }
        int[] touched = new int[most];
        int count = 0;
        for (Member term : terms) {
            int[] members = term.positions();
            int at = Arrays.binarySearch(members, self);
            int from = Math.max(0, Math.min(at - window / 2, members.length - window));
            int to = Math.min(members.length, from + window);
            for (int k = from; k < to; k++) {
                int other = members[k];
                if (other != self) {
                    if (score[other] == 0) { // weights are > 0, so 0 means "not seen yet"
                        touched[count++] = other;
                    }
                    score[other] += term.weight();
                }
            }
        }
        long when = epochSeconds[self];
        int[] best = new int[Math.min(limit, count)];
        int size = 0;
        for (int i = 0; i < count; i++) {
            int candidate = touched[i];
            if (size < best.length) {
                best[size++] = candidate;
            } else if (score[candidate] < score[best[size - 1]]) {
                continue; // most candidates: what better() would say first, without the call
            } else if (better(candidate, best[size - 1], score, when)) {
                best[size - 1] = candidate;
            } else {
                continue;
            }
            for (int j = size - 1; j > 0 && better(best[j], best[j - 1], score, when); j--) { // keep best sorted
                int swap = best[j];
                best[j] = best[j - 1];
                best[j - 1] = swap;
            }
        }
        for (int i = 0; i < count; i++) {
            score[touched[i]] = 0;
        }
        List<Entry> related = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            related.add(briefings.get(best[i]));
        }
        return related;
    }

    /** Higher score; then closer in time; then earlier in the archive (newer). A total order: deterministic. */
    private boolean better(int a, int b, double[] score, long when) {
        if (score[a] != score[b]) {
            return score[a] > score[b];
        }
        long da = Math.abs(epochSeconds[a] - when);
        long db = Math.abs(epochSeconds[b] - when);
        return da != db ? da < db : a < b;
    }
}
