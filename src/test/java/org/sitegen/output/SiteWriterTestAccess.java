package org.sitegen.output;

import java.io.IOException;
import java.nio.file.Path;

/** Lets tests in other packages reuse the writer's tree deletion. */
public final class SiteWriterTestAccess {
    private SiteWriterTestAccess() {
    }

    public static void deleteTree(Path root) throws IOException {
        SiteWriter.deleteTree(root);
    }
}
