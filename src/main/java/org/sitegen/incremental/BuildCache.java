package org.sitegen.incremental;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sitegen.archive.Entry;
import org.sitegen.content.SourceDocument;
import org.sitegen.diag.Diagnostic;
import org.sitegen.markdown.LinkTargets;
import org.sitegen.render.RenderMemo;

/**
 * What {@code site-gen:serve} keeps in memory between rebuilds, so that an edit re-parses only
 * the files that changed and re-renders only the pages whose data changed. Each cached result
 * keeps the problems it reported, so a rebuild reports exactly what a full build would.
 */
public final class BuildCache {
    /** A file's front matter, valid while its {@link FileStamp} is the same. */
    record Loaded(FileStamp stamp, SourceDocument document, List<Diagnostic> problems) {
    }

    /** A rendered body, valid for the same document and URL while the link targets stay the same. */
    record Rendered(SourceDocument document, String url, Entry entry, List<Diagnostic> problems) {
    }

    final Map<String, Loaded> loaded = new ConcurrentHashMap<>();
    final Map<String, Rendered> rendered = new ConcurrentHashMap<>();
    final RenderMemo pages = new RenderMemo();
    /** The link targets of the last build. */
    volatile LinkTargets lastTargets;
    /** The files the last successful build left in the output folder. */
    volatile java.util.Set<String> lastProduced;
}
