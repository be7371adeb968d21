package org.sitegen.incremental;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.BadInputCatalogueTest;
import org.sitegen.PropertySeed;
import org.sitegen.config.SiteConfig;
import org.sitegen.content.ContentLoader;
import org.sitegen.content.ContentScanner;
import org.sitegen.content.Slugs;
import org.sitegen.content.SourceDocument;
import org.sitegen.content.SourceFile;
import org.sitegen.diag.Diagnostic;
import org.sitegen.diag.Diagnostics;
import org.sitegen.output.SiteWriter;

/**
 * Every document loading gives comes back equal (records' equals, all the way down) from the
 * kept form, with the same warnings in the same order: the documents of every fixture site,
 * of every case of the bad-input catalogue that loads (many with warnings), of a generated
 * corpus (gen_corpus.py), and of random front matter using every key the parser knows.
 */
class RecordedDocumentsCodecTest {
    @TempDir
    Path temp;

    /** What round-tripped: documents, and warnings among them (so a test over nothing fails). */
    private record Counts(int documents, int warnings) {
    }

    private static SiteConfig config(Path project, ZoneId zone, List<String> taxonomies) {
        return SiteConfig.builder(project).siteTitle("Codec").zone(zone).taxonomies(taxonomies).threads(1)
                .now(Instant.parse("2030-01-01T00:00:00Z")).build();
    }

    /** Loads every Markdown file of {@code project} and checks each document's round trip. */
    private static Counts roundTripAll(SiteConfig config) throws IOException {
        Diagnostics scanning = new Diagnostics();
        List<SourceFile> files = new ContentScanner().scan(config, scanning);
        ContentLoader loader = new ContentLoader(config, new Slugs());
        int documents = 0;
        int warnings = 0;
        for (SourceFile file : files.stream().filter(f -> f.kind().isMarkdown()).toList()) {
            Diagnostics own = new Diagnostics();
            var document = loader.load(file, own);
            if (document.isEmpty()) {
                continue;
            }
            List<Diagnostic> found = own.sorted().stream().filter(d -> !d.isError()).toList();
            RecordedDocuments.Loaded back = roundTrip(document.get(), found);
            assertThat(back.document()).as(file.displayPath()).isEqualTo(document.get());
            assertThat(back.warnings()).as(file.displayPath()).containsExactlyElementsOf(found);
            documents++;
            warnings += found.size();
        }
        return new Counts(documents, warnings);
    }

    static RecordedDocuments.Loaded roundTrip(SourceDocument document, List<Diagnostic> warnings) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            RecordedDocuments.Codec.write(out, document, warnings);
        }
        byte[] written = bytes.toByteArray();
        StateFiles.Reader in = new StateFiles.Reader(written, 0, written.length);
        RecordedDocuments.Loaded back = RecordedDocuments.Codec.read(in, document.file());
        assertThat(in.available()).as("bytes left after reading").isZero();
        return back;
    }

    @Test
    void fixtureSites_roundTrip() throws IOException {
        int documents = 0;
        try (Stream<Path> sites = Files.list(Path.of("src/test/resources/sites"))) {
            for (Path site : sites.sorted().toList()) {
                documents += roundTripAll(config(site, ZoneId.of("UTC"), List.of("tags"))).documents();
                documents += roundTripAll(config(site, ZoneId.of("Europe/Paris"), List.of("tags", "countries")))
                        .documents();
            }
        }
        assertThat(documents).isGreaterThan(20);
    }

    @Test
    void badInputCatalogue_roundTrips() throws IOException {
        Path project = temp.resolve("bad");
        List<BadInputCatalogueTest.Case> cases = new ArrayList<>(BadInputCatalogueTest.committedCases());
        cases.addAll(BadInputCatalogueTest.generated());
        for (BadInputCatalogueTest.Case c : cases) {
            for (Map.Entry<String, byte[]> file : c.files().entrySet()) {
                Path target = project.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
        }
        Counts counts = roundTripAll(config(project, ZoneId.of("UTC"), List.of("tags")));
        assertThat(counts.documents()).isGreaterThan(30);
        assertThat(counts.warnings()).isGreaterThanOrEqualTo(5);
    }

    /**
     * The 300 briefings of {@code gen_corpus.py --count 300 --seed 7} (the benchmark's generator),
     * kept in one file of their front matter and first body line ("@@@ path" before each).
     */
    @Test
    void generatedCorpus_roundTrips() throws IOException {
        Path project = temp.resolve("corpus");
        String all = Files.readString(Path.of("src/test/resources/corpus/gen-corpus-300-seed-7.txt"));
        for (String part : all.split("(?m)^@@@ ")) {
            if (part.isEmpty()) {
                continue;
            }
            int newline = part.indexOf('\n');
            Path file = project.resolve("content").resolve(part.substring(0, newline));
            Files.createDirectories(file.getParent());
            Files.writeString(file, part.substring(newline + 1), StandardCharsets.UTF_8);
        }
        assertThat(roundTripAll(config(project, ZoneId.of("UTC"), List.of("tags"))).documents()).isEqualTo(300);
        assertThat(roundTripAll(config(project, ZoneId.of("America/New_York"), List.of("series"))).documents())
                .isEqualTo(300);
    }

    /**
     * The real 18F blog's 'date:' values, exactly as its posts wrote them (Jekyll and Hugo eras),
     * each with one of its real titles (public domain: docs/real-archives.md): what a writer's
     * migrated archive holds, not what we thought of.
     */
    @Test
    void realArchiveDatesAndTitles_roundTrip() throws IOException {
        Path project = temp.resolve("18f");
        List<String> titles = Files.readAllLines(Path.of("src/test/resources/real-archives/18f-titles.txt"));
        int n = 0;
        for (String line : Files.readAllLines(Path.of("src/test/resources/real-archives/18f-dates.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] columns = line.split("\t", -1);
            Path file = project.resolve("content/posts/post-" + n + ".md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "---\ntitle: " + titles.get(n % titles.size()) + "\ndate: " + columns[2]
                    + "\ntags: [18f]\n---\nBody " + n + ".\n", StandardCharsets.UTF_8);
            n++;
        }
        Counts counts = roundTripAll(config(project, ZoneId.of("UTC"), List.of("tags")));
        assertThat(counts.documents()).isGreaterThan(700);
    }

    @Property(tries = 200, seed = PropertySeed.VALUE)
    void randomFrontMatter_roundTrips(@ForAll("frontMatter") String yaml, @ForAll("zones") String zone)
            throws IOException {
        Path project = Files.createTempDirectory("site-gen-codec");
        try {
            Path file = project.resolve("content/2023/2023-05-06-random.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, "---\n" + yaml + "---\nBody\u0007 with a control character.\n",
                    StandardCharsets.UTF_8);
            roundTripAll(config(project, ZoneId.of(zone), List.of("tags", "series")));
        } finally {
            SiteWriter.deleteTree(project);
        }
    }

    @Provide
    Arbitrary<String> zones() {
        return Arbitraries.of("UTC", "Europe/London", "America/Sao_Paulo", "Asia/Kolkata", "Australia/Lord_Howe");
    }

    @Provide
    Arbitrary<String> frontMatter() {
        Arbitrary<String> text = Arbitraries.oneOf(Arbitraries.strings().withCharRange(' ', '~')
                .withChars("éüß中文Україна\u00a0\u2019").ofMaxLength(12), Arbitraries.of("😀 emoji", "CON", "a/../b"))
                .map(RecordedDocumentsCodecTest::quoted);
        Arbitrary<String> date = Arbitraries.of("2023-05-06", "2023-03-26T02:30:00", "2023-10-29 01:30",
                "2023-05-06T08:00:00+05:45", "Sat, 06 May 2023 08:00:00 +0000", "2023-05-06T08:00:00.123456789Z",
                "2023-02-30", "");
        Arbitrary<String> list = text.list().ofMaxSize(4).map(items -> "[" + String.join(", ", items) + "]");
        Arbitrary<String> plain = Arbitraries.oneOf(text, Arbitraries.of("true", "False", "yes", "~", "1.10", "",
                "{a: 1, b: [x, {c: true}]}", "[1, [2, 3], {}]", "[]"));
        Arbitrary<String> source = Arbitraries.oneOf(text,
                Combinators.combine(text, text, Arbitraries.of("https://example.com/a", "mailto:x@example.com",
                        "ftp://x", ""), Arbitraries.of("", "2023-01-02", "report", "artcle"), Arbitraries.of("", "publisher", "oddkey"))
                        .as((title, publisher, url, extra, key) -> "{title: " + title + ", " + (key.isEmpty() ? "x" : key)
                                + ": " + publisher + (url.isEmpty() ? "" : ", url: " + quoted(url))
                                + (extra.isEmpty() ? "" : extra.matches("\\d.*") ? ", date: " + extra : ", type: " + extra) + "}"));
        List<Arbitrary<String>> lines = List.of(
                text.map(t -> "title: " + t + "\n"),
                date.map(d -> "date: " + d + "\n"),
                date.map(d -> "updated: " + d + "\n"),
                list.map(l -> "tags: " + l + "\n"),
                list.map(l -> "series: " + l + "\n"),
                list.map(l -> "categories: " + l + "\n"),
                list.map(l -> "people: " + l + "\n"),
                list.map(l -> "countries: " + l + "\n"),
                text.map(t -> "summary: " + t + "\n"),
                text.map(t -> "description: " + t + "\n"),
                list.map(l -> "authors: " + l + "\n"),
                text.map(t -> "author: " + t + "\n"),
                text.map(t -> "slug: " + t + "\n"),
                Arbitraries.of("draft: true\n", "draft: no\n", "draft: maybe\n"),
                source.list().ofMaxSize(3).map(s -> "sources: [" + String.join(", ", s) + "]\n"),
                Combinators.combine(date, text).as((d, t) -> "corrections: [{date: " + (d.isEmpty() ? "2023-01-01" : d)
                        + ", note: " + t + "}]\n"),
                list.map(l -> "follows: " + l + "\n"),
                Arbitraries.of("aliases: [/old/a.html, /x/y/, \"/%41b\"]\n", "aliases: /one\n", "aliases: [http://x]\n"),
                Arbitraries.of("lang: fr\n", "lang: zh-Hant\n", "lang: xx-!!\n", "lang: EN-gb\n"),
                text.map(t -> "translationKey: " + t + "\n"),
                list.map(l -> "translations: " + l + "\n"),
                Arbitraries.of("scheduled: true\n", ""),
                Combinators.combine(Arbitraries.of("extra", "weight", "image", "x-y"), plain)
                        .as((key, value) -> key + ": " + value + "\n"));
        return Arbitraries.oneOf(lines).list().ofMinSize(1).ofMaxSize(14)
                .map(chosen -> dedupeKeys(String.join("", chosen) + "title: Always\n"));
    }

    /** YAML refuses a key twice: the first of each stays. */
    private static String dedupeKeys(String yaml) {
        StringBuilder out = new StringBuilder();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String line : yaml.split("\n")) {
            if (seen.add(line.substring(0, Math.max(0, line.indexOf(':'))))) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
