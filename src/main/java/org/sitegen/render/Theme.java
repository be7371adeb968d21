package org.sitegen.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
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
            for (BuiltInFile file : builtIn(ASSETS + "/")) {
                if (file.name().indexOf('/') < 0) {
                    builtInSizes.put(file.name(), file.size());
                }
            }
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
            String inTheme = inTheme(ASSETS + "/" + below);
            for (BuiltInFile file : builtIn("")) {
                if (file.name().equals(inTheme)) {
                    return true;
                }
            }
            return false;
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
        for (BuiltInFile file : builtIn("")) {
            if (file.name().endsWith(".ftlh") && !file.name().startsWith(".")) {
                names.add(file.name());
            }
        }
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
        for (BuiltInFile file : builtIn(ASSETS + "/")) {
            if (!file.name().startsWith(".")) {
                into.put(file.name(), file.bytes());
            }
        }
    }

    /**
     * A file of the built-in theme: its name below the folder asked for ("style.css" below
     * "assets/"), its size, and where it is (a file, or an entry of the plugin jar).
     */
    record BuiltInFile(String name, long size, Path file, Path jar, String entry) {
        byte[] bytes() throws IOException {
            if (file != null) {
                return Files.readAllBytes(file);
            }
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
                java.util.zip.ZipEntry found = zip.getEntry(entry);
                if (found == null) {
                    throw new java.nio.file.NoSuchFileException(jar + "!/" + entry);
                }
                try (java.io.InputStream in = zip.getInputStream(found)) {
                    return in.readAllBytes();
                }
            }
        }

        BuiltInFile below(String folder) {
            return new BuiltInFile(name.substring(folder.length()), size, file, jar, entry);
        }
    }

    /** The built-in theme's files, by name below it; read once (the jar is the one the classes came from). */
    private static volatile List<BuiltInFile> builtInJar;

    /**
     * The built-in theme's regular files below {@code folder} ("" for all, else ending with '/'),
     * by name, in the plugin jar or not. In the jar they are listed from its central directory,
     * which the class loader has read already ({@link #inJar}): a zip file system read and
     * indexed the whole jar again at each use (docs/performance.md, eighteenth session, newcpu).
     */
    private static List<BuiltInFile> builtIn(String folder) throws IOException {
        List<BuiltInFile> all = builtInJar;
        if (all == null) {
            URL url = Theme.class.getResource(BUILT_IN);
            if (url == null) {
                return List.of();
            }
            URI uri;
            try {
                uri = url.toURI();
            } catch (URISyntaxException e) {
                throw new IOException("bad theme location " + url, e);
            }
            if (!"jar".equals(uri.getScheme())) {
                return below(inFolder(Path.of(uri)), folder);
            }
            String location = uri.getRawSchemeSpecificPart();
            int separator = location.indexOf("!/");
            if (separator < 0) {
                throw new IOException("bad theme location " + url);
            }
            all = inJar(Path.of(URI.create(location.substring(0, separator))), BUILT_IN.substring(1) + "/");
            builtInJar = all;
        }
        return below(all, folder);
    }

    private static List<BuiltInFile> below(List<BuiltInFile> all, String folder) {
        if (folder.isEmpty()) {
            return all;
        }
        List<BuiltInFile> below = new java.util.ArrayList<>();
        for (BuiltInFile file : all) {
            if (file.name().startsWith(folder)) {
                below.add(file.below(folder));
            }
        }
        return below;
    }

    /** The files of the theme's folder in the jar {@code jar} ({@code prefix}: "org/sitegen/theme/"), by name below it. */
    static List<BuiltInFile> inJar(Path jar, String prefix) throws IOException {
        List<BuiltInFile> files = new java.util.ArrayList<>();
        // the class loader's own open jar: its central directory is read already, and shared
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            for (var entries = zip.entries(); entries.hasMoreElements();) {
                java.util.zip.ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (name.startsWith(prefix) && !entry.isDirectory() && name.length() > prefix.length()) {
                    files.add(new BuiltInFile(name.substring(prefix.length()), entry.getSize(), null, jar, name));
                }
            }
        }
        files.sort(java.util.Comparator.comparing(BuiltInFile::name));
        return List.copyOf(files);
    }

    /** The regular files below {@code dir} (the theme run from a classes folder: the tests). */
    private static List<BuiltInFile> inFolder(Path dir) throws IOException {
        List<BuiltInFile> files = new java.util.ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) walk.filter(file -> isOwnFile(dir, file))::iterator) {
                files.add(new BuiltInFile(dir.relativize(file).toString().replace('\\', '/'), Files.size(file), file,
                        null, null));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        files.sort(java.util.Comparator.comparing(BuiltInFile::name));
        return files;
    }

    /** {@code path} below the theme's folder with "." and ".." undone, as a file system would; null when it leaves the folder. */
    static String inTheme(String path) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
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
