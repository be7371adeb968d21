package org.sitegen.pipeline;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.sitegen.content.SourceFile;

/** What the scan stage found in content/: every file, by kind. */
record Scanned(List<SourceFile> files) {
    List<SourceFile> assets() {
        return files.stream().filter(f -> f.kind() == SourceFile.Kind.ASSET).toList();
    }

    Set<String> assetPaths() {
        return assets().stream().map(SourceFile::relativePath).collect(Collectors.toUnmodifiableSet());
    }

    List<SourceFile> entityFiles() {
        return files.stream().filter(f -> f.kind() == SourceFile.Kind.ENTITIES).toList();
    }

    List<String> markdownPaths() {
        return files.stream().filter(f -> f.kind().isMarkdown()).map(SourceFile::relativePath).toList();
    }
}
