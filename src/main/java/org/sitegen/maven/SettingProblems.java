package org.sitegen.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sitegen.diag.OneLine;

/**
 * The settings' problems of one goal, all of them, each in the compiler form of the content's
 * (`pom.xml:14:11: error: accentColor '#0a5c3g' is not a CSS colour …`), at the setting's element in
 * the archive's pom.xml when it is written there, else at the pom.xml alone (a -Dsite-gen.*
 * property, or a default). CI problem matchers annotate them like any other problem.
 */
final class SettingProblems {
    private final List<String> lines;
    private final String pomName;
    private final List<String> problems = new ArrayList<>();

    /** @param pom the archive's pom.xml (it may not exist), @param pomName how messages name it */
    SettingProblems(Path pom, String pomName) {
        List<String> read;
        try {
            read = Files.isRegularFile(pom) ? Files.readAllLines(pom, StandardCharsets.UTF_8) : List.of();
        } catch (IOException | java.io.UncheckedIOException e) {
            read = List.of(); // positions are a help; without them the messages name the file alone
        }
        this.lines = read;
        this.pomName = pomName;
    }

    /** A problem of the setting {@code name}; {@code message} starts with the setting's name. */
    void add(String name, String message) {
        String element = "<" + name + ">";
        for (int i = 0; i < lines.size(); i++) {
            int column = lines.get(i).indexOf(element);
            if (column >= 0) {
                problems.add(pomName + ":" + (i + 1) + ":" + (column + 1) + ": error: " + OneLine.of(message));
                return;
            }
        }
        problems.add(pomName + ": error: " + OneLine.of(message));
    }

    /** The setting an "accentColor '…' is not …" or "taxonomyNames: …" message is about. */
    void add(String message) {
        int end = 0;
        while (end < message.length() && Character.isLetter(message.charAt(end))) {
            end++;
        }
        add(message.substring(0, end), message);
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    List<String> lines() {
        return List.copyOf(problems);
    }
}
