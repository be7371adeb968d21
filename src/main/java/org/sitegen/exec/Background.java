package org.sitegen.exec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Work running on a thread of its own while the build goes on (the search index beside the
 * pages, the site's listing beside the scan); {@link #join} gives its result, or throws what it
 * threw, as it was. The thread is a daemon: an abandoned piece of work never keeps the JVM up.
 *
 * @param <T> the result
 */
public final class Background<T> {
    /** The work: anything it throws reaches {@link #join}. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws IOException;
    }

    private final CompletableFuture<T> result;

    private Background(CompletableFuture<T> result) {
        this.result = result;
    }

    /** Starts {@code work} on a new thread named {@code name}. */
    public static <T> Background<T> start(String name, Work<T> work) {
        return new Background<>(CompletableFuture.supplyAsync(() -> {
            try {
                return work.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, runnable -> {
            new Scratch.TaskThread(runnable, name).start(); // a daemon, holding its work's Scratch
        }));
    }

    /** Waits for the work; its result, or what it threw. */
    public T join() throws IOException {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Waits for the work to end, whatever it did (before what it works on is given up). */
    public void awaitQuietly() {
        result.handle((value, failure) -> null).join();
    }
}
