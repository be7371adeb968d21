package org.sitegen.diag;

/** How bad a problem is: errors fail the build, warnings only fail it with failOnWarnings. */
public enum Severity {
    ERROR, WARNING;

    /** The word used in compiler-style messages. */
    public String label() {
        return this == ERROR ? "error" : "warning";
    }
}
