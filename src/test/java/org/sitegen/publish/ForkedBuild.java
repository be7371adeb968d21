package org.sitegen.publish;

import java.nio.file.Path;
import org.sitegen.SiteConfig;
import org.sitegen.SiteGenerator;

/** A build in its own JVM, so a test can kill it at any moment: {@code ForkedBuild PROJECT_DIR}. */
public final class ForkedBuild {
    private ForkedBuild() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        SiteConfig config = SiteConfig.defaults(project).withThreads(2);
        System.out.println(new SiteGenerator().build(config).summary());
    }
}
