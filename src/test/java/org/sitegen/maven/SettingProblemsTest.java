package org.sitegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingProblemsTest {

    @Test
    void aSettingWrittenInThePomIsReportedAtItsElement_oneGivenOtherwiseAtThePom(@TempDir Path dir) throws Exception {
        Path pom = Files.writeString(dir.resolve("pom.xml"), """
                <project>
                  <build><plugins><plugin>
                    <configuration>
                      <siteTitle>Desk</siteTitle>
                        <accentColor>#0a5c3g</accentColor>
                    </configuration>
                  </plugin></plugins></build>
                </project>
                """);
        SettingProblems problems = new SettingProblems(pom, "pom.xml");
        problems.add("accentColor '#0a5c3g' is not a CSS colour");
        problems.add("timeZone", "timeZone 'Mars/Base' is not a time zone (e.g. UTC, Europe/Berlin)");
        problems.add("taxonomyNames: 'tags' is not key=Name\u0007");
        assertThat(problems.lines()).containsExactly(
                "pom.xml:5:9: error: accentColor '#0a5c3g' is not a CSS colour",
                "pom.xml: error: timeZone 'Mars/Base' is not a time zone (e.g. UTC, Europe/Berlin)",
                "pom.xml: error: taxonomyNames: 'tags' is not key=NameU+0007");
    }

    @Test
    void withoutAPom_theMessagesNameIt(@TempDir Path dir) {
        SettingProblems problems = new SettingProblems(dir.resolve("pom.xml"), "pom.xml");
        assertThat(problems.isEmpty()).isTrue();
        problems.add("pageSize", "pageSize must be at least 1, not 0");
        assertThat(problems.lines()).containsExactly("pom.xml: error: pageSize must be at least 1, not 0");
    }
}
