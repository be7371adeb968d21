package org.sitegen.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/templates.md is the template contract a theme author reads: its "Records" section has a
 * table per view record (`**BriefingView** — …` then `| `field` | type | meaning |` rows). The
 * records in org.sitegen.render.view are what templates really get. This holds the two together:
 * every record documented, every documented field a component of its record and every component
 * documented, so a field added, renamed or removed without the docs fails the build.
 */
class TemplateContractDocsTest {
    private static final Path DOCS = Path.of("docs/templates.md");
    private static final Path VIEWS = Path.of("src/main/java/org/sitegen/render/view");
    private static final Pattern HEADING = Pattern.compile("^\\*\\*([A-Z][A-Za-z]+)\\*\\*");
    /** A table row's first cell: one field name or several ("`width`, `height`"), each in backticks. */
    private static final Pattern ROW = Pattern.compile("^\\| ((?:`[A-Za-z]+`(?:, )?)+) \\|");
    private static final Pattern NAME = Pattern.compile("`([A-Za-z]+)`");

    @Test
    void everyViewRecordIsDocumentedFieldByField() throws Exception {
        Map<String, Set<String>> documented = documentedRecords();
        List<String> problems = new ArrayList<>();
        for (Class<?> record : viewRecords()) {
            Set<String> components = new LinkedHashSet<>();
            Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).forEach(components::add);
            Set<String> fields = documented.remove(record.getSimpleName());
            if (fields == null) {
                problems.add(record.getSimpleName() + ": no table in " + DOCS + " (fields " + components + ")");
                continue;
            }
            Set<String> missing = new TreeSet<>(components);
            missing.removeAll(fields);
            Set<String> extra = new TreeSet<>(fields);
            extra.removeAll(components);
            if (!missing.isEmpty()) {
                problems.add(record.getSimpleName() + ": not documented: " + missing);
            }
            if (!extra.isEmpty()) {
                problems.add(record.getSimpleName() + ": documented but not in the record: " + extra);
            }
        }
        documented.keySet().forEach(name -> problems.add(name + ": documented but no such view record"));
        assertThat(problems).as("docs/templates.md against org.sitegen.render.view").isEmpty();
    }

    /** Record name → the field names of its table, from the "### Records" section on. */
    private static Map<String, Set<String>> documentedRecords() throws IOException {
        Map<String, Set<String>> records = new LinkedHashMap<>();
        Set<String> current = null;
        boolean inRecords = false;
        for (String line : Files.readAllLines(DOCS)) {
            if (line.startsWith("### Records")) {
                inRecords = true;
                continue;
            }
            if (!inRecords) {
                continue;
            }
            if (line.startsWith("## ")) {
                break;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.find()) {
                current = records.computeIfAbsent(heading.group(1), k -> new LinkedHashSet<>());
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (current != null && row.find()) {
                Matcher name = NAME.matcher(row.group(1));
                while (name.find()) {
                    current.add(name.group(1));
                }
            }
        }
        assertThat(records).as("record tables found in " + DOCS).hasSizeGreaterThan(10);
        return records;
    }

    private static List<Class<?>> viewRecords() throws Exception {
        List<Class<?>> records = new ArrayList<>();
        try (Stream<Path> files = Files.list(VIEWS)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".java") && !name.equals("package-info.java")) {
                    Class<?> type = Class.forName("org.sitegen.render.view." + name.substring(0, name.length() - 5));
                    if (type.isRecord()) {
                        records.add(type);
                    }
                }
            }
        }
        return records;
    }
}
