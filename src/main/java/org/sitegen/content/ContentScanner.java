package org.sitegen.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sitegen.config.AssetPolicy;
import org.sitegen.config.SiteConfig;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;

/**
 * Lists the content folder in a fixed order (by path, whatever the file system returns).
 * Hidden files and folders are skipped, but for the host configuration files of {@link AssetPolicy};
 * symbolic links are not followed when they lead outside the content folder, so a link cannot
 * publish /etc/passwd; files that are neither Markdown nor of a type the asset policy publishes
 * are reported.
 */
public final class ContentScanner {
    private static final String PAGES_FOLDER = "pages/";
    /** Where the data files of people, countries, organisations and places are (see org.sitegen.entities). */
    public static final String ENTITIES_FOLDER = "entities/";

    public List<SourceFile> scan(SiteConfig config, Diagnostics diagnostics) {
        Path root = config.contentDir();
        if (!Files.isDirectory(root)) {
            diagnostics.error(SourcePosition.of(config.displayPath(root)), "content folder does not exist");
            return List.of();
        }
        List<SourceFile> files = new ArrayList<>();
        String rootShown = config.displayPath(root);
        String shownPrefix = rootShown.isEmpty() ? "" : rootShown + "/";
        try {
            // One walk with each entry's attributes as listed (links not followed): no stat per
            // file of our own; paths below the root are built name by name on the way down.
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                private final java.util.ArrayDeque<String> folders = new java.util.ArrayDeque<>(List.of(""));

                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (isHidden(dir) && !AssetPolicy.isHostPath(folders.peek() + dir.getFileName())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    folders.push(folders.peek() + dir.getFileName() + "/");
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    if (e != null) {
                        throw e;
                    }
                    if (!dir.equals(root)) {
                        folders.pop();
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String relative = folders.peek() + file.getFileName();
                    if ((!isHidden(file) || AssetPolicy.isHostPath(relative)) && !attrs.isDirectory()) {
                        accept(root, file, relative, shownPrefix + relative, attrs, config.assets(), files,
                                diagnostics);
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

    /**
     * @param relative the path below the content folder, names joined with '/' (on Linux a
     *                 backslash is part of a file name, not a separator)
     */
    private static void accept(Path root, Path file, String relative, String display, BasicFileAttributes attrs,
                               AssetPolicy policy, List<SourceFile> files, Diagnostics diagnostics) {
        if (attrs.isSymbolicLink()) {
            if (!SymbolicLinks.leadInside(root, file)) {
                diagnostics.error(SourcePosition.of(display), "symbolic link points outside the content folder; not followed");
                return;
            }
            if (!Files.isRegularFile(file)) {
                return;
            }
        } else if (!attrs.isRegularFile()) {
            return;
        }
        SourceFile.Kind kind = kindOf(relative);
        if (kind == SourceFile.Kind.ASSET) {
            String refusal = policy.refusal(relative);
            if (refusal != null) {
                diagnostics.error(SourcePosition.of(display), refusal);
                return;
            }
            // Published under its own path: a segment named like a device cannot be stored on Windows.
            for (String segment : relative.split("/")) {
                if (Slugs.isDeviceName(segment)) {
                    diagnostics.error(SourcePosition.of(display), "'" + segment
                            + "' is a reserved device name on Windows and cannot be published; rename it");
                    return;
                }
            }
        }
        files.add(new SourceFile(relative, file, display, kind, attrs.isSymbolicLink() ? null : attrs));
    }

    private static SourceFile.Kind kindOf(String relative) {
        String lower = relative.toLowerCase(Locale.ROOT);
        if (relative.startsWith(ENTITIES_FOLDER) && (lower.endsWith(".yaml") || lower.endsWith(".yml"))) {
            return SourceFile.Kind.ENTITIES;
        }
        if (!lower.endsWith(".md")) {
            return SourceFile.Kind.ASSET;
        }
        return relative.startsWith(PAGES_FOLDER) ? SourceFile.Kind.PAGE : SourceFile.Kind.BRIEFING;
    }

    /** A name starting with '.' (its folders were checked on the way down). */
    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
