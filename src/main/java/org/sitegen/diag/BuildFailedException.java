package org.sitegen.diag;

import java.util.List;

/** Thrown by the engine when the input has errors; carries every problem found. */
public final class BuildFailedException extends Exception {
    private final List<Diagnostic> diagnostics;

    public BuildFailedException(List<Diagnostic> diagnostics) {
        super(Diagnostic.count(diagnostics));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
