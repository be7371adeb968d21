package org.sitegen.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the browser tests look for Chromium and its driver on a developer's machine and a stock CI runner. */
class ChromiumBinariesTest {
    @TempDir
    Path temp;

    private Path executable(String path) throws Exception {
        Path file = temp.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    @Test
    void systemPropertiesWinOverTheEnvironment() throws Exception {
        Path browser = executable("a/chrome");
        Path driver = executable("a/driver");
        ChromiumBinaries found = ChromiumBinaries.find(
                Map.of("sitegen.chromium", browser.toString(), "sitegen.chromedriver", driver.toString()),
                Map.of("SITEGEN_CHROMIUM", executable("b/chrome").toString(),
                        "SITEGEN_CHROMEDRIVER", executable("b/driver").toString()));
        assertThat(found.browser).isEqualTo(browser);
        assertThat(found.driver).isEqualTo(driver);
    }

    @Test
    void environmentVariablesNameThem() throws Exception {
        Path browser = executable("b/chrome");
        Path driver = executable("b/driver");
        ChromiumBinaries found = ChromiumBinaries.find(Map.of(),
                Map.of("SITEGEN_CHROMIUM", browser.toString(), "SITEGEN_CHROMEDRIVER", driver.toString()));
        assertThat(found.browser).isEqualTo(browser);
        assertThat(found.driver).isEqualTo(driver);
    }

    @Test
    void aWrongExplicitPathFailsInsteadOfFallingBack() throws Exception {
        Path onPath = executable("bin/chromium");
        executable("bin/chromedriver");
        assertThatThrownBy(() -> ChromiumBinaries.find(Map.of("sitegen.chromium", temp.resolve("nowhere").toString()),
                Map.of("PATH", onPath.getParent().toString())))
                .hasMessageContaining("no browser at [" + temp.resolve("nowhere") + "]")
                .hasMessageContaining("-Dsitegen.chromium=PATH")
                .hasMessageContaining("-DexcludedGroups=browser");
    }

    @Test
    void theRunnersDriverFolderAndThePathAreSearched() throws Exception {
        Path driver = executable("runner/chromedriver-linux64/chromedriver");
        Path browser = executable("tools/google-chrome");
        ChromiumBinaries found = ChromiumBinaries.find(Map.of(), Map.of(
                "CHROMEWEBDRIVER", driver.getParent().toString(),
                "PATH", temp.resolve("empty") + java.io.File.pathSeparator + browser.getParent()));
        assertThat(found.driver).isEqualTo(driver);
        // /usr/bin comes before the PATH, so on a machine with Debian's chromium that one is taken.
        assertThat(found.browser).isIn(browser, Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"),
                Path.of("/usr/bin/google-chrome"), Path.of("/usr/bin/google-chrome-stable"));
    }
}
