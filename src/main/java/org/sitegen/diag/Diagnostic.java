package org.sitegen.diag;

import java.util.Comparator;

/** One problem found in the input, printed like a compiler: {@code path:line:col: error: message}. */
public record Diagnostic(Severity severity, SourcePosition at, String message) implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing((Diagnostic d) -> d.at().path())
            .thenComparingInt(d -> d.at().line())
            .thenComparingInt(d -> d.at().column())
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public static Diagnostic error(SourcePosition at, String message) {
        return new Diagnostic(Severity.ERROR, at, message);
    }

    public static Diagnostic warning(SourcePosition at, String message) {
        return new Diagnostic(Severity.WARNING, at, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return at + ": " + severity.label() + ": " + message;
    }
}
