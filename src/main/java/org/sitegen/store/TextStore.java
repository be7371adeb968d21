package org.sitegen.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where a build keeps its rendered bodies (HTML and plain text) from the parse stage until
 * their pages, feeds and search index are written: on the heap while they fit in an eighth of
 * it, then in a temporary spool file. A large archive makes more such text than a default heap
 * holds, and it need not all be in memory at once (docs/performance.md, finding 10); a small archive never touches the disk. The output is the
 * same either way.
 */
public final class TextStore implements AutoCloseable {
    private final long heapBudget;
    private final Path folder;
    private final AtomicLong held = new AtomicLong();
    private TextSpool spool;

    /** A store for one build, with a heap budget of an eighth of the maximum heap. */
    public TextStore() {
        this(Runtime.getRuntime().maxMemory() / 8);
    }

    /** @param heapBudget characters kept on the heap before texts go to the spool (0: spool all) */
    public TextStore(long heapBudget) {
        this(heapBudget, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** @param folder where the spool file goes */
    public TextStore(long heapBudget, Path folder) {
        this.heapBudget = heapBudget;
        this.folder = folder;
    }

    public StoredText put(String text) {
        if (held.addAndGet(text.length()) <= heapBudget) {
            return StoredText.compact(text);
        }
        return spool().put(text);
    }

    /**
     * {@code text}, already on the heap in its compact form ({@link StoredText#compact}), kept as
     * it is while the heap budget lasts, else spooled.
     */
    public StoredText put(StoredText text) {
        if (text instanceof StoredText.InMemoryUtf8 utf8) {
            return held.addAndGet(utf8.bytes().length) <= heapBudget ? text : spool().put(utf8.bytes());
        }
        if (text instanceof StoredText.InMemory string) {
            return held.addAndGet(string.text().length()) <= heapBudget ? text : spool().put(string.text());
        }
        return put(text.load());
    }

    private synchronized TextSpool spool() {
        if (spool == null) {
            try {
                spool = new TextSpool(folder);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the body spool in " + folder + ": " + e.getMessage(), e);
            }
        }
        return spool;
    }

    /** Whether any text went to the spool. */
    public synchronized boolean spooled() {
        return spool != null;
    }

    @Override
    public synchronized void close() throws IOException {
        if (spool != null) {
            spool.close();
        }
    }
}
