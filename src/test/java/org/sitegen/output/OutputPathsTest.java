package org.sitegen.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitegen.diag.Diagnostic;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;

class OutputPathsTest {
    @TempDir
    Path temp;

    private final Diagnostics diagnostics = new Diagnostics();
    private final OutputPaths paths = new OutputPaths(diagnostics);
    private final OutputPaths.Source alias = OutputPaths.Source.alias("/2015/05/21/TockingTime/",
            SourcePosition.of("content/2015/2015-05-21-TockingTime.md", 4, 3));

    @Test
    void caseCopies_whereTheFileSystemIgnoresCase_areReportedAtTheAlias() {
        paths.caseCopies(List.of(alias), "site-output", true);
        assertThat(diagnostics.sorted()).extracting(Diagnostic::toString).containsExactly(
                "content/2015/2015-05-21-TockingTime.md:4:3: warning: the alias /2015/05/21/TockingTime/ of "
                        + "content/2015/2015-05-21-TockingTime.md:4 differs from its page's URL only in letter case, "
                        + "and the file system of site-output ignores case: the output holds one folder for both, so a "
                        + "host that matches URLs by case serves only one of them; build on a file system that keeps "
                        + "case (e.g. Linux) to publish both");
    }

    @Test
    void caseCopies_whereItKeepsCase_areNotReported() {
        paths.caseCopies(List.of(alias), "site-output", false);
        assertThat(diagnostics.sorted()).isEmpty();
    }

    /** This machine's temporary folder, by the same test the probe makes, and no probe left behind. */
    @Test
    void ignoresCase_answersAsTheFileSystemDoes() throws Exception {
        Path output = temp.resolve("out");
        Files.writeString(temp.resolve("probe"), "x");
        boolean expected = Files.exists(temp.resolve("PROBE"));
        Files.delete(temp.resolve("probe"));
        assertThat(OutputPaths.ignoresCase(output)).isEqualTo(expected);
        try (var left = Files.list(temp)) {
            assertThat(left).isEmpty();
        }
    }
}
