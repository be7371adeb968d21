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

    private SourceFile write(String path, String text) throws IOException {
        Path file = site.resolve("content").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return new SourceFile(path, file, "content/" + path, SourceFile.Kind.BRIEFING);
    }
}
