package org.sitegen.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sitegen.exec.Parallel;
import org.sitegen.exec.Scratch;

/**
 * term → postings (doc id, field bits), doc ids ascending. Doc ids are {@code firstId} plus
 * positions in the list given (oldest first, see {@link SearchIndexBuilder}), so a higher id is a
 * more recent briefing.
 */
final class InvertedIndex {
    private static final int BATCH = 2048;
    private static final int PART_BITS = 3;
    /** Partitions of the term dictionary merged side by side; a few per core keeps them even. */
    private static final int PARTS = 1 << PART_BITS; // a partition is the top bits of a mixed hash
    private final SortedMap<String, Postings> terms;

    private InvertedIndex(SortedMap<String, Postings> terms) {
        this.terms = terms;
    }

    static InvertedIndex of(List<SearchDoc> docs, Parallel parallel) {
        return of(docs, 0, parallel);
    }

    /** The index of {@code docs} with ids from {@code firstId} (a segment of a larger archive). */
    static InvertedIndex of(List<SearchDoc> docs, int firstId, Parallel parallel) {
        return of(docs, firstId, parallel, Analyzer.ENGLISH);
    }

    /** The same, with the analysis of the site's language. */
    static InvertedIndex of(List<SearchDoc> docs, int firstId, Parallel parallel, Analyzer analyzer) {
        return of(docs, firstId, parallel, analyzer, KeptTerms.Segment.NONE);
    }

    /** The same, analysing only the documents whose terms {@code kept} does not have, and handing it every document's. */
    static InvertedIndex of(List<SearchDoc> docs, int firstId, Parallel parallel, Analyzer analyzer,
                            KeptTerms.Segment kept) {
        return of(docs, firstId, Workers.of(parallel), analyzer, kept);
    }

    /** The same, on {@code parallel}'s threads or the caller's ({@link Workers}). */
    static InvertedIndex of(List<SearchDoc> docs, int firstId, Workers parallel, Analyzer analyzer,
                            KeptTerms.Segment kept) {
        int[] ids = new int[docs.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = firstId + i;
        }
        return of(docs, ids, parallel, analyzer, kept);
    }

    /** The same, document {@code i} of id {@code ids[i]} (ascending). */
    static InvertedIndex of(List<SearchDoc> docs, int[] ids, Workers parallel, Analyzer analyzer,
                            KeptTerms.Segment kept) {
        // Analysing text is the costly part and is per document: do it in parallel. Then merge,
        // also in parallel: each of PARTS partitions of the terms (by hash) walks the documents in
        // order, so every posting list comes out sorted without a sort, whatever the threads.
        // In batches, so only a batch's per-document term tables are alive at once (all of a
        // large archive's at once would not fit the heap). Hash maps while adding (millions of additions), sorted once.
        List<Map<String, Postings>> parts = new ArrayList<>();
        for (int p = 0; p < PARTS; p++) {
            parts.add(new HashMap<>());
        }
        List<Integer> partNumbers = java.util.stream.IntStream.range(0, PARTS).boxed().toList();
        for (int first = 0; first < docs.size(); first += BATCH) {
            List<Integer> batch = java.util.stream.IntStream.range(first, Math.min(docs.size(), first + BATCH))
                    .boxed().toList();
            List<PartedTerms> perDoc = parallel.map(batch, i -> {
                KeptTerms.AnalysedTerms known = kept.kept(i);
                return known != null ? PartedTerms.of(known) : partedTerms(docs.get(i), analyzer);
            });
            for (int i = 0; i < perDoc.size(); i++) {
                PartedTerms doc = perDoc.get(i);
                kept.made(first + i, doc.analysed);
            }
            int batchStart = first;
            parallel.map(partNumbers, p -> merge(perDoc, ids, batchStart, p, parts.get(p)));
        }
        SortedMap<String, Postings> terms = new TreeMap<>();
        parts.forEach(terms::putAll);
        return new InvertedIndex(terms);
    }

    /** Adds the postings of the terms in partition {@code part} of a batch of documents. */
    private static Map<String, Postings> merge(List<PartedTerms> batch, int[] ids, int start, int part,
                                               Map<String, Postings> postingsByTerm) {
        for (int i = 0; i < batch.size(); i++) {
            PartedTerms doc = batch.get(i);
            for (int t = doc.starts[part]; t < doc.starts[part + 1]; t++) {
                Postings postings = postingsByTerm.get(doc.terms[t]);
                if (postings == null) {
                    postings = new Postings();
                    postingsByTerm.put(doc.terms[t], postings);
                }
                postings.add(ids[start + i], doc.fields[t]);
            }
        }
        return postingsByTerm;
    }

    /**
     * One document's terms grouped by partition: those of partition p are at [starts[p], starts[p + 1]);
     * {@code analysed} is the same terms and fields, to keep.
     */
    private record PartedTerms(String[] terms, int[] fields, int[] starts, KeptTerms.AnalysedTerms analysed) {
        PartedTerms(String[] terms, int[] fields, int[] starts) {
            this(terms, fields, starts, new KeptTerms.AnalysedTerms(terms, fields));
        }

        /** Kept terms grouped by partition (a counting sort; kept as analysed, they are grouped already). */
        static PartedTerms of(KeptTerms.AnalysedTerms kept) {
            String[] terms = kept.terms();
            int[] parts = new int[terms.length];
            int[] starts = new int[PARTS + 1];
            boolean grouped = true;
            for (int i = 0; i < terms.length; i++) {
                parts[i] = partOf(terms[i].hashCode() * 0x9E3779B9);
                starts[parts[i] + 1]++;
                grouped &= i == 0 || parts[i] >= parts[i - 1];
            }
            for (int p = 0; p < PARTS; p++) {
                starts[p + 1] += starts[p];
            }
            if (grouped) {
                return new PartedTerms(terms, kept.fields(), starts, kept);
            }
            int[] next = Arrays.copyOf(starts, PARTS);
            String[] partedTerms = new String[terms.length];
            int[] partedFields = new int[terms.length];
            for (int i = 0; i < terms.length; i++) {
                int at = next[parts[i]]++;
                partedTerms[at] = terms[i];
                partedFields[at] = kept.fields()[i];
            }
            return new PartedTerms(partedTerms, partedFields, starts);
        }
    }

    /** A term's partition, from its mixed hash: the top bits, whatever a table's size. */
    private static int partOf(int mixedHash) {
        return mixedHash >>> 32 - PART_BITS;
    }

    /** One document's terms and their fields, as a segment made of it holds them. */
    static KeptTerms.AnalysedTerms analysed(SearchDoc doc, Analyzer analyzer) {
        return partedTerms(doc, analyzer).analysed();
    }

    /**
     * A thread's table of a document's terms, emptied after each document: a new one for every
     * document was much of the index's garbage on a cold build (docs/performance.md, nineteenth session).
     */
    private static final Scratch<DocTerms> TABLES = Scratch.of(DocTerms::new);

    /** {@code fieldsOf(doc, analyzer).byPart()}, in this thread's table. */
    private static PartedTerms partedTerms(SearchDoc doc, Analyzer analyzer) {
        DocTerms table = TABLES.get();
        try {
            return fill(table, doc, analyzer).byPart();
        } finally {
            table.clear();
        }
    }

    static DocTerms fieldsOf(SearchDoc doc) {
        return fieldsOf(doc, Analyzer.ENGLISH);
    }

    static DocTerms fieldsOf(SearchDoc doc, Analyzer analyzer) {
        return fill(new DocTerms(), doc, analyzer);
    }

    private static DocTerms fill(DocTerms fields, SearchDoc doc, Analyzer analyzer) {
        add(analyzer, fields, doc.title(), Fields.TITLE);
        doc.tags().forEach(tag -> add(analyzer, fields, tag.name(), Fields.TAG));
        doc.entities().forEach(entity -> add(analyzer, fields, entity.name(), Fields.TAG)); // named like tags, ranked like them
        doc.authors().forEach(author -> add(analyzer, fields, author, Fields.AUTHOR));
        add(analyzer, fields, doc.summary(), Fields.SUMMARY);
        analyzer.eachTerm(doc.text(), term -> fields.add(term, Fields.BODY)); // from its UTF-8, not decoded
        return fields;
    }

    private static void add(Analyzer analyzer, DocTerms fields, String text, int field) {
        analyzer.eachTerm(text, term -> fields.add(term, field));
    }

    /**
     * One document's terms and their field bits: an open-addressing table of a string array
     * and an int array, filled in parallel, so neither the thousands of additions per document
     * nor the serial merge box an Integer or walk a hash map's entries.
     */
    static final class DocTerms {
        /** fields[i] holds the field bits of terms[i] below this bit, and its partition from it up. */
        private static final int PART_SHIFT = 8;
        private static final int FIELD_MASK = (1 << PART_SHIFT) - 1;
        private String[] terms = new String[1024]; // a briefing has a few hundred distinct terms
        private int[] fields = new int[1024];
        private int[] partSizes = new int[PARTS];
        private int size;

        void add(String term, int field) {
            int hash = term.hashCode() * 0x9E3779B9;
            int mask = terms.length - 1;
            // The hash rotated, not shifted: a shift left 16 bits, so a table past 65,536 slots (a
            // body of that many distinct words) used only its first 65,536 and every add probed
            // through one long run, quadratic. Up to that size the slots are those of the shift.
            int i = Integer.rotateLeft(hash, 16) & mask;
            for (String t; (t = terms[i]) != null; i = i + 1 & mask) {
                if (t.equals(term)) {
                    fields[i] |= field;
                    return;
                }
            }
            int part = partOf(hash);
            terms[i] = term;
            fields[i] = field | part << PART_SHIFT;
            partSizes[part]++;
            if (++size * 2 > terms.length) {
                grow();
            }
        }

        /** The terms and their fields grouped by partition (a counting sort), for {@link #merge}. */
        PartedTerms byPart() {
            int[] starts = new int[PARTS + 1];
            for (int p = 0; p < PARTS; p++) {
                starts[p + 1] = starts[p] + partSizes[p];
            }
            int[] next = Arrays.copyOf(starts, PARTS);
            String[] partedTerms = new String[size];
            int[] partedFields = new int[size];
            for (int i = 0; i < terms.length; i++) {
                if (terms[i] != null) {
                    int at = next[fields[i] >>> PART_SHIFT]++;
                    partedTerms[at] = terms[i];
                    partedFields[at] = fields[i] & FIELD_MASK;
                }
            }
            return new PartedTerms(partedTerms, partedFields, starts);
        }

        /** Empty again, for the next document (back to the first size after a very large one). */
        void clear() {
            if (terms.length > 1 << 14) {
                terms = new String[1024];
                fields = new int[1024];
            } else if (size > 0) {
                Arrays.fill(terms, null);
            }
            Arrays.fill(partSizes, 0);
            size = 0;
        }

        private void grow() {
            String[] oldTerms = terms;
            int[] oldFields = fields;
            terms = new String[oldTerms.length * 2];
            fields = new int[oldTerms.length * 2];
            partSizes = new int[PARTS];
            size = 0;
            for (int i = 0; i < oldTerms.length; i++) {
                if (oldTerms[i] != null) {
                    add(oldTerms[i], oldFields[i] & FIELD_MASK);
                }
            }
        }
    }

    SortedMap<String, Postings> terms() {
        return terms;
    }

    /**
     * A growable list of (doc id, fields) pairs, one int each (doc id above the five field bits):
     * 100,000 briefings make some 40 million postings.
     */
    static final class Postings {
        private static final int FIELD_BITS = 5;
        private int[] pairs = new int[4];
        private int size;
        /** {@link #jsonLength}, once counted (-1: not yet); the planner asks once at each level of its prefix tree. */
        private int jsonLength = -1;

        Postings() {
        }

        /** The list of {@code pairs} as {@link #pairs()} gives them (taken, not copied). */
        Postings(int[] pairs, int count) {
            this.pairs = pairs;
            this.size = count;
        }

        /** The pairs, doc id above the field bits, ids ascending: the first {@link #count()} of the array (not to be changed). */
        int[] pairs() {
            return pairs;
        }

        /** Removes {@code doc}'s posting; its pair, or -1 when the list has none. */
        int remove(int doc) {
            int at = find(doc);
            if (at >= size || doc(at) != doc) {
                return -1;
            }
            int pair = pairs[at];
            System.arraycopy(pairs, at + 1, pairs, at, size - at - 1);
            size--;
            jsonLength = -1;
            return pair;
        }

        /** Adds a posting of a doc the list does not have, in id order. */
        void insert(int doc, int fields) {
            int at = find(doc);
            if (size == pairs.length) {
                pairs = Arrays.copyOf(pairs, Math.max(4, pairs.length * 2));
            }
            System.arraycopy(pairs, at, pairs, at + 1, size - at);
            pairs[at] = doc << FIELD_BITS | fields;
            size++;
            jsonLength = -1;
        }

        /** The position of the first posting of a doc id not below {@code doc}. */
        private int find(int doc) {
            int low = 0;
            int high = size;
            while (low < high) {
                int middle = low + high >>> 1;
                if (doc(middle) < doc) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }

        void add(int doc, int fields) {
            jsonLength = -1;
            if (size == pairs.length) {
                pairs = Arrays.copyOf(pairs, pairs.length * 2);
            }
            pairs[size++] = doc << FIELD_BITS | fields;
        }

        /** One posting as the list holds it. */
        static int pair(int doc, int fields) {
            return doc << FIELD_BITS | fields;
        }

        int count() {
            return size;
        }

        int doc(int i) {
            return pairs[i] >>> FIELD_BITS;
        }

        int fields(int i) {
            return pairs[i] & (1 << FIELD_BITS) - 1;
        }

        /** JSON array [gap, fields, gap, fields...]: gaps between doc ids keep the numbers short. */
        String json() {
            return appendJson(new StringBuilder(jsonLength())).toString();
        }

        /** {@link #json()} added to {@code out}: a shard's lists go straight into its file, no string each. */
        StringBuilder appendJson(StringBuilder out) {
            out.append('[');
            int previous = 0;
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(doc(i) - previous).append(',').append(fields(i));
                previous = doc(i);
            }
            return out.append(']');
        }

        /** {@link #json()} added to {@code out}. */
        Utf8Json appendJson(Utf8Json out) {
            out.ascii('[');
            int previous = 0;
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    out.ascii(',');
                }
                out.number(doc(i) - previous).ascii(',').number(fields(i));
                previous = doc(i);
            }
            return out.ascii(']');
        }

        /** The length of {@link #json()}, counted without making it (the shards are planned by it). */
        int jsonLength() {
            if (jsonLength >= 0) {
                return jsonLength;
            }
            int length = size == 0 ? 2 : 2 + 2 * size - 1; // brackets and commas
            int previous = 0;
            for (int i = 0; i < size; i++) {
                length += digits(doc(i) - previous) + digits(fields(i));
                previous = doc(i);
            }
            jsonLength = length;
            return length;
        }

        /** Decimal digits of {@code n}, 0 or more. */
        private static int digits(int n) {
            int digits = 1;
            for (long bound = 10; n >= bound; bound *= 10) {
                digits++;
            }
            return digits;
        }
    }
}
