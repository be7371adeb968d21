package org.sitegen.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wall time per stage of one build, in the order the stages ran ({@code -Dsite-gen.timings} and
 * the build report print them). "parse" covers loading and linking too: Flexmark's set-up runs
 * alongside loading, so the three are one stretch of wall time.
 */
final class StageTimes {
    private final long start = System.nanoTime();
    /** Also handed to the renderer, which adds its own stages (plan, pages, feeds, search). */
    private final Map<String, Long> millis = new LinkedHashMap<>();
    private long lap = start;

    /** A stage starts now. */
    void begin() {
        lap = System.nanoTime();
    }

    /** The stage begun last ends now, under {@code name}. */
    void end(String name) {
        millis.put(name, (System.nanoTime() - lap) / 1_000_000);
    }

    Map<String, Long> map() {
        return millis;
    }

    long totalMillis() {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
