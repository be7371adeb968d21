package org.sitegen.markdown;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * MarkdownRenderer's quick typesetting of text whose only typographic change is apostrophes
 * inside words gives what the typographic extension gives, or leaves the text to it (null): over
 * every line and title of the 10k corpus, this repository's content and the real archives'
 * newest files (where their mirrors are), and apostrophes placed by hand.
 */
class TypographicQuickTest {
    @ParameterizedTest
    @ValueSource(strings = {"Afghanistan's Protest Gamble", "It's John's", "O'Brien's don't", "a'b'c'd",
            "Rock 'n' roll", "the 90's", "'90s", "dogs' bowls", "x'", "'x", "It's -- late", "It's... late",
            "It's \"quoted\"", "It's  two spaces", " It's", "It's ", "It's\tTab", "Café's", "It's <<x>>", "It's - ok",
            "1. It's", "# It's", "> It's", "- It's", "It's *not* _em_", "It's & [link](x)", "It's \\ back", "It's. . .",
            "U.S.'s", "It's 100% true!", "Can't stop, won't stop: it's here (again); isn't it?"})
    void handWritten_quickIsTheParse(String text) {
        check(text);
    }

    @Test
    void linesOfRealText_quickIsTheParse() throws Exception {
        Set<String> texts = new LinkedHashSet<>();
        for (Path folder : List.of(Path.of("content"), Path.of("/work/corpus/a10k/content"))) {
            if (Files.isDirectory(folder)) {
                texts.addAll(lines(folder));
            }
        }
        for (String name : List.of("18F+18f.gsa.gov", "GSA+digitalgov.gov", "yihui+yihui.org")) {
            Path repository = Path.of("/work/.mirror", name, "repo");
            if (Files.isDirectory(repository)) {
                texts.addAll(newestMarkdownLines(repository));
            }
        }
        assumeTrue(texts.size() > 1000, "too little real text on this machine");
        int quick = 0;
        for (String text : texts) {
            quick += check(text) ? 1 : 0;
        }
        System.out.println("typographic: " + texts.size() + " lines, " + quick + " typeset without parsing");
        assertThat(quick).isGreaterThan(100);
    }

    /** Whether the quick path took {@code text}; if it did, it must equal the parse. */
    private static boolean check(String text) {
        String quick = MarkdownRenderer.apostrophesOnly(text);
        if (quick == null) {
            return false;
        }
        assertThat(quick).as(text).isEqualTo(MarkdownRenderer.typographicByParse(text));
        return true;
    }

    /** Each line of the files under {@code folder}, stripped, and a front matter value without its key and quotes. */
    private static List<String> lines(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                addLines(Files.readString(file, StandardCharsets.UTF_8), lines);
            }
        }
        return lines;
    }

    private static void addLines(String text, List<String> lines) {
        for (String line : text.split("\n")) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                continue;
            }
            lines.add(stripped);
            int colon = stripped.indexOf(": ");
            if (colon > 0) {
                String value = stripped.substring(colon + 2).strip();
                if (value.length() > 1 && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                        && value.charAt(value.length() - 1) == value.charAt(0)) {
                    value = value.substring(1, value.length() - 1);
                }
                lines.add(value);
            }
        }
    }

    /** The lines of the Markdown files of a repository's newest commit. */
    private static List<String> newestMarkdownLines(Path repository) throws Exception {
        List<String> lines = new ArrayList<>();
        Process list = new ProcessBuilder("git", "-C", repository.toString(), "ls-tree", "-r", "HEAD")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> ids = new ArrayList<>();
        for (String entry : new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
            String[] parts = entry.split("\\s+", 4);
            if (parts.length == 4 && parts[1].equals("blob") && (parts[3].endsWith(".md") || parts[3].endsWith(".markdown"))) {
                ids.add(parts[2]);
            }
        }
        list.waitFor();
        Path batch = Files.createTempFile("typographic", ".ids");
        try {
            Files.write(batch, ids);
            Process cat = new ProcessBuilder("git", "-C", repository.toString(), "cat-file", "--batch")
                    .redirectInput(batch.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (var out = new java.io.BufferedInputStream(cat.getInputStream(), 1 << 16)) {
                for (int n = 0; n < ids.size(); n++) {
                    StringBuilder header = new StringBuilder();
                    for (int b = out.read(); b != '\n' && b >= 0; b = out.read()) {
                        header.append((char) b);
                    }
                    int size = Integer.parseInt(header.substring(header.lastIndexOf(" ") + 1));
                    byte[] bytes = out.readNBytes(size);
                    out.read();
                    addLines(new String(bytes, StandardCharsets.UTF_8), lines);
                }
            }
            cat.waitFor();
        } finally {
            Files.deleteIfExists(batch);
        }
        return lines;
    }
}
