package org.sitegen.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.sitegen.config.SiteConfig;
import org.sitegen.config.ThemeSettings;
import org.sitegen.content.FileStamp;
import org.sitegen.content.SymbolicLinks;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;

/**
 * The theme's files: its static files, the built-in theme's {@code assets/} (packaged in the
 * plugin jar) overridden file by file by the archive's own {@code templates/assets/}, published
 * under /assets/; and the names of its templates.
 */
public final class Theme {
    /** Where the built-in theme lives on the class path. */
    public static final String BUILT_IN = "/org/sitegen/theme";
    /** The folder of the theme's static files, in the theme and on the site. */
    static final String ASSETS = "assets";
    /** The theme's stylesheet. */
    static final String STYLE = "style.css";
    /**
     * The archive's additions to the theme's styles, linked after them on every page; the
     * built-in theme's is empty, so {@code templates/assets/custom.css} adds rules without
     * replacing any.
     */
    static final String CUSTOM = "custom.css";
    /**
     * An override smaller than this share of the built-in file it replaces is reported: most
     * likely written to change a few values (the colours) and dropping the rest by accident.
     */
    private static final int SHRUNK_BELOW_PERCENT = 25;

    private Theme() {
    }

    /**
     * Reports every symbolic link under the archive's templates folder that leads outside it (or
     * nowhere): such a link is never followed, since {@code templates/assets/} is published and a
     * contributor's link to {@code /proc/self/environ} would publish the build's environment.
     */
    public static void checkLinks(SiteConfig config, Diagnostics diagnostics) throws IOException {
        Path root = config.templatesDir();
        if (root == null || !Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> entries = Files.walk(root)) { // links are listed, not followed
            entries.filter(Files::isSymbolicLink).filter(link -> !SymbolicLinks.leadInside(root, link)).sorted()
                    .forEach(link -> diagnostics.error(SourcePosition.of(config.displayPath(link)),
                            "symbolic link points outside the templates folder; not followed"));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Reports what the theme settings and the archive's assets make of the theme, as warnings: an
     * override much smaller than the built-in asset it replaces (a {@code style.css} holding a few
     * colours leaves every page unstyled), a file in the place of the stylesheet written from the
     * settings, and a logo that is not a file of the site.
     */
    public static void checkAssets(SiteConfig config, Diagnostics diagnostics) throws IOException {
        Path own = config.templatesDir() == null ? null : config.templatesDir().resolve(ASSETS);
        if (own != null && Files.isDirectory(own) && SymbolicLinks.leadInside(config.templatesDir(), own)) {
            Map<String, Long> builtInSizes = new TreeMap<>();
            withBuiltIn(ASSETS, dir -> {
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        if (Files.isRegularFile(file)) {
                            builtInSizes.put(file.getFileName().toString(), Files.size(file));
                        }
                    }
                }
            });
            builtInSizes.forEach((name, builtIn) -> {
                Path file = own.resolve(name);
                // an own icon is rightly any size; a much smaller stylesheet or script is most likely an accident
                if (isOwnFile(own, file) && (name.endsWith(".css") || name.endsWith(".js"))) {
                    shrunk(config, file, name, builtIn, diagnostics);
                }
            });
            if (config.theme().hasStyles() && isOwnFile(own, own.resolve(ThemeSettings.STYLESHEET))) {
                diagnostics.warning(SourcePosition.of(config.displayPath(own.resolve(ThemeSettings.STYLESHEET))),
                        "not published: site-gen writes /assets/" + ThemeSettings.STYLESHEET
                                + " from the theme settings; rename this file and link it from a template, or "
                                + "put its rules in templates/assets/" + CUSTOM);
            }
        }
        String logo = config.theme().logo();
        if (!logo.isEmpty() && !isSiteFile(config, logo.substring(1))) {
            diagnostics.warning(SourcePosition.of(config.displayPath(config.projectDir().resolve("pom.xml"))),
                    "logo '" + logo.substring(1) + "' is not a file of the site; put it in templates/assets/ "
                            + "and set <logo>assets/NAME</logo>, or give its path below content/");
        }
    }

    private static void shrunk(SiteConfig config, Path file, String name, long builtIn, Diagnostics diagnostics) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            return; // unreadable: reading it for the site reports it
        }
        if (size * 100 >= builtIn * SHRUNK_BELOW_PERCENT) {
            return;
        }
        String advice = name.endsWith(".css")
                ? "so pages lose every style it does not repeat; to change a few values (the colours), put "
                        + "only those in templates/assets/" + CUSTOM + ", which is loaded after the theme's "
                        + "stylesheet and adds to it, and delete this file"
                : "and the theme's pages expect the whole file; start from a copy of the built-in one";
        diagnostics.warning(SourcePosition.of(config.displayPath(file)), "replaces the built-in assets/" + name
                + " (" + builtIn + " bytes) with " + size + (size == 1 ? " byte, " : " bytes, ") + advice);
    }

    /** Whether the site publishes a file at {@code path} (below the site's root): a theme asset or a content file. */
    private static boolean isSiteFile(SiteConfig config, String path) throws IOException {
        if (path.startsWith(ASSETS + "/")) {
            String below = path.substring(ASSETS.length() + 1);
            Path own = config.templatesDir() == null ? null : config.templatesDir().resolve(ASSETS);
            if (own != null && isOwnFile(own, own.resolve(below))) {
                return true;
            }
            boolean[] builtIn = {false};
            withBuiltIn(ASSETS, dir -> builtIn[0] = Files.isRegularFile(dir.resolve(below)));
            return builtIn[0];
        }
        return Files.isRegularFile(config.contentDir().resolve(path));
    }

    /**
     * The stylesheets every page links, site-absolute, in order: the theme's, the one written
     * from the settings (only when there are any), and the archive's additions.
     */
    public static List<String> stylesheets(ThemeSettings settings) {
        String root = "/" + ASSETS + "/";
        return settings.hasStyles() ? List.of(root + STYLE, root + ThemeSettings.STYLESHEET, root + CUSTOM)
                : List.of(root + STYLE, root + CUSTOM);
    }

    /**
     * Every asset, keyed by its path below assets/ ("style.css"), valued by its bytes, sorted;
     * with the stylesheet written from the theme settings, when there are any.
     */
    public static Map<String, byte[]> assets(SiteConfig config) throws IOException {
        Map<String, byte[]> assets = assets(config.templatesDir());
        if (config.theme().hasStyles()) {
            assets.put(ThemeSettings.STYLESHEET,
                    config.theme().css().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return assets;
    }

    /**
     * Every asset, keyed by its path below assets/ ("style.css"), valued by its bytes, sorted.
     */
    public static Map<String, byte[]> assets(Path templatesDir) throws IOException {
        Map<String, byte[]> assets = new TreeMap<>();
        readBuiltIn(assets);
        if (templatesDir != null && SymbolicLinks.leadInside(templatesDir, templatesDir.resolve(ASSETS))) {
            readTree(templatesDir.resolve(ASSETS), assets);
        }
        return assets;
    }

    /**
     * What each page kind's output depends on among the archive's own templates: its own
     * template ({@code briefing.ftlh}) and every file that is not another kind's template (the
     * layout, partials, assets). Editing {@code briefing.ftlh} thus changes only the briefing
     * pages' stamp; editing {@code layout.ftlh} changes all of them.
     *
     * @param byContent stamp each file by a fingerprint of its bytes instead of its size and time
     *                  (a stamp kept on disk between builds: an edit within the same clock tick counts)
     */
    static java.util.function.Function<String, String> stamps(Path templatesDir, java.util.Set<String> kinds,
                                                              boolean byContent) throws IOException {
        Map<String, String> own = new TreeMap<>();
        StringBuilder shared = new StringBuilder();
        if (templatesDir != null && Files.isDirectory(templatesDir)) {
            try (Stream<Path> files = Files.walk(templatesDir)) {
                for (Path file : (Iterable<Path>) files.filter(file -> isOwnFile(templatesDir, file)).sorted()::iterator) {
                    String name = templatesDir.relativize(file).toString().replace('\\', '/');
                    String stamp = name + ' ' + (byContent
                            ? new org.sitegen.store.Fingerprint().add(Files.readAllBytes(file)).hex()
                            : Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis()) + '\n';
                    String kind = name.endsWith(".ftlh") ? name.substring(0, name.length() - 5) : "";
                    if (kinds.contains(kind)) {
                        own.put(kind, stamp);
                    } else {
                        shared.append(stamp);
                    }
                }
            }
        }
        String common = shared.toString();
        return kind -> common + own.getOrDefault(kind, "");
    }

    /**
     * The names of every template of the theme (the built-in theme's and the archive's own
     * {@code *.ftlh}, as Freemarker names them: "briefing.ftlh", "partials/x.ftlh"), sorted.
     */
    static List<String> templateNames(Path templatesDir) throws IOException {
        Set<String> names = new TreeSet<>();
        withBuiltIn("", dir -> names.addAll(templatesIn(dir)));
        if (templatesDir != null && Files.isDirectory(templatesDir)) {
            names.addAll(templatesIn(templatesDir));
        }
        return List.copyOf(names);
    }

    private static List<String> templatesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(file -> file.toString().endsWith(".ftlh") && isOwnFile(dir, file))
                    .map(file -> dir.relativize(file).toString().replace('\\', '/'))
                    .filter(name -> !name.startsWith("."))
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static void readBuiltIn(Map<String, byte[]> into) throws IOException {
        withBuiltIn(ASSETS, dir -> readTree(dir, into));
    }

    @FunctionalInterface
    interface FolderAction {
        void accept(Path folder) throws IOException;
    }

    /** Runs {@code action} on the built-in theme's folder {@code sub} ("" for the whole theme), in the plugin jar or not. */
    private static void withBuiltIn(String sub, FolderAction action) throws IOException {
        URL url = Theme.class.getResource(sub.isEmpty() ? BUILT_IN : BUILT_IN + "/" + sub);
        if (url == null) {
            return;
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("bad theme location " + url, e);
        }
        withFolder(uri, action);
    }

    /**
     * Guards the jar's file system: a build reads the built-in theme on several threads at once
     * (the template names, the assets), and the one that opened it closed it under the others,
     * which failed the build with a ClosedFileSystemException now and then (found by the red team).
     */
    private static final Object JAR = new Object();

    /** Runs {@code action} on the folder at {@code uri}: a folder on disk, or one in a jar, opened for the call. */
    static void withFolder(URI uri, FolderAction action) throws IOException {
        if (!"jar".equals(uri.getScheme())) {
            action.accept(Path.of(uri));
            return;
        }
        synchronized (JAR) {
            FileSystem jar;
            boolean opened = false;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
                opened = true;
            } catch (FileSystemAlreadyExistsException e) {
                jar = FileSystems.getFileSystem(uri);
            }
            try {
                action.accept(jar.provider().getPath(uri));
            } finally {
                if (opened) {
                    jar.close();
                }
            }
        }
    }

    private static void readTree(Path dir, Map<String, byte[]> into) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.filter(file -> isOwnFile(dir, file)).sorted()::iterator) {
                String relative = dir.relativize(file).toString().replace('\\', '/');
                if (!relative.startsWith(".")) {
                    into.put(relative, Files.readAllBytes(file));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** A regular file of the folder, not one reached through a link that leaves it ({@link #checkLinks} reports those). */
    private static boolean isOwnFile(Path folder, Path file) {
        return Files.isRegularFile(file) && (!Files.isSymbolicLink(file) || SymbolicLinks.leadInside(folder, file));
    }
}
