package org.sitegen.exec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;
import java.util.function.Function;

/**
 * Maps a list on a fixed number of threads and returns the results in input order, so
 * that output never depends on which worker finished first.
 * <p>
 * The list is cut into small slices that idle threads steal from busy ones. A parallel stream
 * cuts it into four pieces a thread, and the last piece then runs alone while the other cores
 * idle at the end of every stage (docs/performance.md, finding 27).
 * <p>
 * It is also the build's scope for work on threads of their own ({@link #background}): closing
 * it waits for every such task, whatever it did, before the pool goes. A build that fails half
 * way therefore never leaves a task running on a site being given up (or reading the theme's
 * jar, which the next build opens), without a hand-written wait on each failure path.
 */
public final class Parallel implements AutoCloseable {
    /** Slices per thread: enough that the last one to finish is short. */
    private static final int SLICES_PER_THREAD = 64;

    private final ForkJoinPool pool;
    private final List<Background<?>> started = new ArrayList<>(); // guarded by itself

    public Parallel(int threads) {
        // workers of its own, which hold the scratch space of the work they run (Scratch)
        this.pool = new ForkJoinPool(threads, Scratch.Worker::new, null, false);
    }

    /**
     * {@code work} applied to every item, in item order. When it throws for some items, every
     * item is still tried, and what it threw for the first of them (in item order) is thrown.
     */
    public <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work) {
        Object[] results = new Object[items.size()];
        Throwable[] failures = new Throwable[items.size()];
        int grain = Math.max(1, items.size() / (pool.getParallelism() * SLICES_PER_THREAD));
        try {
            pool.submit(new Slice<>(new Job<>(items, work, results, failures, grain), 0, items.size())).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause()); // slices catch what work throws: not expected
        }
        for (Throwable failure : failures) {
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Arrays.asList(results);
        return java.util.Collections.unmodifiableList(list);
    }

    /**
     * Starts {@code work} on a thread of its own named {@code name}, beside the pool; its result
     * by {@link Background#join}. {@link #close} waits for it.
     */
    public <T> Background<T> background(String name, Background.Work<T> work) {
        Background<T> task = Background.start(name, work);
        synchronized (started) {
            started.add(task);
        }
        return task;
    }

    /** One {@link #map} call: what all its slices share. */
    private record Job<T, R>(List<T> items, Function<? super T, ? extends R> work, Object[] results,
                             Throwable[] failures, int grain) {
    }

    /** Items [from, to) of a job: done here when few enough, else split in two for idle threads to steal. */
    private static final class Slice<T, R> extends RecursiveAction {
        private final Job<T, R> job;
        private final int from;
        private final int to;

        Slice(Job<T, R> job, int from, int to) {
            this.job = job;
            this.from = from;
            this.to = to;
        }

        @Override
        protected void compute() {
            if (to - from <= job.grain()) {
                for (int i = from; i < to; i++) {
                    try {
                        job.results()[i] = job.work().apply(job.items().get(i));
                    } catch (RuntimeException | Error e) {
                        job.failures()[i] = e;
                    }
                }
                return;
            }
            int middle = (from + to) >>> 1;
            invokeAll(new Slice<>(job, from, middle), new Slice<>(job, middle, to));
        }
    }

    /** Waits for every task {@link #background} started (one may start another), then ends the pool. */
    @Override
    public void close() {
        try {
            for (int i = 0; ; i++) {
                Background<?> task;
                synchronized (started) {
                    if (i == started.size()) {
                        break;
                    }
                    task = started.get(i);
                }
                task.awaitQuietly();
            }
        } finally {
            pool.shutdown();
        }
    }
}
