package org.sitegen.related;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.sitegen.archive.Entry;
import org.sitegen.archive.TaxonomyIndex;
import org.sitegen.archive.TermEntry;
import org.sitegen.exec.Scratch;
import org.sitegen.store.Fingerprint;

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
    /** Per-thread space for {@link #of}: scores all zeros between calls. */
    private final Scratch<Space> scratch;

    /**
     * Scores by archive position, and the positions scored so far (each once: a briefing is
     * added when its score leaves 0). Both are kept from call to call on a thread: this runs
     * once per briefing, and arrays made per call were most of what scoring left the collector.
     */
    private record Space(double[] score, int[] touched) {
    }

    /** A term as one of its briefings sees it: its members' archive positions and its weight. */
    private record Member(int[] positions, double weight) {
    }

    /**
     * Everything {@link #of} reads, fingerprinted as the constructor meets it: the window, the
     * archive's size, each briefing's date by archive position, each term's members by position
     * in the order their weights are summed. Equal fingerprints, equal lists.
     */
    private final Fingerprint inputs = new Fingerprint();

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
        this.scratch = Scratch.of(() -> new Space(new double[n], new int[n]));
        inputs.add("related").add(window).add(n);
        for (long seconds : epochSeconds) {
            inputs.add(seconds);
        }
        for (TaxonomyIndex index : taxonomies) {
            for (TermEntry term : index.alphabetical()) {
                int[] positions = term.briefings().stream().mapToInt(e -> position.getOrDefault(e, -1))
                        .filter(p -> p >= 0).sorted().toArray();
                if (positions.length < 2) {
                    continue; // a term on one briefing relates nothing
                }
                Member member = new Member(positions, Math.log((n + 1.0) / positions.length));
                inputs.add(positions.length);
                for (int p : positions) {
                    inputs.add(p);
                }
                for (int p : positions) {
                    termsOf.computeIfAbsent(this.briefings.get(p), e -> new ArrayList<>()).add(member);
                }
            }
        }
    }

    public RelatedBriefings(List<Entry> briefings, Collection<TaxonomyIndex> taxonomies) {
        this(briefings, taxonomies, DEFAULT_WINDOW);
    }

    /**
     * Every briefing's list as {@link #of} makes it, by archive position, with the fingerprint of
     * what they were made from ({@link #lists}): what a build records for the next one.
     *
     * @param key       the fingerprint of the inputs and the limit
     * @param positions each briefing's related briefings, by archive position, best first
     */
    public record Recorded(String key, int[][] positions) {
    }

    /**
     * The lists of up to {@code limit} related briefings: {@code last}'s when it was made from
     * the same inputs (no briefing's terms or date changed, none added, removed or moved in the
     * archive's order: a body or title edit), else made here as they are asked for. Either way
     * each is the list {@link #of} gives. With {@code verify}, kept lists are made again and
     * compared (the tests' guard): a difference is a bug in what the fingerprint covers.
     */
    public Lists lists(int limit, Recorded last, boolean verify) {
        String key = new Fingerprint().add(inputs).add("limit").add(limit).hex();
        int[][] kept = last != null && key.equals(last.key()) && last.positions().length == briefings.size()
                ? last.positions() : null;
        return new Lists(key, limit, kept, verify);
    }

    /** The related lists of one build ({@link #lists}); safe to ask from any thread. */
    public final class Lists {
        private final String key;
        private final int limit;
        private final int[][] kept;
        private final boolean verify;
        private final AtomicReferenceArray<int[]> made;

        private Lists(String key, int limit, int[][] kept, boolean verify) {
            this.key = key;
            this.limit = limit;
            this.kept = kept;
            this.verify = verify;
            this.made = new AtomicReferenceArray<>(briefings.size());
        }

        /** Whether the lists are the last build's (its inputs unchanged). */
        public boolean kept() {
            return kept != null;
        }

        /** {@code briefing}'s related briefings, best first ({@link RelatedBriefings#of}). */
        public List<Entry> of(Entry briefing) {
            Integer self = position.get(briefing);
            if (self == null) {
                return RelatedBriefings.this.of(briefing, limit);
            }
            int[] at = kept != null ? kept[self] : null;
            if (at == null || verify) {
                int[] now = positions(RelatedBriefings.this.of(briefing, limit));
                if (at != null && !Arrays.equals(at, now)) {
                    throw new IllegalStateException("related briefings kept for " + briefing.contentPath() + ": "
                            + Arrays.toString(at) + ", made now: " + Arrays.toString(now));
                }
                at = now;
            }
            made.set(self, at);
            List<Entry> related = new ArrayList<>(at.length);
            for (int p : at) {
                related.add(briefings.get(p));
            }
            return related;
        }

        private int[] positions(List<Entry> related) {
            int[] at = new int[related.size()];
            for (int i = 0; i < at.length; i++) {
                at[i] = position.get(related.get(i));
            }
            return at;
        }

        /** Every briefing's list as asked for, to record; null unless every briefing's was. */
        public Recorded recorded() {
            int[][] all = new int[made.length()][];
            for (int i = 0; i < all.length; i++) {
                all[i] = made.get(i);
                if (all[i] == null) {
                    return null;
                }
            }
            return new Recorded(key, all);
        }
    }

    /** Up to {@code limit} briefings related to {@code briefing}, best first; empty when none shares a term. */
    public List<Entry> of(Entry briefing, int limit) {
        Integer self = position.get(briefing);
        List<Member> terms = termsOf.get(briefing);
        if (self == null || terms == null || limit < 1) {
            return List.of();
        }
        // Scores in a reused array indexed by archive position (no boxing: this runs once per briefing).
        Space space = scratch.get();
        double[] score = space.score();
        int[] touched = space.touched();
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
