package org.sitegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the fixture archive in src/test/resources/sites/basic and compares the whole output
 * tree, file by file, with sites/basic/expected. After an intended change, regenerate with
 * {@code mvn test -Dtest=GoldenSiteTest -Dgolden.update=true} and review the diff.
 */
class GoldenSiteTest {
    private static final Path SITE = Path.of("src/test/resources/sites/basic");
    private static final Path EXPECTED = SITE.resolve("expected");

    @TempDir
    Path temp;

    @Test
    void build_basicFixture_matchesExpectedTreeFileByFile() throws Exception {
        Path output = temp.resolve("site-output");
        BuildReport report = new SiteGenerator().build(SiteTrees.fixtureConfig(SITE, output, 2));

        if (Boolean.getBoolean("golden.update")) {
            replaceExpected(output);
        }
        Map<String, byte[]> actual = SiteTrees.read(output);
        Map<String, byte[]> expected = SiteTrees.read(EXPECTED);
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        for (String path : expected.keySet()) {
            assertThat(new String(actual.get(path), StandardCharsets.UTF_8))
                    .as("content of %s", path)
                    .isEqualTo(new String(expected.get(path), StandardCharsets.UTF_8));
        }
        assertThat(report.warnings()).extracting(Object::toString).containsExactly(
                "content/2023/2023-02-19-zurich-talks.md:4:28: warning: "
                        + "'united-states' in 'tags' is merged with 'United States' (both are /tags/united-states/)");
    }

    private static void replaceExpected(Path output) throws IOException {
        if (Files.exists(EXPECTED)) {
            org.sitegen.output.SiteWriterTestAccess.deleteTree(EXPECTED);
        }
        Files.createDirectories(EXPECTED);
        for (Map.Entry<String, byte[]> file : SiteTrees.read(output).entrySet()) {
            Path target = EXPECTED.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }
}
