package org.sitegen.pipeline;

import java.io.IOException;
import java.util.List;
import org.sitegen.config.SiteConfig;
import org.sitegen.content.ContentScanner;
import org.sitegen.content.SourceFile;
import org.sitegen.diag.Diagnostics;
import org.sitegen.render.Theme;

/** Stage 1, scan: lists content/ and checks the theme's links (before anything reads templates/). */
final class Scan {
    private Scan() {
    }

    static Scanned run(SiteConfig config, Diagnostics diagnostics) throws IOException {
        List<SourceFile> files = new ContentScanner().scan(config, diagnostics);
        Theme.checkLinks(config, diagnostics); // before the up-to-date check reads templates/
        return new Scanned(files);
    }
}
