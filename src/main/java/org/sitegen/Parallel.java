package org.sitegen;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Function;

/**
 * Maps a list on a fixed number of threads and returns the results in input order, so
 * that output never depends on which worker finished first.
 */
public final class Parallel implements AutoCloseable {
    private final ForkJoinPool pool;

    public Parallel(int threads) {
        this.pool = new ForkJoinPool(threads);
    }

    public <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work) {
        try {
            return pool.submit(() -> items.parallelStream().<R>map(work).toList()).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        pool.shutdown();
    }
}
