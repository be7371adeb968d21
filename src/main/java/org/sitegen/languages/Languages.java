package org.sitegen.languages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitegen.content.SourceDocument;
import org.sitegen.content.SourceFile;
import org.sitegen.content.StoryLink;
import org.sitegen.content.Translation;
import org.sitegen.diag.Diagnostics;

/**
 * The languages of an archive and the translations between its files. Every file is in the
 * site's language unless it says {@code lang:}; an archive is multilingual once a published file
 * is in another language. Each language is then a site of its own under {@code /LANG/} (the
 * site's language at the root, unless {@code defaultLanguageAtRoot} is off), and files that share
 * a {@code translationKey:}, or name each other in {@code translations:}, are one text in several
 * languages. Problems are reported at their line: a {@code translations:} path that names no
 * file, two files of one language claiming one text, a key no other file shares (a warning).
 */
public final class Languages {
    private final String siteLanguage;
    private final boolean defaultAtRoot;
    private final List<String> all; // the site's language first, then the others by tag
    private final Map<String, String> langOf; // content path → language
    private final Map<String, List<String>> translations; // content path → its text in the other languages

    private Languages(String siteLanguage, boolean defaultAtRoot, List<String> all, Map<String, String> langOf,
                      Map<String, List<String>> translations) {
        this.siteLanguage = siteLanguage;
        this.defaultAtRoot = defaultAtRoot;
        this.all = all;
        this.langOf = langOf;
        this.translations = translations;
    }

    /**
     * @param loaded        every file that loaded (published or not), in a fixed order
     * @param published     the content paths this build publishes
     * @param failed        content paths of the Markdown files that could not be read (their errors are reported)
     * @param siteLanguage  the {@code language} setting
     * @param defaultAtRoot the site's language at the root rather than under /LANG/ too
     */
    public static Languages of(List<SourceDocument> loaded, Set<String> published, Set<String> failed,
                               String siteLanguage, boolean defaultAtRoot, Diagnostics diagnostics) {
        String site = org.sitegen.content.LanguageTags.problem(siteLanguage) == null
                ? org.sitegen.content.LanguageTags.canonical(siteLanguage) : siteLanguage;
        Map<String, SourceDocument> byPath = new HashMap<>(loaded.size() * 4 / 3 + 1);
        Map<String, String> langOf = new HashMap<>(loaded.size() * 4 / 3 + 1);
        TreeSet<String> others = new TreeSet<>();
        for (SourceDocument document : loaded) {
            String path = document.file().relativePath();
            byPath.put(path, document);
            String lang = document.frontMatter().translation().lang();
            langOf.put(path, lang == null ? site : lang);
            if (published.contains(path) && lang != null && !sameLanguage(lang, site)) {
                others.add(lang);
            }
        }
        List<String> all = new ArrayList<>(List.of(site));
        all.addAll(others);
        // one text: the files linked by a shared key or by a path, joined (union-find on content paths)
        Map<String, String> parent = new HashMap<>();
        Map<String, List<SourceDocument>> byKey = new TreeMap<>();
        // only the files that name a translation take part: they alone are sorted
        List<SourceDocument> inPathOrder = loaded.stream()
                .filter(d -> d.frontMatter().translation().key() != null || !d.frontMatter().translation().paths().isEmpty())
                .sorted(java.util.Comparator.comparing(d -> d.file().relativePath())).toList();
        for (SourceDocument document : inPathOrder) {
            Translation t = document.frontMatter().translation();
            if (t.key() != null) {
                byKey.computeIfAbsent(t.key(), k -> new ArrayList<>()).add(document);
            }
            for (StoryLink link : t.paths()) {
                String target = resolve(document, link, byPath, failed, diagnostics);
                if (target == null) {
                    continue;
                }
                if (sameLanguage(langOf.get(target), langOf.get(document.file().relativePath()))) {
                    diagnostics.error(link.at(), "'translations' names a file in the same language ("
                            + langOf.get(target) + "): " + link.target() + "; a translation is in another language "
                            + "(set its 'lang')");
                    continue;
                }
                union(parent, document.file().relativePath(), target);
            }
        }
        byKey.forEach((key, documents) -> {
            if (documents.size() == 1) {
                Translation t = documents.get(0).frontMatter().translation();
                diagnostics.warning(t.keyAt(), "no other file has translationKey '" + org.sitegen.diag.OneLine.of(key)
                        + "', so this one is linked to no translation; give its translations the same key");
            }
            for (int i = 1; i < documents.size(); i++) {
                union(parent, documents.get(0).file().relativePath(), documents.get(i).file().relativePath());
            }
        });
        Map<String, List<String>> groups = new TreeMap<>();
        for (String path : parent.keySet()) {
            groups.computeIfAbsent(root(parent, path), r -> new ArrayList<>()).add(path);
        }
        Map<String, List<String>> translations = new HashMap<>();
        for (List<String> group : groups.values()) {
            group.sort(null);
            Map<String, String> claimed = new LinkedHashMap<>(); // language → the first file in it
            List<String> kept = new ArrayList<>();
            for (String path : group) {
                String lang = langOf.get(path).toLowerCase(Locale.ROOT);
                String first = claimed.putIfAbsent(lang, path);
                if (first != null) {
                    reportTwoInOneLanguage(byPath.get(first), byPath.get(path), langOf.get(path), diagnostics);
                } else if (published.contains(path)) {
                    kept.add(path);
                }
            }
            for (String path : kept) {
                translations.put(path, kept.stream().filter(p -> !p.equals(path)).toList());
            }
        }
        return new Languages(site, defaultAtRoot, List.copyOf(all), langOf, translations);
    }

    private static void reportTwoInOneLanguage(SourceDocument first, SourceDocument second, String lang,
                                               Diagnostics diagnostics) {
        for (SourceDocument[] pair : new SourceDocument[][] {{second, first}, {first, second}}) {
            Translation t = pair[0].frontMatter().translation();
            var at = t.keyAt() != null ? t.keyAt() : t.langAt() != null ? t.langAt()
                    : org.sitegen.diag.SourcePosition.of(pair[0].file().displayPath());
            diagnostics.error(at, "this text has two versions in " + lang + ": " + pair[1].file().displayPath()
                    + " is the other; a text has one translation per language (check 'translationKey', "
                    + "'translations' and 'lang')");
        }
    }

    /** The file a {@code translations:} path names, relative to the file or to the content folder; null after reporting. */
    private static String resolve(SourceDocument from, StoryLink link, Map<String, SourceDocument> byPath,
                                  Set<String> failed, Diagnostics diagnostics) {
        String written = link.target();
        String own = from.file().relativePath();
        String folder = own.contains("/") ? own.substring(0, own.lastIndexOf('/') + 1) : "";
        String relative = written.startsWith("/") ? null : SourceFile.normalise(folder + written);
        String fromRoot = SourceFile.normalise(written.startsWith("/") ? written.substring(1) : written);
        for (String path : new String[] {relative, fromRoot}) {
            if (path != null && byPath.containsKey(path)) {
                return path;
            }
        }
        for (String path : new String[] {relative, fromRoot}) {
            if (path != null && failed.contains(path)) {
                diagnostics.error(link.at(), "'translations' names a file with errors (reported at it): " + written);
                return null;
            }
        }
        diagnostics.error(link.at(), relative == null && fromRoot == null
                ? "'translations' leaves the content folder: " + written
                : "'translations' names no briefing or page: " + written + " (a path relative to this file or to content/)");
        return null;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        String ra = root(parent, a);
        String rb = root(parent, b);
        if (!ra.equals(rb)) {
            // the smaller path is the root: groups come out the same whatever the order of unions
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }

    private static String root(Map<String, String> parent, String path) {
        String r = path;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        return r;
    }

    private static boolean sameLanguage(String a, String b) {
        return a.equalsIgnoreCase(b);
    }

    /** Whether a published file is in a language other than the site's: then every language has its folder. */
    public boolean multilingual() {
        return all.size() > 1;
    }

    /** The site's language first, then the others by tag; one element when not {@link #multilingual}. */
    public List<String> all() {
        return all;
    }

    /** The site's language, as the {@code language} setting gives it. */
    public String siteLanguage() {
        return siteLanguage;
    }

    /** The language of the file at {@code contentPath}. */
    public String of(String contentPath) {
        return langOf.getOrDefault(contentPath, siteLanguage);
    }

    /**
     * Where {@code lang}'s pages are: "" (the root) for the site's language when it is at the root
     * or the archive has one language, else "/" + the tag in lower case ("/fr", "/pt-br").
     */
    public String prefix(String lang) {
        if (!multilingual() || defaultAtRoot && sameLanguage(lang, siteLanguage)) {
            return "";
        }
        return "/" + lang.toLowerCase(Locale.ROOT);
    }

    /** The folders the languages take at the root, which no page may take ("fr", "ar"). */
    public Collection<String> folders() {
        return all.stream().map(this::prefix).filter(p -> !p.isEmpty()).map(p -> p.substring(1)).toList();
    }

    /** The published files that are the text of {@code contentPath} in other languages (content paths). */
    public List<String> translationsOf(String contentPath) {
        return translations.getOrDefault(contentPath, List.of());
    }
}
