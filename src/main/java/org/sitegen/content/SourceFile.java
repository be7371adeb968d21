package org.sitegen.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * A file found under the content folder.
 *
 * @param relativePath path below the content folder with '/' separators, e.g. "2023/x.md"
 * @param file         the file on disk
 * @param displayPath  the path shown in messages, e.g. "content/2023/x.md"
 * @param kind         what the file is
 * @param listed       its attributes as the scan listed them (null: not listed), so that a build
 *                     compares them with the last build's without a stat of its own
 */
public record SourceFile(String relativePath, Path file, String displayPath, Kind kind,
                         BasicFileAttributes listed) {

    public SourceFile(String relativePath, Path file, String displayPath, Kind kind) {
        this(relativePath, file, displayPath, kind, null);
    }

    /**
     * The relative path's hash, which equal files share: a record's generated hashCode hashes
     * every component through method handles, slow under the quick JIT (bodies are kept in a map
     * by file between loading and rendering).
     */
    @Override
    public int hashCode() {
        return relativePath.hashCode();
    }

    /** The file's attributes as the scan listed them, else (a link, say) as they are now. */
    public BasicFileAttributes attributes() throws IOException {
        return listed != null ? listed : Files.readAttributes(file, BasicFileAttributes.class);
    }

    /** What a content file becomes. */
    public enum Kind {
        /** a *.md outside pages/ */
        BRIEFING,
        /** a *.md under pages/ */
        PAGE,
        /** anything else: copied as is */
        ASSET,
        /** a *.yaml or *.yml under entities/: read (people, countries...), never published */
        ENTITIES;

        /** Whether files of this kind are Markdown with front matter. */
        public boolean isMarkdown() {
            return this == BRIEFING || this == PAGE;
        }
    }

    /** The file name without folders. */
    public String fileName() {
        int slash = relativePath.lastIndexOf('/');
        return relativePath.substring(slash + 1);
    }

    /** The folder below the content folder, "" at the top, else ending in '/'. */
    public String folder() {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? "" : relativePath.substring(0, slash + 1);
    }

    /**
     * A path below the content folder with "." and ".." resolved: "entities/../2023/x.png" →
     * "2023/x.png"; null when it leaves the content folder.
     */
    public static String normalise(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.remove(parts.size() - 1);
            } else {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }
}
