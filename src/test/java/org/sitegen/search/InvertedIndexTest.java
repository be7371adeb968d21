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

    private static List<Integer> pairs(InvertedIndex.Postings postings) {
        List<Integer> pairs = new ArrayList<>();
        for (int i = 0; i < postings.count(); i++) {
            pairs.add(postings.doc(i));
            pairs.add(postings.fields(i));
        }
        return pairs;
    }
}
