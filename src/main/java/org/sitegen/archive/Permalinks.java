package org.sitegen.archive;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitegen.content.SourceDocument;
import org.sitegen.content.SourceFile;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;

/**
 * Decides every briefing's and page's URL before any body is rendered (links between them
 * need it): briefings at /yyyy/mm/dd/slug/ (date in the site zone), pages at /slug/. Two
 * files that want one URL are both reported, and so is a page that would hide a generated one.
 */
public final class Permalinks {
    private static final Set<String> RESERVED = Set.of("archive", "page", "assets");

    private Permalinks() {
    }

    /** Site path per content path, in input order; collisions are reported and left out. */
    public static Map<String, String> plan(List<SourceDocument> documents, List<String> taxonomies,
                                           Diagnostics diagnostics) {
        return plan(documents, taxonomies, document -> "", diagnostics);
    }

    /**
     * {@link #plan}, each file's URL under the folder {@code prefixOf} gives it ("/fr", or "" for
     * the root): the folder of its language in a multilingual archive.
     */
    public static Map<String, String> plan(List<SourceDocument> documents, List<String> taxonomies,
                                           java.util.function.Function<SourceDocument, String> prefixOf,
                                           Diagnostics diagnostics) {
        // sized once for every file, not grown step by step
        Map<String, String> urls = new LinkedHashMap<>(documents.size() * 4 / 3 + 1);
        // Case-insensitive key: "Iran" and "iran" would be one folder on macOS and Windows.
        Map<String, SourceDocument> owners = new HashMap<>(documents.size() * 4 / 3 + 1);
        for (SourceDocument document : documents) {
            String prefix = prefixOf.apply(document);
            String url = prefix.isEmpty() ? urlOf(document) : prefix + urlOf(document);
            if (document.file().kind() == SourceFile.Kind.PAGE && isReserved(document.slug(), taxonomies)) {
                diagnostics.error(urlAt(document),
                        "page URL " + url + " is reserved for generated pages; choose another 'slug'");
                continue;
            }
            SourceDocument owner = owners.putIfAbsent(url.toLowerCase(Locale.ROOT), document);
            if (owner != null) {
                collision(url, owner, document, diagnostics);
                continue;
            }
            urls.put(document.file().relativePath(), url);
        }
        return urls;
    }

    static String urlOf(SourceDocument document) {
        if (document.file().kind() == SourceFile.Kind.PAGE) {
            return "/" + document.slug() + "/";
        }
        ZonedDateTime at = document.frontMatter().date().at();
        return DatePaths.dayPrefix(at.getYear(), at.getMonthValue(), at.getDayOfMonth()).append(document.slug())
                .append('/').toString();
    }

    private static boolean isReserved(String slug, List<String> taxonomies) {
        return RESERVED.contains(slug) || taxonomies.contains(slug) || slug.matches("\\d{4}");
    }

    private static void collision(String url, SourceDocument first, SourceDocument second, Diagnostics diagnostics) {
        String a = first.file().displayPath();
        String b = second.file().displayPath();
        diagnostics.error(urlAt(second), "URL " + url + " is also produced by " + a + "; set a different 'slug'");
        diagnostics.error(urlAt(first), "URL " + url + " is also produced by " + b + "; set a different 'slug'");
    }

    /** Where a file's URL is decided: its 'slug' or 'date' line, else the file (its name decides). */
    public static SourcePosition urlAt(SourceDocument document) {
        SourcePosition at = document.frontMatter().urlAt();
        return at != null ? at : SourcePosition.of(document.file().displayPath());
    }
}
