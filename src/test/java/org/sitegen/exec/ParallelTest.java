package org.sitegen.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Results in item order whatever the threads do; failures thrown as they were, the first item's first. */
class ParallelTest {

    @Test
    void map_resultsInItemOrder_workSpreadOverThreads() {
        List<Integer> items = IntStream.range(0, 5000).boxed().toList();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (Parallel parallel = new Parallel(3)) {
            List<Integer> squares = parallel.map(items, i -> {
                threads.add(Thread.currentThread().getName());
                if (i % 97 == 0) {
                    sleep(1); // uneven work
                }
                return i * i;
            });
            assertThat(squares).isEqualTo(items.stream().map(i -> i * i).toList());
            assertThat(parallel.map(List.<Integer>of(), i -> i)).isEmpty();
            assertThat(parallel.map(List.of(1, 2, 3), i -> i == 2 ? null : i)).containsExactly(1, null, 3);
        }
        assertThat(threads).hasSizeGreaterThan(1);
    }

    @Test
    void map_failures_everyItemTried_firstItemsFailureThrownAsItWas() {
        UncheckedIOException at10 = new UncheckedIOException(new IOException("ten"));
        AtomicInteger tried = new AtomicInteger();
        try (Parallel parallel = new Parallel(2)) {
            assertThatThrownBy(() -> parallel.map(IntStream.range(0, 1000).boxed().toList(), i -> {
                tried.incrementAndGet();
                if (i == 700) {
                    throw new IllegalStateException("seven hundred");
                }
                if (i == 10) {
                    throw at10;
                }
                return i;
            })).isSameAs(at10);
        }
        assertThat(tried).hasValue(1000);
    }

    @Test
    void map_nestedInItsOwnWork_completes() {
        try (Parallel parallel = new Parallel(2)) {
            List<Integer> sums = parallel.map(IntStream.range(0, 50).boxed().toList(),
                    i -> parallel.map(IntStream.range(0, i).boxed().toList(), j -> j).stream().mapToInt(j -> j).sum());
            assertThat(sums).isEqualTo(IntStream.range(0, 50).map(i -> i * (i - 1) / 2).boxed().toList());
        }
    }

    /** What a failing build leaves running is waited for by the scope, not by a catch block on each path. */
    @Test
    void close_waitsForEveryBackgroundTask_evenFailedOnesAndTheyStartedThemselves() throws Exception {
        AtomicInteger finished = new AtomicInteger();
        Parallel scope = new Parallel(2);
        try (scope) {
            scope.background("slow", () -> {
                sleep(150);
                scope.background("started-by-a-task", () -> {
                    sleep(150);
                    return finished.incrementAndGet();
                });
                return finished.incrementAndGet();
            });
            scope.background("failing", () -> {
                sleep(100);
                finished.incrementAndGet();
                throw new IOException("disk full");
            });
            throw new IllegalStateException("the build fails while they run");
        } catch (IllegalStateException expected) {
            assertThat(finished).hasValue(3);
        }
        assertThatThrownBy(() -> scope.map(List.of(1), x -> x)).isInstanceOf(RuntimeException.class);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
