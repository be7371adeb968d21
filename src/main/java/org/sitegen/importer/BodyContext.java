package org.sitegen.importer;

import java.util.Optional;
import org.sitegen.diag.SourcePosition;

/**
 * What converting one body needs to know about the rest of the import: where its lines are,
 * where other posts went, and the report.
 */
interface BodyContext {
    /** The position of {@code offset} in the body being converted, as a source file position. */
    SourcePosition at(int offset);

    ImportReport report();

    /** A link from this file to the imported file of a Jekyll post named like "2010-07-21-name" (with or without .md). */
    Optional<String> linkToPost(String name);

    /** A link from this file to the imported file of a source path ("_posts/x.md", Hugo "blog/x.md", "/blog/x"). */
    Optional<String> linkToSource(String path);

    /** A front matter value of this file ({@code {{ page.image }}}), or null. */
    String pageValue(String key);

    /** Jekyll's {@code site.baseurl} ("" or "/blog"). */
    String baseurl();

    /** Jekyll's {@code site.url}, Hugo's baseURL, without trailing slash. */
    String siteUrl();

    /** Text kept as written ({@code {% raw %}}, a commented-out shortcode): its template syntax is meant to show. */
    void keptLiterally(String text);

    /** The text of a Jekyll include file that holds no Liquid of its own, or empty. */
    Optional<String> include(String name);
}
