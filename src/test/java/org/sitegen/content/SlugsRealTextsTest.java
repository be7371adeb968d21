package org.sitegen.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * SlugTable against ICU on texts this project did not write: the 18F titles kept in the tests,
 * and where they are on this machine, the titles, tags, authors and file names of the real
 * archives (docs/real-archives.md, at their mirrors' HEAD) and of the 10k corpus. Every one the
 * table can spell must slug as ICU slugs it.
 */
class SlugsRealTextsTest {
    private static final Path MIRRORS = Path.of("/work/.mirror");
    private static final Path CORPUS = Path.of("/work/corpus/a10k/content");

    @Test
    void the18fTitles_slugAsIcuSlugsThem() throws IOException {
        List<String> titles = Files.readAllLines(Path.of("src/test/resources/real-archives/18f-titles.txt"));
        int spelt = assertSameSlugs("18F titles", withParts(titles));
        assertThat(spelt).as("the 18F titles with curly quotes and dashes need no ICU").isGreaterThan(50);
    }

    @Test
    void theRealArchivesTitlesTagsAndFileNames_slugAsIcuSlugsThem() throws Exception {
        List<Path> repositories = Stream.of("18F+18f.gsa.gov", "GSA+digitalgov.gov", "yihui+yihui.org")
                .map(name -> MIRRORS.resolve(name).resolve("repo")).filter(Files::isDirectory).toList();
        assumeTrue(!repositories.isEmpty(), "no mirror of the real archives on this machine");
        for (Path repository : repositories) {
            List<String> texts = new ArrayList<>(List.of(git(repository, "grep", "-h", "-I", "-E",
                    "^(title|tags|categories|slug|author|authors|summary|description|tag):|^\\s*- .{1,100}$",
                    "HEAD", "--", "*.md", "*.markdown", "*.Rmd", "*.Rmarkdown").split("\n")));
            for (String file : git(repository, "ls-tree", "-r", "--name-only", "HEAD").split("\n")) {
                texts.addAll(List.of(file.split("/")));
            }
            assertSameSlugs(repository.getParent().getFileName().toString(), withParts(texts));
        }
    }

    @Test
    void theCorpusFrontMatterAndFileNames_slugAsIcuSlugsThem() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "no 10k corpus on this machine");
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CORPUS)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                texts.add(file.getFileName().toString());
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 1; i < lines.size() && !lines.get(i).equals("---"); i++) {
                    texts.add(lines.get(i));
                }
            }
        }
        int spelt = assertSameSlugs("10k corpus", withParts(texts));
        assertThat(spelt).isGreaterThan(300);
    }

    /** The texts, and each of their quoted or comma-separated parts (the tags of a flow list). */
    private static Set<String> withParts(List<String> texts) {
        Set<String> all = new LinkedHashSet<>();
        for (String text : texts) {
            all.add(text);
            int colon = text.indexOf(':');
            if (colon > 0) {
                all.add(text.substring(colon + 1).strip());
            }
            for (String part : text.split("[\",\\[\\]]")) {
                if (!part.isBlank()) {
                    all.add(part.strip());
                }
            }
        }
        return all;
    }

    /** Asserts the table's slug is ICU's for each text it can spell; returns how many non-ASCII ones it spelt. */
    private static int assertSameSlugs(String what, Set<String> texts) {
        int nonAscii = 0;
        int spelt = 0;
        for (String text : texts) {
            if (text.chars().allMatch(c -> c < 0x80)) {
                continue;
            }
            nonAscii++;
            String viaTable = Slugs.viaTable(text);
            if (viaTable != null) {
                spelt++;
                assertThat(viaTable).as("%s: slug of \"%s\"", what, text).isEqualTo(Slugs.viaIcu(text));
            }
        }
        System.out.println("SlugTable, " + what + ": " + texts.size() + " texts, " + nonAscii + " not ASCII, "
                + spelt + " of them spelt by the table (same slug as ICU), " + (nonAscii - spelt) + " left to ICU");
        return spelt;
    }

    private static String git(Path repository, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-C", repository.toString()));
        command.addAll(List.of(arguments));
        Process git = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(git.waitFor()).as(out).isZero();
        return out;
    }
}
