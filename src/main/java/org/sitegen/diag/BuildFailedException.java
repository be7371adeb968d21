package org.sitegen.diag;

import java.util.List;

/** Thrown by the engine when the input has errors; carries every problem found. */
public final class BuildFailedException extends Exception {
    private final List<Diagnostic> diagnostics;
    private final boolean outputUnchanged;

    public BuildFailedException(List<Diagnostic> diagnostics) {
        this(diagnostics, true);
    }

    /**
     * @param outputUnchanged false when the build failed after it began to change the published
     *                        site (its diagnostics say what it left)
     */
    public BuildFailedException(List<Diagnostic> diagnostics, boolean outputUnchanged) {
        super(Diagnostic.count(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
        this.outputUnchanged = outputUnchanged;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Whether the published site is as it was before the build (true for every problem found in the input). */
    public boolean outputUnchanged() {
        return outputUnchanged;
    }
}
