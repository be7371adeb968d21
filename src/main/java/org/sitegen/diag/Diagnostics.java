package org.sitegen.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Collects problems from every stage (safely from parallel workers) so that a build reports
 * all of them at once, sorted by file and line, instead of stopping at the first.
 */
public final class Diagnostics {
    private final ConcurrentLinkedQueue<Diagnostic> found = new ConcurrentLinkedQueue<>();

    public void add(Diagnostic diagnostic) {
        found.add(diagnostic);
    }

    public void error(SourcePosition at, String message) {
        add(Diagnostic.error(at, message));
    }

    public void warning(SourcePosition at, String message) {
        add(Diagnostic.warning(at, message));
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(Diagnostic::isError);
    }

    /** Every problem so far, in a stable order (file, line, column), duplicates removed. */
    public List<Diagnostic> sorted() {
        return new ArrayList<>(found.stream().distinct().sorted().toList());
    }
}
