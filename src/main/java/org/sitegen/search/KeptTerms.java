package org.sitegen.search;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * Each document's analysed terms as earlier builds made them (org.sitegen.incremental keeps them
 * on disk), so a segment made again re-analyses only the documents whose words changed: a body
 * edit of an old briefing, or a deletion that renumbers every document after it, would otherwise
 * analyse every text of the segments it touches again. The terms are the same whatever a
 * document's id, so renumbered documents keep theirs.
 */
public interface KeptTerms {
    /**
     * What is kept of the documents of the segment from {@code from}, whose documents are
     * {@code docs}; {@code analysis} names the analysis ("english", "plain"), terms of another are never found.
     */
    Segment segment(int from, List<SearchDoc> docs, String analysis) throws IOException;

    /** The segments of this build start at {@code froms}: what is kept for others may go. */
    void segments(Set<Integer> froms) throws IOException;

    /**
     * What is kept of the search index of a multilingual site's language part at {@code folder}
     * ("/zh"), apart from every other part's: two parts' segments start at the same ids. Keeps
     * nothing unless told how.
     */
    default KeptTerms inFolder(String folder) {
        return NONE;
    }

    /** One segment's kept terms, and what it is made of this time, to keep. */
    interface Segment {
        /** The terms of the segment's {@code i}-th document as kept, or null (to analyse). May be called from several threads. */
        AnalysedTerms kept(int i);

        /** The terms of the segment's {@code i}-th document, kept or analysed; called once for each, in order, from one thread. */
        void made(int i, AnalysedTerms terms);

        /** Every document of the segment has been {@link #made}. */
        void done() throws IOException;

        /**
         * The postings the last build kept of this segment when they were made for {@code madeFor}
         * (what {@link SearchIndexBuilder.KeptParts#lastMade} says the published shards were made
         * for), and the ids whose documents differ now: an id not kept, an id kept and gone, an id
         * whose key is not the one kept ({@code ids[i]} is the document of key
         * {@code docKeys.get(i)}: {@link SearchIndexBuilder.KeptParts#docKeys}); else null.
         */
        default LastPostings lastPostings(String madeFor, int[] ids, List<String> docKeys) throws IOException {
            return null;
        }

        /**
         * This build's postings of the segment, made for {@code madeFor} from documents of
         * {@code docKeys} with ids {@code ids}, to keep (not to be changed any more).
         */
        default void postingsMade(String madeFor, int[] ids, List<String> docKeys, SegmentPostings postings) {
        }

        /** Has nothing, keeps nothing. */
        Segment NONE = new Segment() {
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
        };
    }

    /** Keeps nothing: every document is analysed. */
    KeptTerms NONE = new KeptTerms() {
        @Override
        public Segment segment(int from, List<SearchDoc> docs, String analysis) {
            return Segment.NONE;
        }

        @Override
        public void segments(Set<Integer> froms) {
        }
    };

    /**
     * A segment's postings: its terms ascending (as sorted strings go), and each one's list, the
     * first {@code counts[t]} of {@code pairs[t]}: doc id above five {@link Fields} bits, ids ascending.
     */
    record SegmentPostings(String[] terms, int[][] pairs, int[] counts) {
        public SegmentPostings {
            if (terms.length != pairs.length || terms.length != counts.length) {
                throw new IllegalArgumentException("a list for each term");
            }
        }
    }

    /** The postings a last build made of a segment, and the ids of the documents changed, added or gone since, ascending. */
    record LastPostings(SegmentPostings postings, int[] changed) {
    }

    /**
     * One document's distinct terms and, for each, the {@link Fields} bits of the fields it occurs
     * in (same positions), in no particular order. Not to be changed once made: shared, kept.
     */
    record AnalysedTerms(String[] terms, int[] fields) {
        public AnalysedTerms {
            if (terms.length != fields.length) {
                throw new IllegalArgumentException("a field mask for each term");
            }
        }

        public int size() {
            return terms.length;
        }
    }
}
