package org.sitegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.sitegen.archive.TaxonomyIndex;
import org.sitegen.config.RawHtml;
import org.sitegen.config.SiteConfig;
import org.sitegen.content.DateParser;
import org.sitegen.content.FrontMatterParser;
import org.sitegen.content.FrontMatterSplitter;
import org.sitegen.content.Slugs;
import org.sitegen.content.SourceReader;
import org.sitegen.content.SplitSource;
import org.sitegen.diag.BuildFailedException;
import org.sitegen.diag.Diagnostic;
import org.sitegen.diag.Diagnostics;

/**
 * Property-based tests (jqwik) over generated front matter, Markdown and names: the engine
 * answers with pages or with file-and-line problems, never an exception; it writes only into
 * its output folder; slugs are always safe; input order never changes the output.
 */
class EngineProperties {
    private static final Slugs SLUGS = new Slugs();
    private static final FrontMatterParser PARSER = new FrontMatterParser(new DateParser(ZoneId.of("UTC")),
            List.of("tags", "countries"), SLUGS, java.time.Instant.MAX);

    @Provide
    Arbitrary<String> frontMatter() {
        return Fuzz.frontMatterLines();
    }

    @Provide
    Arbitrary<String> markdown() {
        return Fuzz.markdown();
    }

    /** Front matter alone, through decoding, splitting and parsing: a result, or errors with lines. */
    @Property(tries = 500, seed = PropertySeed.VALUE)
    void frontMatter_givesResultOrPositionedErrors(@ForAll("frontMatter") String yaml) throws Exception {
        String file = "---\n" + yaml + "---\nBody.\n";
        Diagnostics diagnostics = new Diagnostics();
        String text = new SourceReader().decode(file.getBytes(StandardCharsets.UTF_8));
        SplitSource split = new FrontMatterSplitter().split(text);
        Optional<?> result = PARSER.parse(split, "content/x.md", Optional.empty(), true, diagnostics);
        List<Diagnostic> found = diagnostics.sorted();
        if (result.isEmpty()) {
            assertThat(found).anyMatch(Diagnostic::isError);
        }
        for (Diagnostic d : found) {
            assertThat(d.at().path()).isEqualTo("content/x.md");
            assertThat(d.at().line()).as(d.toString()).isBetween(1, file.split("\n", -1).length);
            assertThat(d.message()).isNotBlank().doesNotContain("\n");
        }
    }

    /** Arbitrary unicode and bytes never escape the decoder as anything but its own exception. */
    @Property(tries = 300, seed = PropertySeed.VALUE)
    void arbitraryBytes_decodeOrReportOffset(@ForAll byte[] bytes) {
        try {
            String text = new SourceReader().decode(bytes);
            assertThat(text).doesNotContain("\r").doesNotStartWith("\uFEFF");
        } catch (SourceReader.InvalidEncodingException e) {
            assertThat(e.offset).isBetween(0L, (long) bytes.length);
        }
    }

    @Property(tries = 1000, seed = PropertySeed.VALUE)
    void slugs_areAlwaysSafeFolderNames(@ForAll String text) {
        for (String slug : List.of(SLUGS.slugify(text, "fallback"), TaxonomyIndex.slugOf(text, SLUGS))) {
            assertThat(slug).matches("[a-z0-9]+(-[a-z0-9]+)*").hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH + 2);
            assertThat(Slugs.isDeviceName(slug)).as(slug).isFalse();
        }
        String plain = SLUGS.slugify(text);
        assertThat(plain).matches("([a-z0-9]+(-[a-z0-9]+)*)?");
    }

    @Property(tries = 300, seed = PropertySeed.VALUE)
    void slugs_ofPathsAndDeviceNames_areSafe(@ForAll("pathLike") String text) {
        String slug = SLUGS.slugify(text, "fallback");
        assertThat(slug).matches("[a-z0-9-]+").doesNotContain("..").hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH + 2);
        assertThat(Slugs.isDeviceName(slug)).isFalse();
    }

    @Provide
    Arbitrary<String> pathLike() {
        Arbitrary<String> part = Arbitraries.oneOf(Arbitraries.of("..", ".", "", "con", "CON", "Nul", "aux", "prn",
                "com1", "LPT9", "etc", "passwd", "C:", "\\\\server", "\u0000", " ", "a".repeat(300)),
                Arbitraries.strings().ofMaxLength(6));
        return Combinators.combine(part.list().ofMaxSize(5), Arbitraries.of("/", "\\", " ", "-", ""))
                .as((parts, sep) -> String.join(sep, parts));
    }

    /**
     * Whole builds of small generated archives: they succeed or fail with diagnostics naming
     * content files; either way every file written is inside the output folder and nothing
     * else next to it changed.
     */
    @Property(tries = 120, seed = PropertySeed.VALUE)
    void build_neverThrows_andWritesOnlyItsOutput(@ForAll("archives") List<String> files) throws Exception {
        Path parent = Files.createTempDirectory("site-gen-prop");
        try {
            Path project = parent.resolve("project");
            for (int i = 0; i < files.size(); i++) {
                write(project.resolve("content/2023/2023-01-" + String.format("%02d", i % 28 + 1) + "-f" + i + ".md"),
                        files.get(i));
            }
            List<String> contentBefore = listing(parent);
            SiteConfig config = config(project, 2);
            try {
                new SiteGenerator().build(config);
            } catch (BuildFailedException e) {
                assertThat(e.diagnostics()).anyMatch(Diagnostic::isError);
                for (Diagnostic d : e.diagnostics()) {
                    assertThat(d.at().path()).as(d.toString()).startsWith("content/");
                }
            }
            List<String> after = listing(parent);
            for (String path : after) {
                assertThat(path.startsWith("project/content/") || path.equals("project/content")
                        || path.startsWith("project/site-output/") || path.equals("project/site-output")
                        || path.equals("project/.site-output.lock") // the output folder's lock (OutputLock)
                        || path.equals("project")).as(path).isTrue();
            }
            assertThat(after.stream().filter(p -> p.startsWith("project/content")).toList()).isEqualTo(contentBefore
                    .stream().filter(p -> p.startsWith("project/content")).toList());
        } finally {
            org.sitegen.output.SiteWriter.deleteTree(parent);
        }
    }

    @Provide
    Arbitrary<List<String>> archives() {
        Arbitrary<String> hostile = Combinators.combine(Fuzz.frontMatterLines(), Fuzz.markdown())
                .as((yaml, body) -> "---\n" + yaml + "---\n" + body);
        Arbitrary<String> valid = Combinators.combine(Fuzz.values(), Fuzz.values(), Fuzz.markdown())
                .as((title, tag, body) -> "---\ntitle: " + quote(title) + "\ntags: [" + quote(tag) + "]\n---\n" + body);
        return Arbitraries.oneOf(hostile, valid, valid).list().ofMinSize(1).ofMaxSize(4);
    }

    /** The same briefings written in two different orders (and thread counts) give the same bytes. */
    @Property(tries = 40, seed = PropertySeed.VALUE)
    void shuffledInput_givesIdenticalOutput(@ForAll("validArchives") List<String> files,
                                            @ForAll @IntRange(min = 1, max = 1000) int seed) throws Exception {
        Path parent = Files.createTempDirectory("site-gen-order");
        try {
            Map<String, byte[]> first = buildInOrder(parent.resolve("a"), files, new ArrayList<>(indexes(files)), 1);
            List<Integer> shuffled = new ArrayList<>(indexes(files));
            Collections.shuffle(shuffled, new Random(seed));
            Map<String, byte[]> second = buildInOrder(parent.resolve("b"), files, shuffled, 3);
            assertThat(second.keySet()).isEqualTo(first.keySet());
            first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
        } finally {
            org.sitegen.output.SiteWriter.deleteTree(parent);
        }
    }

    @Provide
    Arbitrary<List<String>> validArchives() {
        Arbitrary<String> title = Arbitraries.strings().all().ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> tag = Arbitraries.of("Iran", "iran", "IRAN", "Côte d'Ivoire", "cote-divoire", "CON", "con 1",
                "a", "B", "Україна", "日本");
        return Combinators.combine(title, tag.list().ofMaxSize(3), Arbitraries.integers().between(1, 28),
                        Arbitraries.integers().between(0, 23), Fuzz.markdown())
                .as((t, tags, day, hour, body) -> "---\ntitle: " + quote(t) + "\ndate: 2023-03-" + String.format("%02d", day)
                        + " " + String.format("%02d", hour) + ":00\ntags: [" + String.join(", ", tags.stream()
                        .map(EngineProperties::quote).toList()) + "]\n---\n" + body)
                .list().ofMinSize(1).ofMaxSize(6);
    }

    private static Map<String, byte[]> buildInOrder(Path project, List<String> files, List<Integer> order, int threads)
            throws IOException {
        for (int i : order) {
            write(project.resolve("content/b" + i + ".md"), files.get(i));
        }
        try {
            new SiteGenerator().build(config(project, threads));
            return SiteTrees.read(project.resolve("site-output"));
        } catch (BuildFailedException e) {
            return Map.of("(failed)", e.diagnostics().toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static List<Integer> indexes(List<String> files) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            list.add(i);
        }
        return list;
    }

    /** A YAML double-quoted scalar of any text (control characters escaped). */
    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f) || (c >= 0xd800 && c <= 0xdfff)
                    || c == 0xfffe || c == 0xffff) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }

    private static SiteConfig config(Path project, int threads) {
        return SiteConfig.builder(project).siteTitle("Properties").zone(ZoneId.of("UTC")).pageSize(3)
                .taxonomies(List.of("tags")).threads(threads).now(Instant.parse("2030-01-01T00:00:00Z")).build();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, text.getBytes(StandardCharsets.UTF_8)); // lone surrogates become "?"
    }

    private static List<String> listing(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }
}
