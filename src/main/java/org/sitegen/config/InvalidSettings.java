package org.sitegen.config;

import java.util.List;

/**
 * Settings that are not what they must be: every one of them, each a message that starts with
 * the setting's name (so the Maven goals can point at its element in pom.xml). One build of the
 * settings finds them all: a writer fixing them one failed run at a time would need as many runs
 * as mistakes.
 */
public final class InvalidSettings extends IllegalArgumentException {
    private final List<String> problems;

    InvalidSettings(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
