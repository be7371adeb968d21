package org.sitegen.config;

import java.nio.file.Path;

/**
 * What a build keeps from the builds before it, a build option ({@link BuildOptions#incremental}):
 * the keeping itself is {@code incremental.Incremental}'s. Whatever is kept, the site is byte for
 * byte the one a cold build makes, so this is not part of the output fingerprint.
 */
public sealed interface IncrementalMode {
    /** Nothing: every build does all the work ({@code site-gen:check}, tests; the default). */
    static IncrementalMode none() {
        return None.INSTANCE;
    }

    /**
     * The state of each successful build recorded beside {@code stateFile} (Maven:
     * target/site-gen/build-state), outside the site: a re-run skips the work that did not change
     * ({@code site-gen:build}).
     */
    static IncrementalMode recorded(Path stateFile) {
        return new Recorded(stateFile);
    }

    /**
     * Parsed files and rendered pages kept in memory by the generator from one of its builds to
     * the next, the site written into the output folder in place ({@code site-gen:serve}).
     */
    static IncrementalMode preview() {
        return Preview.INSTANCE;
    }

    /** See {@link #none}. */
    enum None implements IncrementalMode { INSTANCE }

    /** See {@link #recorded}. */
    record Recorded(Path stateFile) implements IncrementalMode {
        public Recorded {
            java.util.Objects.requireNonNull(stateFile, "stateFile");
        }
    }

    /** See {@link #preview}. */
    enum Preview implements IncrementalMode { INSTANCE }
}
