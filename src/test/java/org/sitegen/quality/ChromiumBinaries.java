package org.sitegen.quality;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the browser tests find Chromium and its driver: the system property, else the environment
 * variable, else the places Debian/Ubuntu packages and the stock GitHub Actions Ubuntu runner put
 * them (the runner names its driver's folder in CHROMEWEBDRIVER), else the PATH. Nothing is
 * downloaded: a machine without them fails the tests with every place that was looked at.
 */
final class ChromiumBinaries {
    static final String BROWSER_PROPERTY = "sitegen.chromium";
    static final String DRIVER_PROPERTY = "sitegen.chromedriver";
    static final String BROWSER_VARIABLE = "SITEGEN_CHROMIUM";
    static final String DRIVER_VARIABLE = "SITEGEN_CHROMEDRIVER";

    private static final List<String> BROWSER_NAMES = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable");

    final Path browser;
    final Path driver;

    private ChromiumBinaries(Path browser, Path driver) {
        this.browser = browser;
        this.driver = driver;
    }

    /** The binaries of this machine, or an error listing where they were looked for and how to name them. */
    static ChromiumBinaries find() {
        return find(System.getProperties().entrySet().stream().collect(java.util.stream.Collectors.toMap(
                e -> String.valueOf(e.getKey()), e -> String.valueOf(e.getValue()))), System.getenv());
    }

    static ChromiumBinaries find(Map<String, String> properties, Map<String, String> environment) {
        List<Path> browsers = candidates(properties.get(BROWSER_PROPERTY), environment.get(BROWSER_VARIABLE),
                List.of(), BROWSER_NAMES, environment);
        String runnerDriverFolder = environment.get("CHROMEWEBDRIVER");
        List<Path> drivers = candidates(properties.get(DRIVER_PROPERTY), environment.get(DRIVER_VARIABLE),
                runnerDriverFolder == null ? List.of() : List.of(Path.of(runnerDriverFolder, "chromedriver")),
                List.of("chromedriver"), environment);
        Optional<Path> browser = browsers.stream().filter(Files::isExecutable).findFirst();
        Optional<Path> driver = drivers.stream().filter(Files::isExecutable).findFirst();
        if (browser.isEmpty() || driver.isEmpty()) {
            throw new IllegalStateException("the browser tests need Chromium (or Chrome) and its chromedriver;"
                    + (browser.isEmpty() ? " no browser at " + browsers + ";" : "")
                    + (driver.isEmpty() ? " no driver at " + drivers + ";" : "")
                    + " install them (Debian/Ubuntu: apt-get install -y chromium chromium-driver), or name them with -D"
                    + BROWSER_PROPERTY + "=PATH -D" + DRIVER_PROPERTY + "=PATH (or " + BROWSER_VARIABLE + ", "
                    + DRIVER_VARIABLE + "), or leave the browser tests out with -DexcludedGroups=browser");
        }
        return new ChromiumBinaries(browser.get(), driver.get());
    }

    /**
     * An explicit setting is the only candidate (a wrong one must not be papered over by a
     * lucky find); otherwise the runner's folder, /usr/bin, then each folder of the PATH.
     */
    private static List<Path> candidates(String property, String variable, List<Path> runner, List<String> names,
            Map<String, String> environment) {
        if (property != null && !property.isBlank()) {
            return List.of(Path.of(property));
        }
        if (variable != null && !variable.isBlank()) {
            return List.of(Path.of(variable));
        }
        Set<Path> places = new LinkedHashSet<>(runner);
        List<String> folders = new ArrayList<>(List.of("/usr/bin"));
        String path = environment.get("PATH");
        if (path != null) {
            folders.addAll(List.of(path.split(File.pathSeparator)));
        }
        for (String folder : folders) {
            if (!folder.isEmpty()) {
                names.forEach(name -> places.add(Path.of(folder, name)));
            }
        }
        return List.copyOf(places);
    }
}
