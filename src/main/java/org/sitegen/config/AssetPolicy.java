package org.sitegen.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which files next to the briefings are published. Anything published is served from the site's
 * own origin, so a contributor's {@code .html} or {@code .svg} would run its scripts with the
 * readers' cookies and storage of the whole site: only types a browser shows but never runs are
 * published by default (raster images, PDF, audio, video, subtitles, data and office documents).
 * An archive opts in to other types by naming their extensions ({@code assetTypes}), and to the
 * files hosts read as their own configuration ({@code CNAME}, {@code _redirects}, {@code .htaccess},
 * {@code .well-known/…}) by naming each one ({@code hostFiles}).
 *
 * @param extraTypes extensions published besides the default ones, lower case without the dot
 * @param hostFiles  host configuration files to publish, as paths below the content folder
 */
public record AssetPolicy(Set<String> extraTypes, Set<String> hostFiles) {

    /** Shown by a browser, never run by it. */
    public static final Set<String> DEFAULT_TYPES = Set.of(
            "png", "jpg", "jpeg", "gif", "webp", "avif", "bmp", "ico", "tif", "tiff",
            "pdf",
            "mp3", "m4a", "aac", "oga", "ogg", "opus", "wav", "flac", "weba",
            "mp4", "m4v", "webm", "ogv", "mov",
            "vtt", "srt",
            "csv", "tsv", "json", "geojson", "txt",
            "xlsx", "xls", "ods", "docx", "doc", "odt", "pptx", "odp", "epub", "zip");

    /** Files (by name, in any folder) that static hosts read as settings rather than serve. */
    private static final Set<String> HOST_FILE_NAMES = Set.of(
            "cname", "_redirects", "_headers", "_routes.json", ".htaccess", ".htpasswd", ".nojekyll",
            "netlify.toml", "vercel.json", "staticwebapp.config.json", "web.config", "firebase.json",
            "now.json", "_config.yml");
    private static final String WELL_KNOWN = ".well-known/";

    public AssetPolicy {
        extraTypes = normalised(extraTypes, true);
        hostFiles = normalised(hostFiles, false);
    }

    public static AssetPolicy defaults() {
        return new AssetPolicy(Set.of(), Set.of());
    }

    /** Lists from settings: "svg, .HTML" → {svg, html}; host files as written, without a leading '/'. */
    public static AssetPolicy of(Collection<String> extraTypes, Collection<String> hostFiles) {
        return new AssetPolicy(Set.copyOf(extraTypes), Set.copyOf(hostFiles));
    }

    /**
     * Whether the scan should look at a hidden file or folder at all: host configuration is, so
     * that it is published when named and reported when not; other hidden names are skipped.
     *
     * @param relative path below the content folder
     */
    public static boolean isHostPath(String relative) {
        String name = relative.substring(relative.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return HOST_FILE_NAMES.contains(name) || relative.equals(".well-known") || relative.startsWith(WELL_KNOWN);
    }

    /**
     * Why the file at {@code relative} (below the content folder) is not published, or null when it is.
     */
    public String refusal(String relative) {
        if (isHostPath(relative)) {
            return hostFiles.contains(relative) ? null
                    : "hosts read this file as their configuration, so it is published only when named in the "
                    + "'hostFiles' setting (e.g. <hostFiles>" + relative + "</hostFiles>)";
        }
        String name = relative.substring(relative.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot <= 0 || dot == name.length() - 1) {
            return "a file without an extension is not published, since a host may serve it as a page; "
                    + "give it the extension of its type";
        }
        String type = name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (DEFAULT_TYPES.contains(type) || extraTypes.contains(type)) {
            return null;
        }
        return "'." + type + "' files are not published by default: a browser may run scripts in them on the "
                + "site's own origin; add '" + type + "' to the 'assetTypes' setting to publish them anyway"
                + (type.equals("svg") ? " (or convert the image to PNG or WebP)" : "");
    }

    private static Set<String> normalised(Set<String> values, boolean extensions) {
        Set<String> out = new TreeSet<>();
        for (String value : values == null ? Set.<String>of() : values) {
            for (String part : value.split(",")) {
                String v = part.strip();
                if (extensions) {
                    v = (v.startsWith(".") ? v.substring(1) : v).toLowerCase(Locale.ROOT);
                } else if (v.startsWith("/")) {
                    v = v.substring(1);
                }
                if (!v.isEmpty()) {
                    out.add(v);
                }
            }
        }
        return java.util.Collections.unmodifiableSet(out);
    }
}
