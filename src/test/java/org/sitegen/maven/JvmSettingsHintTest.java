package org.sitegen.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JvmSettingsHintTest {
    /** The settings init writes and the README recommends, as the JVM lists them. */
    private static List<String> batchSettings() throws Exception {
        return Files.readAllLines(Path.of("bench/jvm.config")).stream().filter(l -> !l.isBlank()).toList();
    }

    @Test
    void largeArchive_jvmDefaults_oneLinePointingAtJvmConfigAndTheReadme() {
        assertThat(JvmSettingsHint.of(10_000, List.of("-Dmaven.home=/usr/share/maven", "-Xmx2g")))
                .hasValue("site-gen: 10,000 briefings built with the JVM's default settings; the batch settings in "
                        + ".mvn/jvm.config build an archive this size in about half the time (README, \"Large archives\")");
        assertThat(JvmSettingsHint.of(JvmSettingsHint.LARGE_ARCHIVE, List.of())).isPresent();
    }

    @Test
    void largeArchive_batchSettings_noHint() throws Exception {
        assertThat(JvmSettingsHint.of(100_000, batchSettings())).isEmpty();
    }

    @Test
    void smallArchiveOrNothingBuilt_noHint() {
        assertThat(JvmSettingsHint.of(JvmSettingsHint.LARGE_ARCHIVE - 1, List.of())).isEmpty();
        assertThat(JvmSettingsHint.of(0, List.of())).as("an up-to-date re-run builds nothing").isEmpty();
    }

    /** The hint looks for the setting the README's block starts with; if that block changes, so must the hint. */
    @Test
    void theSettingLookedFor_isOneOfTheBatchSettings() throws Exception {
        assertThat(batchSettings()).anyMatch(s -> s.startsWith(JvmSettingsHint.QUICK_JIT + "="));
    }
}
