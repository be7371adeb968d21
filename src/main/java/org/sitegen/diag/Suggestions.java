package org.sitegen.diag;

import java.util.List;
import java.util.Optional;

/** The "did you mean …?" of messages: the known name closest to a mistyped one. */
public final class Suggestions {
    private Suggestions() {
    }

    /**
     * The one of {@code candidates} (in a fixed order) most like {@code wanted}, when close: at
     * most a quarter of its characters (and at least 2) added, removed or changed.
     */
    public static Optional<String> closest(String wanted, List<String> candidates) {
        int allowed = Math.max(2, wanted.length() / 4);
        String best = null;
        int bestDistance = allowed + 1;
        for (String candidate : candidates) {
            if (Math.abs(candidate.length() - wanted.length()) < bestDistance) {
                int distance = editDistance(wanted, candidate, bestDistance);
                if (distance < bestDistance) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance, or {@code limit} once it is certain to reach it. */
    private static int editDistance(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin >= limit) {
                return limit;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

}
