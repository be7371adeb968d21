package org.sitegen.content;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;

/**
 * Reads a content file that is all YAML (the entity files under content/entities/) into
 * {@link YamlNode}s with file positions, under the same safe loader and limits as front matter:
 * strict UTF-8, no aliases, no custom tags, bounded size and depth. Its problems are reported
 * at their line and column; the file is then left out.
 */
public final class YamlDataFile {
    private final SourceReader reader = new SourceReader();
    private final YamlTreeReader yaml = new YamlTreeReader();

    /** The file's top-level value (a list, a mapping or a scalar), or empty when it cannot be read. */
    public Optional<YamlNode> read(SourceFile file, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file.file());
        } catch (IOException e) {
            diagnostics.error(SourcePosition.of(file.displayPath()), ContentLoader.cannotRead(e));
            return Optional.empty();
        }
        Optional<String> decoded = reader.decode(file, bytes, diagnostics);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        String text = decoded.get();
        try {
            return Optional.of(yaml.readAny(text, 1));
        } catch (YamlTreeReader.YamlProblem problem) {
            // the loader's words are about front matter; here the whole file is YAML
            diagnostics.error(SourcePosition.of(file.displayPath(), problem.line, problem.column),
                    problem.getMessage().replace("front matter", "the file"));
            return Optional.empty();
        }
    }
}
