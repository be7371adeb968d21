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
import org.sitegen.render.view.PageModel;

/**
 * docs/templates.md is the template contract a theme author reads: its "Records" section has a
 * table per view record (`**BriefingView** — …` then `| `field` | type | meaning |` rows). The
 * records in org.sitegen.render.view are what templates really get. This holds the two together:
 * every record documented, every documented field a component of its record and every component
 * documented, so a field added, renamed or removed without the docs fails the build. The same
 * holds each page kind's variables (its {@link PageModel} record) and the variables every
 * template gets ({@link PageVariables}) to their tables.
 */
class TemplateContractDocsTest {
    private static final Path DOCS = Path.of("docs/templates.md");
    private static final Path VIEWS = Path.of("src/main/java/org/sitegen/render/view");
    private static final Pattern HEADING = Pattern.compile("^\\*\\*([A-Z][A-Za-z]+)\\*\\*");
    /** A table row's first cell: one field name or several ("`width`, `height`"), each in backticks. */
    private static final Pattern ROW = Pattern.compile("^\\| ((?:`[A-Za-z]+`(?:, )?)+) \\|");
    private static final Pattern NAME = Pattern.compile("`([A-Za-z]+)`");
    /** A row of the per-kind table: its template's name. */
    private static final Pattern KIND_ROW = Pattern.compile("^\\| `([a-z]+\\.ftlh)` \\|");

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

    /**
     * The per-kind table ("### Variables per page kind": `| `briefing.ftlh` | URLs | variables |`)
     * against {@link PageModel}: a row per kind, and a kind's documented variables exactly the
     * components of its record. The variables are the names in backticks that the cell lists
     * before its first sentence ends, outside parentheses (`newer` and `older` (BriefingRef, …)).
     */
    @Test
    void everyPageKindIsDocumentedVariableByVariable() throws Exception {
        Map<String, Set<String>> documented = documentedKinds();
        List<String> problems = new ArrayList<>();
        for (Class<?> type : PageModel.class.getPermittedSubclasses()) {
            String kind = kindOf(type);
            Set<String> components = new TreeSet<>();
            Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).forEach(components::add);
            components.stream().filter(PageVariables.COMMON::contains).forEach(name -> problems.add(
                    type.getSimpleName() + ": component " + name + " is hidden by the variable every template gets"));
            Set<String> variables = documented.remove(kind + ".ftlh");
            if (variables == null) {
                problems.add(kind + ".ftlh: no row in " + DOCS + " (variables " + components + ")");
                continue;
            }
            Set<String> missing = new TreeSet<>(components);
            missing.removeAll(variables);
            Set<String> extra = new TreeSet<>(variables);
            extra.removeAll(components);
            if (!missing.isEmpty()) {
                problems.add(kind + ".ftlh: not documented: " + missing);
            }
            if (!extra.isEmpty()) {
                problems.add(kind + ".ftlh: documented but not in " + type.getSimpleName() + ": " + extra);
            }
        }
        documented.keySet().forEach(name -> problems.add(name + ": documented but no such page kind"));
        assertThat(problems).as("docs/templates.md against PageModel").isEmpty();
    }

    /** The "Variables in every template" table: exactly what {@link PageVariables} gives every page. */
    @Test
    void theVariablesOfEveryTemplateAreDocumented() throws IOException {
        Set<String> documented = new TreeSet<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(DOCS)) {
            if (line.startsWith("### ")) {
                inTable = line.startsWith("### Variables in every template");
                continue;
            }
            Matcher row = ROW.matcher(line);
            if (inTable && row.find()) {
                Matcher name = NAME.matcher(row.group(1));
                while (name.find()) {
                    documented.add(name.group(1));
                }
            }
        }
        assertThat(documented).isEqualTo(new TreeSet<>(PageVariables.COMMON));
    }

    /** A page model's kind, from an instance with every component null, zero or false. */
    private static String kindOf(Class<?> type) throws ReflectiveOperationException {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = Arrays.stream(types).map(t -> t == int.class ? (Object) 0 : t == boolean.class ? false : null)
                .toArray();
        return ((PageModel) type.getDeclaredConstructor(types).newInstance(values)).kind();
    }

    /** Template name → the variables its row lists. */
    private static Map<String, Set<String>> documentedKinds() throws IOException {
        Map<String, Set<String>> kinds = new LinkedHashMap<>();
        boolean inTable = false;
        for (String line : Files.readAllLines(DOCS)) {
            if (line.startsWith("### ")) {
                inTable = line.startsWith("### Variables per page kind");
                continue;
            }
            Matcher row = KIND_ROW.matcher(line);
            if (inTable && row.find()) {
                String[] cells = line.split(" \\| ");
                kinds.put(row.group(1), listedVariables(cells[cells.length - 1]));
            }
        }
        assertThat(kinds).as("page kinds found in " + DOCS).hasSizeGreaterThan(10);
        return kinds;
    }

    private static Set<String> listedVariables(String cell) {
        Set<String> names = new TreeSet<>();
        int depth = 0;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && (c == '.' || c == ';') && (i + 1 == cell.length() || cell.charAt(i + 1) == ' ')) {
                break; // the list ends with the cell's first sentence
            } else if (depth == 0 && c == '`') {
                int end = cell.indexOf('`', i + 1);
                String name = cell.substring(i + 1, end);
                if (name.matches("[A-Za-z]+")) {
                    names.add(name);
                }
                i = end;
            }
        }
        return names;
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
