package org.sitegen.publish;

import org.sitegen.config.IncrementalMode;
import java.nio.file.Path;
import org.sitegen.SiteGenerator;
import org.sitegen.config.SiteConfig;

/**
 * A build in its own JVM, so a test can kill it at any moment: {@code ForkedBuild PROJECT_DIR
 * [STATE_FILE]}; with a state file it records and checks its build state as {@code mvn
 * site-gen:build} does (target/site-gen/build-state).
 */
public final class ForkedBuild {
    private ForkedBuild() {
    }

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        SiteConfig config = SiteConfig.defaults(project).toBuilder().threads(2)
                .incremental(args.length > 1 ? IncrementalMode.recorded(Path.of(args[1])) : IncrementalMode.none()).build();
        System.out.println(new SiteGenerator().build(config).summary());
    }
}
