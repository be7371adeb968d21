package org.sitegen.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.SiteTrees;
import org.sitegen.diag.Diagnostics;

/** Bodies are handed over once from loading while the budget lasts, else read from the file again. */
class ContentLoaderTest {
    @TempDir
    Path site;

    @Test
    void whateverReadingAFileThrows_isThatFilesError() {
        // A file the scan listed but that cannot be handed to the reader (here: no path at all)
        // makes the reading code throw; the build gets a diagnostic for the file, not a crash.
        SourceFile broken = new SourceFile("2023/x.md", null, "content/2023/x.md", SourceFile.Kind.BRIEFING);
        Diagnostics diagnostics = new Diagnostics();
        ContentLoader loader = new ContentLoader(SiteTrees.fixtureConfig(site, site.resolve("out"), 1), new Slugs());
        assertThat(loader.load(broken, diagnostics)).isEmpty();
        assertThat(diagnostics.sorted()).extracting(Object::toString).containsExactly(
                "content/2023/x.md:1:1: error: internal error while reading this file: NullPointerException");
    }

    @Test
    void body_keptFromLoading_isHandedOverOnceThenReadAgain() throws IOException {
        SourceFile file = write("2023/2023-01-01-a.md", "---\ntitle: A\n---\nBody of “A”.\n");
        ContentLoader loader = new ContentLoader(SiteTrees.fixtureConfig(site, site.resolve("out"), 1), new Slugs(),
                1_000);
        SourceDocument document = loader.load(file, new Diagnostics()).orElseThrow();
        Files.writeString(file.file(), "---\ntitle: A\n---\nChanged.\n");

        assertThat(loader.body(document)).isEqualTo("Body of “A”.\n"); // as loaded, not read again
        assertThat(loader.body(document)).isEqualTo("Changed.\n");
    }

    @Test
    void body_beyondTheBudget_isReadFromTheFileAgain() throws IOException {
        SourceFile first = write("2023/2023-01-01-a.md", "---\ntitle: A\n---\n12345\n");
        SourceFile second = write("2023/2023-01-02-b.md", "---\ntitle: B\n---\n67890\n");
        ContentLoader loader = new ContentLoader(SiteTrees.fixtureConfig(site, site.resolve("out"), 1), new Slugs(),
                8); // room for one body of 6 chars
        SourceDocument a = loader.load(first, new Diagnostics()).orElseThrow();
        SourceDocument b = loader.load(second, new Diagnostics()).orElseThrow();
        Files.delete(first.file());
        Files.delete(second.file());

        assertThat(loader.body(a)).isEqualTo("12345\n");
        assertThatThrownBy(() -> loader.body(b)).isInstanceOf(IOException.class);
    }

    /**
     * The marks of a file's bytes admit every body in which the body's checks find something: for
     * every character but surrogates, a file with it in its body (and CRLF line ends) is marked
     * as holding a control character exactly when the check of its decoded body finds one; and
     * a body with the outline's placeholder is marked as holding it.
     */
    @Test
    void marks_ofEveryCharacter_sayWhatTheBodysChecksFind() throws Exception {
        SourceReader reader = new SourceReader();
        for (int c = 0; c <= 0xFFFF; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            String file = "---\r\ntitle: A\r\n---\r\nab" + (char) c + "cd\r\n";
            byte[] bytes = file.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            String body = reader.decode(bytes).substring("---\ntitle: A\n---\n".length());
            boolean found = ContentLoader.firstControlCharacter(body) >= 0;
            assertThat((ContentLoader.marks(bytes) & ContentLoader.CONTROL) != 0).as("U+%04X", c).isEqualTo(found);
        }
        byte[] outline = ("---\ntitle: A\n---\n" + BriefingScaffold.PLACEHOLDER + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ContentLoader.marks(outline)).isEqualTo(ContentLoader.PLACEHOLDER_START);
        byte[] cut = ("---\ntitle: A\n---\nThe news in one").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ContentLoader.marks(cut)).isEqualTo(ContentLoader.PLACEHOLDER_START);
        byte[] shorter = ("---\ntitle: A\n---\nThe new").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ContentLoader.marks(shorter)).isZero();
    }

    /** A body holding the outline's placeholder is warned of; one without it is not. */
    @Test
    void placeholder_isWarnedOf() throws IOException {
        SourceFile outline = write("2023/2023-01-01-a.md", "---\ntitle: A\n---\n\n" + BriefingScaffold.PLACEHOLDER + "\n");
        SourceFile written = write("2023/2023-01-02-b.md", "---\ntitle: B\n---\n\nThe news in one line.\n");
        ContentLoader loader = new ContentLoader(SiteTrees.fixtureConfig(site, site.resolve("out"), 1), new Slugs());
        Diagnostics diagnostics = new Diagnostics();
        loader.load(outline, diagnostics).orElseThrow();
        loader.load(written, diagnostics).orElseThrow();
        assertThat(diagnostics.sorted()).extracting(Object::toString).singleElement().asString()
                .startsWith("content/2023/2023-01-01-a.md:5:1: warning: still holds the placeholder");
    }

    /** A control character in a body is warned of at its line and column, and left out of the body. */
    @Test
    void controlCharacter_isWarnedOfAndLeftOut() throws IOException {
        SourceFile file = write("2023/2023-01-01-a.md", "---\ntitle: A\n---\n\nab\u0007c \u201cd\u201d\uffff.\n");
        ContentLoader loader = new ContentLoader(SiteTrees.fixtureConfig(site, site.resolve("out"), 1), new Slugs());
        Diagnostics diagnostics = new Diagnostics();
        SourceDocument document = loader.load(file, diagnostics).orElseThrow();
        assertThat(diagnostics.sorted()).extracting(Object::toString).singleElement().asString()
                .startsWith("content/2023/2023-01-01-a.md:5:3: warning: the control character U+0007");
        assertThat(loader.body(document)).isEqualTo("\nabc \u201cd\u201d.\n");
    }

    private SourceFile write(String path, String text) throws IOException {
        Path file = site.resolve("content").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return new SourceFile(path, file, "content/" + path, SourceFile.Kind.BRIEFING);
    }
}
