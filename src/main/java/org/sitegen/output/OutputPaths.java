package org.sitegen.output;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;

/**
 * The one register of what the site's output paths are made from, filled before anything is
 * written: every page, feed, sitemap, theme asset and content file claims its path, and the
 * folders whose files are only named while they are written (the search index, the theme's
 * assets) are claimed whole. Two claims on one path, or a file in a claimed folder, are an error
 * that names both sources; nothing replaces anything silently. Paths are compared ignoring case,
 * as macOS and Windows file systems (and so many hosts' upload tools) do.
 */
public final class OutputPaths {
    /**
     * Where a file of one part of the site goes: {@code path} (relative to that part's root) in
     * {@code folder}, a language's folder of a multilingual site ("/fr": "fr/2023/index.html"), or
     * "" for the root. The one place that says so, for pages and feeds alike.
     */
    public static String inFolder(String folder, String path) {
        return folder.isEmpty() ? path : folder.substring(1) + "/" + path;
    }

    /**
     * What claims a path.
     *
     * @param what how a message names it: "content/2023/map.png", "the search page"
     * @param at   where to report a collision with it; null for what the generator makes itself
     */
    public record Source(String what, SourcePosition at) {
        public static Source generated(String what) {
            return new Source(what, null);
        }

        public static Source file(SourcePosition at) {
            return new Source(at.path(), at);
        }

        /** A redirect page at {@code alias}, an old URL written in front matter at {@code at}. */
        public static Source alias(String alias, SourcePosition at) {
            return new Source("the alias " + alias + " of " + at.path() + ":" + at.line(), at);
        }
    }

    private final Map<String, Claim> files = new HashMap<>();
    private final List<Claim> folders = new ArrayList<>();
    private final Diagnostics diagnostics;

    private record Claim(String path, Source source) {
    }

    public OutputPaths(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Claims the file at {@code path} ("2023/map.png", "index.html", "feed.xml"). */
    public void claimFile(String path, Source source) {
        Claim claim = new Claim(path, source);
        String key = path.toLowerCase(Locale.ROOT);
        Claim earlier = files.putIfAbsent(key, claim);
        if (earlier != null) {
            collision(claim, earlier, "also produced by " + earlier.source().what());
            return;
        }
        for (Claim folder : folders) {
            if (key.startsWith(folder.path()) && !sameMaker(folder.source(), source)) {
                collision(claim, folder, "inside " + folder.path() + ", which " + folder.source().what() + " fills");
                return;
            }
        }
    }

    /**
     * Claims every file below {@code folder} ("search/") but those claimed by the same maker. Claim
     * folders before files.
     */
    public void claimFolder(String folder, Source source) {
        folders.add(new Claim(folder.toLowerCase(Locale.ROOT), source));
    }

    /**
     * Registers copies of pages at their aliases that differ from the page's path only in letter
     * case (the page's own claim covers them, as paths are compared ignoring case). Where the
     * output folder ignores case too, a copy and its page are one file, and a host that matches
     * URLs by case would get only one of them from an upload: that is reported at each alias.
     */
    public void caseCopies(List<Source> aliases, Path output) {
        if (!aliases.isEmpty()) {
            caseCopies(aliases, output.getFileName().toString(), ignoresCase(output));
        }
    }

    void caseCopies(List<Source> aliases, String output, boolean ignoresCase) {
        if (!ignoresCase) {
            return;
        }
        for (Source alias : aliases) {
            diagnostics.warning(alias.at(), alias.what() + " differs from its page's URL only in letter case, and the "
                    + "file system of " + output + " ignores case: the output holds one folder for both, "
                    + "so a host that matches URLs by case serves only one of them; build on a file system that "
                    + "keeps case (e.g. Linux) to publish both");
        }
    }

    /**
     * Whether the file system of {@code folder} ignores letter case in file names: a probe file
     * is made beside it (or in its nearest existing parent, never inside it) and looked up in upper case.
     */
    public static boolean ignoresCase(Path folder) {
        Path existing = folder.toAbsolutePath().getParent();
        while (existing != null && !Files.isDirectory(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return false;
        }
        Path probe = null;
        try {
            probe = Files.createTempFile(existing, "site-gen-case-", ".probe");
            String name = probe.getFileName().toString();
            return Files.exists(probe.resolveSibling(name.toUpperCase(Locale.ROOT)));
        } catch (java.io.IOException | SecurityException cannotProbe) {
            return false; // nothing to warn about that can be known
        } finally {
            if (probe != null) {
                try {
                    Files.deleteIfExists(probe);
                } catch (java.io.IOException ignored) {
                    // a temporary file left behind in a folder being built
                }
            }
        }
    }

    /** A page's path comes from its slug (or date); any other file's from where it lies. */
    private static String fix(Claim claim) {
        if (claim.source().what().startsWith("the alias ")) {
            return "; change or remove the alias";
        }
        return claim.source().what().endsWith(".md") ? "; set a different 'slug'" : "; rename or move it";
    }

    /** Both made by the generator: its own folder may hold its own pages (the search page in search/). */
    private static boolean sameMaker(Source a, Source b) {
        return a.at() == null && b.at() == null;
    }

    /** Reported at the contributor's file(s): a generated path is the generator's to keep. */
    private void collision(Claim claim, Claim other, String why) {
        if (claim.source().at() != null) {
            diagnostics.error(claim.source().at(), "output path /" + claim.path() + " is " + why + fix(claim));
        }
        if (other.source().at() != null) {
            diagnostics.error(other.source().at(), "output path /" + other.path() + " is also produced by "
                    + claim.source().what() + fix(other));
        }
        if (claim.source().at() == null && other.source().at() == null) {
            throw new IllegalStateException("the generator claims /" + claim.path() + " twice: "
                    + claim.source().what() + " and " + other.source().what());
        }
    }
}
