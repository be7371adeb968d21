package org.sitegen.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sitegen.SiteConfig;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;

/**
 * Lists the content folder in a fixed order (by path, whatever the file system returns).
 * Hidden files and folders are skipped; symbolic links are not followed when they lead
 * outside the content folder, so a link cannot publish /etc/passwd.
 */
public final class ContentScanner {
    private static final String PAGES_FOLDER = "pages/";

    public List<SourceFile> scan(SiteConfig config, Diagnostics diagnostics) {
        Path root = config.contentDir();
        if (!Files.isDirectory(root)) {
            diagnostics.error(SourcePosition.of(config.displayPath(root)), "content folder does not exist");
            return List.of();
        }
        List<SourceFile> files = new ArrayList<>();
        try {
            // One walk with each entry's attributes as listed (links not followed): no stat per file of our own.
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!isHidden(file) && !attrs.isDirectory()) {
                        accept(config, root, file, attrs, files, diagnostics);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            diagnostics.error(SourcePosition.of(config.displayPath(root)), "cannot read content folder: " + e.getMessage());
        }
        files.sort(Comparator.comparing(SourceFile::relativePath));
        return files;
    }

    private static void accept(SiteConfig config, Path root, Path file, BasicFileAttributes attrs,
                               List<SourceFile> files, Diagnostics diagnostics) {
        String display = config.displayPath(file);
        if (attrs.isSymbolicLink()) {
            if (!linksInside(root, file)) {
                diagnostics.error(SourcePosition.of(display), "symbolic link points outside the content folder; not followed");
                return;
            }
            if (!Files.isRegularFile(file)) {
                return;
            }
        } else if (!attrs.isRegularFile()) {
            return;
        }
        // Joined by name, not by replacing '\\': on Linux a backslash is part of a file name, not a separator.
        String relative = String.join("/", java.util.stream.StreamSupport
                .stream(root.relativize(file).spliterator(), false).map(Path::toString).toList());
        SourceFile.Kind kind = kindOf(relative);
        if (kind == SourceFile.Kind.ASSET) {
            // Published under its own path: a segment named like a device cannot be stored on Windows.
            for (String segment : relative.split("/")) {
                if (Slugs.isDeviceName(segment)) {
                    diagnostics.error(SourcePosition.of(display), "'" + segment
                            + "' is a reserved device name on Windows and cannot be published; rename it");
                    return;
                }
            }
        }
        files.add(new SourceFile(relative, file, display, kind));
    }

    private static SourceFile.Kind kindOf(String relative) {
        if (!relative.toLowerCase(Locale.ROOT).endsWith(".md")) {
            return SourceFile.Kind.ASSET;
        }
        return relative.startsWith(PAGES_FOLDER) ? SourceFile.Kind.PAGE : SourceFile.Kind.BRIEFING;
    }

    private static boolean linksInside(Path root, Path link) {
        try {
            return link.toRealPath().startsWith(root.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /** A name starting with '.' (its folders were checked on the way down). */
    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
