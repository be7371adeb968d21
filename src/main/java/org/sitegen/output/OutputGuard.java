package org.sitegen.output;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sitegen.config.SiteConfig;

/**
 * Refuses output settings that would make a build replace what it is built from: an output
 * folder that is, or contains, the project, content/, templates/ or src/, or lies inside
 * content/ or templates/ (it would be read back as content on the next build).
 */
public final class OutputGuard {
    private OutputGuard() {
    }

    /** A message naming the clash, or null when the output folder is safe. */
    public static String clash(SiteConfig config) {
        Path output = real(config.outputDir());
        Map<String, Path> precious = new LinkedHashMap<>();
        precious.put("the project folder", config.projectDir());
        precious.put("the content folder", config.contentDir());
        precious.put("the templates folder", config.templatesDir());
        precious.put("src/", config.projectDir().resolve("src"));
        for (Map.Entry<String, Path> entry : precious.entrySet()) {
            Path folder = real(entry.getValue());
            if (folder.startsWith(output)) {
                return "outputDirectory " + (folder.equals(output) ? "is " : "contains ") + entry.getKey()
                        + "; a build replaces its output folder as a whole, so choose a folder of its own "
                        + "(default: site-output)";
            }
        }
        for (Path source : new Path[] {config.contentDir(), config.templatesDir()}) {
            if (output.startsWith(real(source))) {
                return "outputDirectory is inside " + source.getFileName()
                        + "/; its pages would be read back as content; choose a folder outside it";
            }
        }
        return null;
    }

    private static Path real(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
