package org.sitegen.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Scratch space belongs to the build scope's threads: reused on each, never shared, new elsewhere. */
class ScratchTest {

    @Test
    void onTheScopesWorkers_eachHasItsOwn_reusedFromItemToItem() {
        AtomicInteger made = new AtomicInteger();
        Scratch<int[]> scratch = Scratch.of(() -> {
            made.incrementAndGet();
            return new int[1];
        });
        List<Integer> items = IntStream.range(0, 10_000).boxed().toList();
        List<int[]> used;
        try (Parallel parallel = new Parallel(3)) {
            used = parallel.map(items, i -> {
                int[] space = scratch.get();
                space[0]++; // not thread-safe: only ever touched by its own worker
                return space;
            });
        }
        Set<int[]> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        distinct.addAll(used);
        assertThat(distinct).hasSizeBetween(1, 3).hasSize(made.get());
        assertThat(distinct.stream().mapToInt(space -> space[0]).sum()).isEqualTo(items.size());
    }

    @Test
    void onABackgroundTask_itsOwn() throws IOException {
        Scratch<List<String>> scratch = Scratch.of(ArrayList::new);
        try (Parallel parallel = new Parallel(1)) {
            Background<Boolean> task = parallel.background("scratch-test", () -> scratch.get() == scratch.get());
            assertThat(task.join()).isTrue();
        }
    }

    @Test
    void offTheScope_newEachTime() {
        Scratch<List<String>> scratch = Scratch.of(ArrayList::new);
        assertThat(scratch.get()).isNotSameAs(scratch.get());
    }
}
