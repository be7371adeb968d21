package org.sitegen.exec;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.function.Supplier;

/**
 * Working space that work reuses from item to item (a buffer, a cache, a score array), owned by
 * the thread of the build scope ({@link Parallel}) it runs on: a pool worker or a background
 * task's thread, which go with the scope, and the space with them. Work running on any other
 * thread (a test's, the caller's) gets a new value each time, so no state is hidden on a thread
 * that outlives a build.
 *
 * @param <T> the space; used by one thread at a time, so it need not be thread-safe
 */
public final class Scratch<T> {
    private final Supplier<? extends T> make;

    private Scratch(Supplier<? extends T> make) {
        this.make = make;
    }

    /** Space made by {@code make} on each scope thread's first use. */
    public static <T> Scratch<T> of(Supplier<? extends T> make) {
        return new Scratch<>(make);
    }

    /** This scope thread's space, made on its first use; a new one on any other thread. */
    public T get() {
        return Thread.currentThread() instanceof Owner owner ? owner.space().get(this) : make.get();
    }

    /** A thread of the build scope, holding the space its work uses. */
    interface Owner {
        Space space();
    }

    /** One thread's spaces, by the {@link Scratch} they are for. */
    static final class Space {
        private final Map<Scratch<?>, Object> values = new IdentityHashMap<>();

        @SuppressWarnings("unchecked")
        <T> T get(Scratch<T> scratch) {
            Object value = values.get(scratch);
            if (value == null) {
                value = scratch.make.get();
                values.put(scratch, value);
            }
            return (T) value;
        }
    }

    /** The pool's workers. Like the pool's default ones: daemons, the system class loader as context. */
    static final class Worker extends ForkJoinWorkerThread implements Owner {
        private final Space space = new Space();

        Worker(ForkJoinPool pool) {
            super(pool);
            setDaemon(true);
            setContextClassLoader(ClassLoader.getSystemClassLoader());
        }

        @Override
        public Space space() {
            return space;
        }
    }

    /** A background task's thread ({@link Background}). */
    static final class TaskThread extends Thread implements Owner {
        private final Space space = new Space();

        TaskThread(Runnable work, String name) {
            super(work, name);
            setDaemon(true);
        }

        @Override
        public Space space() {
            return space;
        }
    }
}
