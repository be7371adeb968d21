package org.sitegen.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitegen.url.UrlSchemes;

/**
 * The settings of the source archive that the import needs: title, address, time zone,
 * taxonomies and permalink rules, read from Jekyll's {@code _config.yml} or Hugo's
 * {@code hugo.toml}/{@code config.*}. Hugo's keys are case-insensitive, so they are lower-cased.
 *
 * @param file        the config file, relative to the source folder, as shown in the report
 * @param title       the site's title, or ""
 * @param description the site's description, or ""
 * @param siteUrl     the site's address without a trailing slash (Jekyll url + baseurl, Hugo baseURL), or ""
 * @param basePath    the path part of the address ("" or "/blog"): old URLs are below it
 * @param zone        the zone dates without offset are read in (Jekyll timezone, Hugo timeZone; UTC when not set)
 * @param zoneSet     whether the source set a zone (else the import says UTC is assumed)
 * @param taxonomies  Hugo's configured taxonomies (plural names); empty for Jekyll
 * @param permalink   Jekyll's permalink style or pattern ("date" when not set)
 * @param permalinks  Hugo's permalink pattern per section
 * @param contentDir  Hugo's content folder ("content")
 * @param ignoreFiles Hugo's ignoreFiles: regular expressions of content paths Hugo leaves out
 */
public record SourceConfig(String file, String title, String description, String siteUrl, String basePath,
                           ZoneId zone, boolean zoneSet, List<String> taxonomies, String permalink,
                           Map<String, String> permalinks, String contentDir, List<String> ignoreFiles) {

    /** Whether Hugo leaves out the content file at {@code path} (relative to the content folder). */
    boolean ignores(String path) {
        for (String pattern : ignoreFiles) {
            try {
                if (java.util.regex.Pattern.compile(pattern).matcher(path).find()) {
                    return true;
                }
            } catch (java.util.regex.PatternSyntaxException e) {
                // Go's RE2 syntax that Java does not read: not applied (Hugo would have refused the config)
            }
        }
        return false;
    }

    static SourceConfig read(SourceKind kind, Path folder) throws IOException {
        List<String> names = kind == SourceKind.JEKYLL ? SourceKind.JEKYLL_CONFIGS : SourceKind.HUGO_CONFIGS;
        Path file = SourceKind.firstExisting(folder, names).orElseThrow(() -> new IOException(
                "no " + String.join(", ", names) + " in " + folder));
        String name = folder.relativize(file).toString().replace('\\', '/');
        ObjectMapper mapper = name.endsWith(".toml") ? new TomlMapper()
                : name.endsWith(".json") ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
        Object tree = mapper.readValue(file.toFile(), Object.class);
        Map<String, Object> settings = tree instanceof Map<?, ?> map ? castMap(map) : Map.of();
        return kind == SourceKind.JEKYLL ? jekyll(name, settings) : hugo(name, lowerKeys(settings));
    }

    private static SourceConfig jekyll(String file, Map<String, Object> settings) {
        String url = text(settings.get("url")).replaceAll("/+$", "");
        String baseurl = text(settings.get("baseurl")).replaceAll("/+$", "");
        if (!baseurl.isEmpty() && !baseurl.startsWith("/")) {
            baseurl = "/" + baseurl;
        }
        String zoneName = text(settings.get("timezone"));
        String permalink = text(settings.get("permalink"));
        return new SourceConfig(file, text(settings.get("title")), text(settings.get("description")),
                url.isEmpty() ? "" : url + baseurl, baseurl, zone(zoneName), !zoneName.isEmpty(), List.of(),
                permalink.isEmpty() ? "date" : permalink, Map.of(), "", List.of());
    }

    private static SourceConfig hugo(String file, Map<String, Object> settings) {
        String baseUrl = text(settings.get("baseurl")).replaceAll("/+$", "");
        String basePath = "";
        try {
            String path = URI.create(baseUrl.isEmpty() ? "/" : baseUrl).getPath();
            basePath = path == null ? "" : path.replaceAll("/+$", "");
        } catch (IllegalArgumentException e) {
            basePath = "";
        }
        List<String> taxonomies = new ArrayList<>();
        if (settings.get("taxonomies") instanceof Map<?, ?> configured) {
            configured.values().forEach(plural -> taxonomies.add(text(plural).toLowerCase(Locale.ROOT)));
        } else {
            taxonomies.addAll(List.of("tags", "categories")); // Hugo's default
        }
        Map<String, String> permalinks = new LinkedHashMap<>();
        if (settings.get("permalinks") instanceof Map<?, ?> rules) {
            Object pageRules = rules.get("page");
            Map<?, ?> chosen = pageRules instanceof Map<?, ?> page ? page : rules;
            chosen.forEach((section, pattern) -> {
                if (pattern instanceof String text) {
                    permalinks.put(String.valueOf(section), text);
                }
            });
        }
        String zoneName = text(settings.get("timezone"));
        String contentDir = text(settings.get("contentdir"));
        return new SourceConfig(file, text(settings.get("title")), text(settings.get("description")),
                UrlSchemes.isWeb(baseUrl) ? baseUrl : "", basePath, zone(zoneName), !zoneName.isEmpty(),
                List.copyOf(taxonomies), "", permalinks, contentDir.isEmpty() ? "content" : contentDir,
                settings.get("ignorefiles") instanceof List<?> ignore ? ignore.stream().map(SourceConfig::text).toList()
                        : List.of());
    }

    private static ZoneId zone(String name) {
        if (name.isEmpty()) {
            return ZoneOffset.UTC;
        }
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    static String text(Object value) {
        return value == null || value instanceof Map || value instanceof List ? "" : String.valueOf(value).strip();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static Map<String, Object> lowerKeys(Map<String, Object> settings) {
        Map<String, Object> lower = new LinkedHashMap<>();
        settings.forEach((key, value) -> lower.put(key.toLowerCase(Locale.ROOT), value));
        return lower;
    }
}
