package org.sitegen.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitegen.diag.Diagnostic;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.OneLine;
import org.sitegen.diag.SourcePosition;

/**
 * What an import did, file by file: every conversion ("converted") and every problem (warnings
 * and errors, which also go to the {@link Diagnostics} the import was given, so they are
 * reported like a build's). Positions are the source archive's files, e.g.
 * {@code _posts/2015-03-17-x.md:12:5}, so a person can look at what was there.
 */
public final class ImportReport {
    /** One line of the report. */
    public record Entry(SourcePosition at, String kind, String message) {
        @Override
        public String toString() {
            return at + ": " + kind + ": " + OneLine.of(message);
        }
    }

    private final Diagnostics diagnostics;
    private final List<Entry> entries = new ArrayList<>();

    public ImportReport(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** A conversion done as the source generator would have done it: nothing for a person to do. */
    public void converted(SourcePosition at, String message) {
        entries.add(new Entry(at, "converted", message));
    }

    /** Something converted with a loss, or left for a person to finish. */
    public void warning(SourcePosition at, String message) {
        entries.add(new Entry(at, "warning", message));
        diagnostics.add(Diagnostic.warning(at, message));
    }

    /** A file, or a part of one, that could not be imported. */
    public void error(SourcePosition at, String message) {
        entries.add(new Entry(at, "error", message));
        diagnostics.add(Diagnostic.error(at, message));
    }

    public List<Entry> entries() {
        return entries.stream().sorted(Comparator.comparing((Entry e) -> e.at().path())
                .thenComparingInt(e -> e.at().line()).thenComparingInt(e -> e.at().column())).toList();
    }

    public long count(String kind) {
        return entries.stream().filter(e -> e.kind().equals(kind)).count();
    }

    /** The report as a text file: a heading, then one line per entry, sorted by file and line. */
    public String text(String heading) {
        StringBuilder out = new StringBuilder(heading).append('\n');
        out.append(count("converted")).append(" conversions, ").append(count("warning")).append(" warnings, ")
                .append(count("error")).append(" errors\n\n");
        for (Entry entry : entries()) {
            out.append(entry).append('\n');
        }
        return out.toString();
    }
}
