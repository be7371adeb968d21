package org.sitegen.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.sitegen.exec.Parallel;
import org.sitegen.store.StoredText;

class InvertedIndexTest {

    private static SearchDoc doc(String title, String body) {
        return new SearchDoc(title, "../x/", "2024-01-01", "1 January 2024", List.of(), List.of("Ada"),
                "Summary words", StoredText.of(body));
    }

    /** Far more distinct terms than a document's table starts with: every one kept, bits OR-ed. */
    @Test
    void manyTermsPerDocument_eachWithAllItsFields() {
        String body = IntStream.range(0, 5000).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
        List<SearchDoc> docs = List.of(doc("Word w17 and w4999", body), doc("Other", "w17 summary"));
        try (Parallel parallel = new Parallel(2)) {
            var terms = InvertedIndex.of(docs, parallel).terms();
            assertThat(terms.keySet()).contains("w0", "w4999", "summary", "word", "ada", "other");
            assertThat(terms).hasSize(5000 + 4); // w0..w4999, word ("words" too), other, ada, summary
            assertThat(pairs(terms.get("w17"))).containsExactly(0, Fields.TITLE | Fields.BODY, 1, Fields.BODY);
            assertThat(pairs(terms.get("w4999"))).containsExactly(0, Fields.TITLE | Fields.BODY);
            assertThat(pairs(terms.get("w0"))).containsExactly(0, Fields.BODY);
            assertThat(pairs(terms.get("word"))).containsExactly(0, Fields.TITLE | Fields.SUMMARY,
                    1, Fields.SUMMARY);
            assertThat(pairs(terms.get("ada"))).containsExactly(0, Fields.AUTHOR, 1, Fields.AUTHOR);
        }
    }

    /**
     * An index made from kept terms (some documents' kept, in any order, the others analysed) is
     * the index made by analysing every document; what is handed back to keep is each one's terms.
     */
    @Test
    void keptTerms_makeTheSameIndex_asAnalysingEveryDocument() {
        List<SearchDoc> docs = IntStream.range(0, 5000).mapToObj(i -> doc("Title " + i % 37,
                "Body of w" + i + " and w" + i % 101 + ", shared words " + "x".repeat(i % 5 + 2))).toList();
        try (Parallel parallel = new Parallel(2)) {
            List<KeptTerms.AnalysedTerms> analysed = new ArrayList<>(java.util.Collections.nCopies(docs.size(), null));
            var fresh = InvertedIndex.of(docs, 7, parallel, Analyzer.ENGLISH, keeping(i -> null, analysed)).terms();
            assertThat(analysed).doesNotContainNull();
            List<KeptTerms.AnalysedTerms> handedBack = new ArrayList<>(java.util.Collections.nCopies(docs.size(), null));
            var kept = InvertedIndex.of(docs, 7, parallel, Analyzer.ENGLISH, keeping(i -> i % 3 == 0 ? null
                    : i % 3 == 1 ? analysed.get(i) : reversed(analysed.get(i)), handedBack)).terms();
            assertThat(kept.keySet()).containsExactlyElementsOf(fresh.keySet());
            fresh.forEach((term, postings) -> assertThat(pairs(kept.get(term))).as(term).isEqualTo(pairs(postings)));
            assertThat(pairs(fresh.get("w4999"))).containsExactly(7 + 4999, Fields.BODY);
            assertThat(pairs(fresh.get("w5")).subList(0, 4)).containsExactly(7 + 5, Fields.BODY, 7 + 106, Fields.BODY);
            for (int i = 0; i < docs.size(); i++) {
                assertThat(asMap(handedBack.get(i))).isEqualTo(asMap(analysed.get(i)));
            }
        }
    }

    private static KeptTerms.Segment keeping(java.util.function.IntFunction<KeptTerms.AnalysedTerms> known,
                                             List<KeptTerms.AnalysedTerms> made) {
        return new KeptTerms.Segment() {
            @Override
            public KeptTerms.AnalysedTerms kept(int i) {
                return known.apply(i);
            }

            @Override
            public void made(int i, KeptTerms.AnalysedTerms terms) {
                made.set(i, terms);
            }

            @Override
            public void done() {
            }
        };
    }

    private static KeptTerms.AnalysedTerms reversed(KeptTerms.AnalysedTerms terms) {
        int n = terms.size();
        String[] words = new String[n];
        int[] fields = new int[n];
        for (int i = 0; i < n; i++) {
            words[i] = terms.terms()[n - 1 - i];
            fields[i] = terms.fields()[n - 1 - i];
        }
        return new KeptTerms.AnalysedTerms(words, fields);
    }

    private static java.util.Map<String, Integer> asMap(KeptTerms.AnalysedTerms terms) {
        java.util.Map<String, Integer> map = new java.util.TreeMap<>();
        for (int i = 0; i < terms.size(); i++) {
            assertThat(map.put(terms.terms()[i], terms.fields()[i])).isNull();
        }
        return map;
    }

    private static List<Integer> pairs(InvertedIndex.Postings postings) {
        List<Integer> pairs = new ArrayList<>();
        for (int i = 0; i < postings.count(); i++) {
            pairs.add(postings.doc(i));
            pairs.add(postings.fields(i));
        }
        return pairs;
    }
}
