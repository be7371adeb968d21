package org.sitegen.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.sitegen.exec.Parallel;

/**
 * Where the index's work runs: on the build's pool, or on the calling thread while the pool is
 * busy with something else ({@code poolBusy}: the pages, when the index is built alongside them).
 * Work handed to a pool whose workers are splitting pages waits in its queue until the pages are
 * done (a worker takes outside work only when its own runs out), however little it is: the
 * index of one new briefing waited for every page fingerprint of the site. On its own thread
 * the index shares the cores with the pages instead, and the pool is used again once it is free.
 */
final class Workers {
    private final Parallel parallel;
    private final BooleanSupplier poolBusy;

    Workers(Parallel parallel, BooleanSupplier poolBusy) {
        this.parallel = parallel;
        this.poolBusy = poolBusy;
    }

    /** The pool's, always. */
    static Workers of(Parallel parallel) {
        return new Workers(parallel, () -> false);
    }

    /** {@code work} applied to every item, in item order (as {@link Parallel#map}). */
    <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> work) {
        if (!poolBusy.getAsBoolean() && items.size() > 1) {
            return parallel.map(items, work);
        }
        List<R> results = new ArrayList<>(items.size());
        for (T item : items) {
            results.add(work.apply(item));
        }
        return results;
    }
}
