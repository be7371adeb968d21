package org.sitegen.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * One document's term table stays linear past 65,536 distinct terms (issue #18: it used 16 bits
 * of the hash, so 120,000 distinct words took 38 s). Adding 2n distinct terms must take less
 * than three times as long as adding n (a quadratic table takes four), best of several runs.
 */
class DocTermsLinearTest {

    @Test
    void doublingDistinctTermsAtMostDoublesTheTime() {
        int n = 60_000; // 2n crosses 65,536, where the old table turned quadratic
        String[] terms = new String[2 * n];
        for (int i = 0; i < terms.length; i++) {
            terms[i] = "w" + Integer.toString(i * 7919, 36);
        }
        fill(terms, n / 4); // warm-up
        // Up to three measurements, as LinearTimeTest: a quadratic table fails each (38 s at 2n
        // before), while a collection or another process's burst on a shared machine spoils one.
        String measured = "";
        for (int attempt = 0; attempt < 3; attempt++) {
            long small = best(terms, n);
            long large = best(terms, 2 * n);
            double ratio = (double) large / Math.max(small, 20_000_000); // below 20 ms the clock decides
            if (ratio < 3.0) {
                return;
            }
            measured += String.format(java.util.Locale.ROOT, " %d ms for %d terms, %d ms for %d;",
                    small / 1_000_000, n, large / 1_000_000, 2 * n);
        }
        assertThat(measured).as("doubling the distinct terms at most doubles the time").isEmpty();
    }

    private static long best(String[] terms, int count) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            fill(terms, count);
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }

    private static InvertedIndex.DocTerms fill(String[] terms, int count) {
        InvertedIndex.DocTerms table = new InvertedIndex.DocTerms();
        for (int i = 0; i < count; i++) {
            table.add(terms[i], Fields.BODY);
        }
        return table;
    }
}
