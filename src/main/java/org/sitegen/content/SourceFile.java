package org.sitegen.content;

import java.nio.file.Path;

/**
 * A file found under the content folder.
 *
 * @param relativePath path below the content folder with '/' separators, e.g. "2023/x.md"
 * @param file         the file on disk
 * @param displayPath  the path shown in messages, e.g. "content/2023/x.md"
 * @param kind         what the file is
 */
public record SourceFile(String relativePath, Path file, String displayPath, Kind kind) {

    /** What a content file becomes. */
    public enum Kind {
        /** a *.md outside pages/ */
        BRIEFING,
        /** a *.md under pages/ */
        PAGE,
        /** anything else: copied as is */
        ASSET
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
}
