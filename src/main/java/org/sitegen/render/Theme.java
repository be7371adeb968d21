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
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The theme's static files: the built-in theme's {@code assets/} (packaged in the plugin jar),
 * overridden file by file by the archive's own {@code templates/assets/}. Published under /assets/.
 */
public final class Theme {
    /** Where the built-in theme lives on the class path. */
    public static final String BUILT_IN = "/org/sitegen/theme";
    private static final String ASSETS = "assets";

    private Theme() {
    }

    /**
     * Every asset, keyed by its path below assets/ ("style.css"), valued by its bytes, sorted.
     */
    public static Map<String, byte[]> assets(Path templatesDir) throws IOException {
        Map<String, byte[]> assets = new TreeMap<>();
        readBuiltIn(assets);
        if (templatesDir != null) {
            readTree(templatesDir.resolve(ASSETS), assets);
        }
        return assets;
    }

    /**
     * What each page kind's output depends on among the archive's own templates: its own
     * template ({@code briefing.ftlh}) and every file that is not another kind's template (the
     * layout, partials, assets). Editing {@code briefing.ftlh} thus changes only the briefing
     * pages' stamp; editing {@code layout.ftlh} changes all of them.
     */
    static java.util.function.Function<String, String> stamps(Path templatesDir, java.util.Set<String> kinds)
            throws IOException {
        Map<String, String> own = new TreeMap<>();
        StringBuilder shared = new StringBuilder();
        if (templatesDir != null && Files.isDirectory(templatesDir)) {
            try (Stream<Path> files = Files.walk(templatesDir)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                    String name = templatesDir.relativize(file).toString().replace('\\', '/');
                    String stamp = name + ' ' + Files.size(file) + ' ' + Files.getLastModifiedTime(file).toMillis() + '\n';
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

    private static void readBuiltIn(Map<String, byte[]> into) throws IOException {
        URL url = Theme.class.getResource(BUILT_IN + "/" + ASSETS);
        if (url == null) {
            return;
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IOException("bad theme location " + url, e);
        }
        if (!"jar".equals(uri.getScheme())) {
            readTree(Path.of(uri), into);
            return;
        }
        FileSystem jar;
        boolean opened = false;
        try {
            jar = FileSystems.newFileSystem(uri, Map.of());
            opened = true;
        } catch (FileSystemAlreadyExistsException e) {
            jar = FileSystems.getFileSystem(uri);
        }
        try {
            readTree(jar.provider().getPath(uri), into);
        } finally {
            if (opened) {
                jar.close();
            }
        }
    }

    private static void readTree(Path dir, Map<String, byte[]> into) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                String relative = dir.relativize(file).toString().replace('\\', '/');
                if (!relative.startsWith(".")) {
                    into.put(relative, Files.readAllBytes(file));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
