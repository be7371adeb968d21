package org.sitegen.diag;

import java.util.Comparator;

/**
 * One problem found in the input, printed like a compiler: {@code path:line:col: error: message}.
 * The message is always one line: what it quotes has its control characters escaped ({@link OneLine}).
 */
public record Diagnostic(Severity severity, SourcePosition at, String message) implements Comparable<Diagnostic> {

    public Diagnostic {
        message = OneLine.of(message);
    }

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

    /** "2 errors, 1 warning": how a build or a check sums up its problems. */
    public static String count(java.util.List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        return errors + (errors == 1 ? " error" : " errors") + ", " + warnings
                + (warnings == 1 ? " warning" : " warnings");
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
