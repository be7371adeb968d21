package org.sitegen.content;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The rule for symbolic links under {@code content/} and {@code templates/}: one is followed only
 * when its target, with every link on the way resolved, lies inside the same folder. A link to
 * {@code /proc/self/environ} or {@code .git/config} would otherwise publish the build's secrets.
 */
public final class SymbolicLinks {
    private SymbolicLinks() {
    }

    /** Whether {@code link} resolves to a file or folder inside {@code folder} (false when it is broken). */
    public static boolean leadInside(Path folder, Path link) {
        try {
            return link.toRealPath().startsWith(folder.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }
}
