package org.sitegen.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PlainYaml against Jackson, on front matter this project did not write: every version of
 * every file with front matter in the real archives' histories (docs/real-archives.md), the
 * YAML test suite's documents, the 10k corpus, this repository's own content and fixtures,
 * and random mutations of them. For each, PlainYaml must give exactly the tree Jackson gives
 * (texts, kinds, lines, columns, key order), or hand the text to Jackson (null); it must never
 * read what Jackson refuses. The archives are read where their mirrors are (skipped elsewhere).
 */
class PlainYamlTest {
    private static final Path MIRRORS = Path.of("/work/.mirror");
    private static final Path CORPUS = Path.of("/work/corpus/a10k/content");
    private final YamlTreeReader jackson = new YamlTreeReader();

    /** How many front matters PlainYaml read and how many it left to Jackson. */
    private static final class Tally {
        int read;
        int left;

        @Override
        public String toString() {
            return read + " read, " + left + " left to Jackson";
        }
    }

    // --- the subset, case by case --------------------------------------------------------------

    @Test
    void typicalFrontMatter_isReadAsJacksonReadsIt() {
        String yaml = """
                title: "Afghanistan Courts Investors: Despite \\"Protest\\" Headwinds"
                date: 2019-09-18T17:12:50Z
                tags: ["afghanistan", 'turkey''s', protests , 2019]
                summary: A plain summary, with commas, [brackets] and a colon:inside # a comment
                draft: no
                weight: 10
                empty:
                nothing: ~
                # a comment line
                authors:
                - Sophie Laurent
                - 'Ann'
                sources:
                  - title: "Eurasia Monitor"
                    url: "https://eurasia-monitor.example.net/2019/09/x"
                  - title: Wire
                    url: https://wiredaily.example.com/a#b
                params:
                  nested:
                    deeper: yes
                  list: []
                """;
        Tally tally = new Tally();
        assertSameTree("typical", yaml, tally);
        assertThat(tally.read).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "title: x\nref: &a v\n", "title: x\nref: *a\n", "title: !!str 1\n", "text: |\n  block\n",
            "text: >\n  folded\n", "map: {a: b}\n", "title: over\n  two lines\n", "title: \"over\n  two\"\n",
            "title:\tx\n", "title: x\n\tdate: y\n", "a: \"\\x41\"\n", "a: \"\\t\"\n", "n: 0755\n", "n: 0x1F\n",
            "n: 1.5\n", "n: 1_000\n", "n: 1:30\n", "n: .5\n", "n: +1\n", "n: 1e3\n", "k: <<\n", "a: b: c\n",
            "a: b:\n", "a: 1\na: 2\n", "? complex\n: key\n", "\"quoted\": key\n", "- a\n- b\n", "just text\n",
            "  indented: first\nnext: key\n", "a: [b, c\n", "a: [b, c,]\n", "a: [b: c]\n", "a: [[b]]\n",
            "list:\n  -\n  - b\n", "list:\n  - a\n   - b\n", "a: b\n---\nc: d\n", "%YAML 1.2\n", "a: x\u2028y\n",
            "a: b\r\n", "a: '\n'\n", "a: @b\n", "a: `b`\n", "a: b #c\n  d\n", "a: 'b' c\n", "a: \"b\"c\n",
            "a: [b] c\n", "list:\n  - a\n  b: c\n", "n: 08\n", "a: -1\n", "emoji: \"\uD83D\uDE00\"\n"})
    void outsideTheSubset_leftToJackson(String yaml) {
        assertThat(PlainYaml.read(yaml, 2)).as(yaml).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "# only a comment\n", "a: b\n", "a:\n", "a:\nb: c\n", "a: [ ]\n",
            "a: yes\nb: No\nc: ON\nd: y\ne: n\nf: Null\ng: ~\nh: ~x\ni: nothing\n", "d: 2019-09-18\n",
            "d: 2016-09-27 14:00:00 -4\n", "a: 'it''s'\n", "a: \"\"\nb: ''\n", "a: x#y\n",
            "list:\n- a\n- b\nnext: c\n", "list:\n  - a: 1\n    b: 2\n  - c: 3\n", "a:\n  b:\n    c: d\ne: f\n",
            "list:\n  - a:\n    - x\n  - b\n", "a: é, ü — “curly”\n", "url: http://x.y/z?a=1&b=2\n",
            "a: x\n\n\nb: y\n", "a: 10\nb: 0\nc: 2024\n", "a: 1-2\nb: 3 days\n", "a: (x)\nb: /path\n"})
    void insideTheSubset_readAsJacksonReadsIt(String yaml) {
        Tally tally = new Tally();
        assertSameTree("case", yaml, tally);
        assertThat(tally.read).as(yaml).isEqualTo(1);
    }

    /**
     * Found by the twenty-first session's red team: SnakeYAML refuses both, PlainYaml read both.
     * "\/" is an escape of YAML 1.2 and JSON (exported front matter writes URLs so), not of the
     * YAML 1.1 SnakeYAML reads; a simple key longer than 1024 characters is dropped by SnakeYAML's
     * scanner, and the ':' after it is an error (or the line one plain scalar).
     */
    @Test
    void whatJacksonRefuses_isLeftToIt_slashEscapeAndKeysOver1024() throws Exception {
        String key = "k".repeat(1025);
        List<String> refused = List.of("url: \"https:\\/\\/example.org\\/a\"\n", "tags: [\"a\\/b\"]\n",
                "title: x\n" + key + ": v\n", "list:\n- " + key + ": v\n", "map:\n  " + key + ": v\n",
                key + ": v\n", key + ":\n");
        for (String yaml : refused) {
            assertThat(PlainYaml.read(yaml, 2)).as(yaml).isNull();
            try {
                jackson.read(yaml, 2);
                fail("Jackson's path read " + yaml);
            } catch (YamlTreeReader.YamlProblem expected) {
                // the message and position are Jackson's
            }
        }
        Tally tally = new Tally();
        String longest = "k".repeat(1024);
        for (String yaml : List.of(longest + ": v\n", "list:\n- " + longest + ": v\n", "map:\n  " + longest + ": v\n",
                "a: \"back\\\\slash \\\"quoted\\\"\"\n")) {
            assertSameTree("longest key", yaml, tally);
        }
        assertThat(tally.read).isEqualTo(4);
    }

    // --- texts this project did not write ----------------------------------------------------

    @Test
    void everyFrontMatterInTheRealArchivesHistories_readAsJacksonReadsIt() throws Exception {
        List<Path> repositories = Stream.of("18F+18f.gsa.gov", "GSA+digitalgov.gov", "yihui+yihui.org")
                .map(name -> MIRRORS.resolve(name).resolve("repo")).filter(Files::isDirectory).toList();
        assumeTrue(!repositories.isEmpty(), "no mirror of the real archives on this machine");
        for (Path repository : repositories) {
            Set<String> yamls = frontMatterInHistory(repository);
            Tally tally = new Tally();
            for (String yaml : yamls) {
                assertSameTree(repository.toString(), yaml, tally);
            }
            System.out.println("PlainYaml, " + repository.getParent().getFileName() + ", " + yamls.size()
                    + " distinct front matters: " + tally);
            assertThat(tally.read).as("most of a real archive is in the subset").isGreaterThan(yamls.size() / 2);
        }
    }

    @Test
    void theYamlTestSuitesDocuments_readAsJacksonReadsIt() throws Exception {
        Path suite = MIRRORS.resolve("yaml+yaml-test-suite/repo");
        assumeTrue(Files.isDirectory(suite), "no mirror of the YAML test suite on this machine");
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
        Tally tally = new Tally();
        int documents = 0;
        for (String file : git(suite, "ls-tree", "--name-only", "HEAD", "src/").split("\n")) {
            if (!file.endsWith(".yaml")) {
                continue;
            }
            JsonNode cases = mapper.readTree(git(suite, "show", "HEAD:" + file));
            String inherited = null;
            for (JsonNode test : cases) {
                JsonNode yaml = test.get("yaml");
                inherited = yaml != null ? yaml.asText() : inherited; // later cases of a file may reuse it
                if (inherited == null) {
                    continue;
                }
                documents++;
                assertSameTree(file, unvisualise(inherited), tally);
            }
        }
        System.out.println("PlainYaml, YAML test suite, " + documents + " documents: " + tally);
        assertThat(documents).isGreaterThan(300);
    }

    @Test
    void theTenThousandCorpus_readAsJacksonReadsIt() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "no 10k corpus on this machine");
        Tally tally = new Tally();
        for (String yaml : frontMatterUnder(CORPUS)) {
            assertSameTree("a10k", yaml, tally);
        }
        System.out.println("PlainYaml, 10k corpus: " + tally);
        assertThat(tally.left).isZero();
    }

    @Test
    void thisRepositorysContentAndFixtures_readAsJacksonReadsIt() throws Exception {
        Set<String> yamls = new LinkedHashSet<>();
        for (String folder : List.of("content", "src/test/resources", "src/it", "templates")) {
            if (Files.isDirectory(Path.of(folder))) {
                yamls.addAll(frontMatterUnder(Path.of(folder)));
            }
        }
        Tally tally = new Tally();
        for (String yaml : yamls) {
            assertSameTree("repository", yaml, tally);
        }
        System.out.println("PlainYaml, this repository, " + yamls.size() + " front matters: " + tally);
        assertThat(yamls).hasSizeGreaterThan(20);
    }

    /**
     * Mutations of real front matter: a character from YAML's indicators (and tabs, quotes,
     * digits, the resolver's words) put in, taken out or swapped; a line copied, indented,
     * moved. What PlainYaml reads must still be what Jackson reads.
     */
    @Test
    void mutationsOfRealFrontMatter_readAsJacksonReadsItOrLeftToJackson() throws Exception {
        List<String> seeds = new ArrayList<>(new TestSeeds().all());
        Random random = new Random(20261207L);
        Tally tally = new Tally();
        int mutants = Integer.getInteger("plainyaml.mutants", 60_000);
        for (int n = 0; n < mutants; n++) {
            String yaml = seeds.get(random.nextInt(seeds.size()));
            int changes = 1 + random.nextInt(3);
            for (int c = 0; c < changes; c++) {
                yaml = mutate(yaml, random);
            }
            assertSameTree("mutant " + n, yaml, tally);
        }
        System.out.println("PlainYaml, " + mutants + " mutants of " + seeds.size() + " front matters: " + tally);
        assertThat(tally.read).isGreaterThan(mutants / 10);
    }

    /** Seeds for mutation: the repository's, a sample of the corpus and of the archives where present. */
    private final class TestSeeds {
        Set<String> all() throws Exception {
            Set<String> seeds = new LinkedHashSet<>();
            for (String folder : List.of("content", "src/test/resources")) {
                if (Files.isDirectory(Path.of(folder))) {
                    seeds.addAll(frontMatterUnder(Path.of(folder)));
                }
            }
            if (Files.isDirectory(CORPUS.resolve("2019"))) {
                seeds.addAll(frontMatterUnder(CORPUS.resolve("2019")).stream().limit(200).toList());
            }
            for (String name : List.of("18F+18f.gsa.gov", "GSA+digitalgov.gov", "yihui+yihui.org")) {
                Path repository = MIRRORS.resolve(name).resolve("repo");
                if (Files.isDirectory(repository)) {
                    List<String> all = new ArrayList<>(frontMatterInHistory(repository));
                    java.util.Collections.shuffle(all, new Random(7));
                    seeds.addAll(all.subList(0, Math.min(600, all.size())));
                }
            }
            seeds.removeIf(String::isEmpty);
            return seeds;
        }
    }

    private static final String PIECES = " :-#'\"[],{}\n\t!&*|>%@`?~0159.eE_+xyYnNoO\\";
    private static final String[] WORDS = {"yes", "No", "null", "~", "true", "0x1", "1:20", "1.5", "- ", ": ",
            " #", "  ", "\n  ", "''", "\"\"", "[]", "{}", "<<", "---", "...", "2019-01-01", "\\\"", "\u00e9", "\u2028"};

    private static String mutate(String yaml, Random random) {
        if (yaml.isEmpty()) {
            return "a: b\n";
        }
        int at = random.nextInt(yaml.length() + 1);
        switch (random.nextInt(8)) {
            case 0:
                return yaml.substring(0, at) + PIECES.charAt(random.nextInt(PIECES.length())) + yaml.substring(at);
            case 1:
                return at < yaml.length() ? yaml.substring(0, at) + yaml.substring(at + 1) : yaml;
            case 2:
                return at < yaml.length()
                        ? yaml.substring(0, at) + PIECES.charAt(random.nextInt(PIECES.length())) + yaml.substring(at + 1)
                        : yaml;
            case 3:
                return yaml.substring(0, at) + WORDS[random.nextInt(WORDS.length)] + yaml.substring(at);
            default:
                List<String> lines = new ArrayList<>(List.of(yaml.split("\n", -1)));
                int line = random.nextInt(lines.size());
                switch (random.nextInt(4)) {
                    case 0 -> lines.add(random.nextInt(lines.size() + 1), lines.get(line));
                    case 1 -> lines.set(line, " ".repeat(1 + random.nextInt(4)) + lines.get(line));
                    case 2 -> lines.set(line, lines.get(line).stripLeading());
                    default -> lines.add(random.nextInt(lines.size()), lines.remove(line));
                }
                return String.join("\n", lines);
        }
    }

    // --- comparing -------------------------------------------------------------------------------

    /** PlainYaml's tree is Jackson's, or PlainYaml leaves the text to Jackson. */
    private void assertSameTree(String where, String yaml, Tally tally) {
        YamlNode.Mapping plain = PlainYaml.read(yaml, 2);
        if (plain == null) {
            tally.left++;
            return;
        }
        tally.read++;
        YamlNode expected;
        try {
            expected = jackson.readWithJackson(yaml, 2);
        } catch (YamlTreeReader.YamlProblem e) {
            fail(where + ": PlainYaml read what Jackson refuses (" + e.getMessage() + ") in\n" + yaml);
            return;
        }
        assertEquals(describe(expected), describe(plain), where + ":\n" + yaml);
    }

    /** A node with everything the tree holds, in order (a record's Map equality ignores the order). */
    static String describe(YamlNode node) {
        StringBuilder out = new StringBuilder();
        describe(node, out);
        return out.toString();
    }

    private static void describe(YamlNode node, StringBuilder out) {
        out.append(node.line()).append(':').append(node.column()).append(' ');
        if (node instanceof YamlNode.Scalar scalar) {
            out.append(scalar.kind()).append(" \"").append(scalar.text()).append('"');
        } else if (node instanceof YamlNode.Sequence sequence) {
            out.append('[');
            sequence.items().forEach(item -> {
                describe(item, out);
                out.append(", ");
            });
            out.append(']');
        } else {
            out.append('{');
            ((YamlNode.Mapping) node).entries().forEach((key, entry) -> {
                out.append(key).append('@').append(entry.line()).append(':').append(entry.column()).append('=');
                assertEquals(key, entry.key());
                describe(entry.value(), out);
                out.append(", ");
            });
            out.append('}');
        }
    }

    // --- finding front matter ------------------------------------------------------------------

    private static final SourceReader READER = new SourceReader();
    private static final FrontMatterSplitter SPLITTER = new FrontMatterSplitter();

    /** The YAML of a file's bytes as ContentLoader cuts it, or null when it has none. */
    private static String frontMatterOf(byte[] bytes) {
        try {
            String text = READER.decode(bytes);
            if (!text.startsWith("---")) {
                return null;
            }
            SplitSource split = SPLITTER.split(text);
            return split.yamlFirstLine() == 2 && !split.yaml().isEmpty() ? split.yaml() : null;
        } catch (SourceReader.InvalidEncodingException | FrontMatterSplitter.UnclosedFrontMatterException e) {
            return null;
        }
    }

    private static List<String> frontMatterUnder(Path folder) throws IOException {
        List<String> yamls = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".md") || name.endsWith(".markdown") || name.endsWith(".html")) {
                    String yaml = frontMatterOf(Files.readAllBytes(file));
                    if (yaml != null) {
                        yamls.add(yaml);
                    }
                }
            }
        }
        return yamls;
    }

    /** The distinct front matters of every blob (under 200 KB) of a repository's objects: all its history. */
    private static Set<String> frontMatterInHistory(Path repository) throws Exception {
        List<String> ids = new ArrayList<>();
        for (String line : git(repository, "cat-file", "--batch-all-objects",
                "--batch-check=%(objectname) %(objecttype) %(objectsize)").split("\n")) {
            String[] parts = line.split(" ");
            if (parts.length == 3 && parts[1].equals("blob") && Long.parseLong(parts[2]) < 200_000) {
                ids.add(parts[0]);
            }
        }
        Set<String> yamls = new LinkedHashSet<>();
        Process git = new ProcessBuilder("git", "-C", repository.toString(), "cat-file", "--batch")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Thread feeder = new Thread(() -> {
            try (OutputStream in = git.getOutputStream()) {
                for (String id : ids) {
                    in.write((id + "\n").getBytes(StandardCharsets.US_ASCII));
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        feeder.start();
        try (InputStream out = new BufferedInputStream(git.getInputStream(), 1 << 16)) {
            for (int n = 0; n < ids.size(); n++) {
                String header = readLine(out);
                int size = Integer.parseInt(header.substring(header.lastIndexOf(' ') + 1));
                byte[] bytes = out.readNBytes(size);
                out.read(); // the newline after each object
                if (size > 3 && (bytes[0] == '-' || bytes[0] == (byte) 0xEF)) {
                    String yaml = frontMatterOf(bytes);
                    if (yaml != null) {
                        yamls.add(yaml);
                    }
                }
            }
        }
        feeder.join();
        assertEquals(0, git.waitFor());
        return yamls;
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("git cat-file ended early");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    private static String git(Path repository, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString()));
        command.addAll(List.of(arguments));
        Process git = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, git.waitFor(), out);
        return out;
    }

    /**
     * The test suite writes invisible characters visibly (its doc/ says how): '␣' a space, '»'
     * (after any '—') a tab, '←' a carriage return, '⇔' a byte order mark, '↵' a line end kept
     * in sight, '∎' no final line end.
     */
    static String unvisualise(String yaml) {
        String text = yaml.replace('␣', ' ').replaceAll("—*»", "\t").replace("←", "\r").replace("⇔", "\uFEFF")
                .replace("↵", "");
        return text.endsWith("∎\n") ? text.substring(0, text.length() - 2) : text;
    }
}
