package org.sitegen.importer;

import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The URL a post had under its generator's permalink rules, so the import can keep it as an
 * alias. Jekyll: the site's {@code permalink} style ({@code date}, {@code pretty},
 * {@code ordinal}, {@code weekdate}, {@code none}) or pattern, or the post's own
 * {@code permalink}. Hugo: the section's {@code [permalinks]} pattern, else the file's path,
 * with {@code slug} for the last segment, or the post's {@code url}.
 */
final class OldUrls {
    private static final Map<String, String> JEKYLL_STYLES = Map.of(
            "date", "/:categories/:year/:month/:day/:title:output_ext",
            "pretty", "/:categories/:year/:month/:day/:title/",
            "ordinal", "/:categories/:year/:y_day/:title:output_ext",
            "weekdate", "/:categories/:year/W:week/:short_day/:title:output_ext",
            "none", "/:categories/:title:output_ext");
    private static final Pattern PLACEHOLDER = Pattern.compile(":([a-z_]+)");

    private OldUrls() {
    }

    /**
     * @param style      the site's permalink setting
     * @param own        the post's own permalink, or null
     * @param at         the post's date in the site's zone (Jekyll's {@code localtime})
     * @param title      the post's file-name slug, or its 'slug' front matter
     * @param categories the post's categories
     */
    static String jekyll(String style, String own, LocalDateTime at, String title, List<String> categories) {
        String pattern = own != null ? own : JEKYLL_STYLES.getOrDefault(style, style);
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "year" -> String.valueOf(at.getYear());
                case "short_year" -> String.format("%02d", at.getYear() % 100);
                case "month" -> String.format("%02d", at.getMonthValue());
                case "i_month" -> String.valueOf(at.getMonthValue());
                case "short_month" -> at.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
                case "long_month" -> at.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                case "day" -> String.format("%02d", at.getDayOfMonth());
                case "i_day" -> String.valueOf(at.getDayOfMonth());
                case "y_day" -> String.format("%03d", at.getDayOfYear());
                case "hour" -> String.format("%02d", at.getHour());
                case "minute" -> String.format("%02d", at.getMinute());
                case "second" -> String.format("%02d", at.getSecond());
                case "week" -> String.format("%02d", at.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                case "short_day" -> at.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
                case "title" -> title;
                case "slug" -> jekyllSlug(title);
                case "categories" -> String.join("/", categories.stream().map(c -> c.toLowerCase(Locale.ROOT))
                        .distinct().toList());
                case "output_ext" -> ".html";
                default -> m.group();
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        String url = ("/" + out).replaceAll("/{2,}", "/");
        return url;
    }

    /** Jekyll's default slugify: lower case, runs of anything but letters and digits as one '-'. */
    static String jekyllSlug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    }

    /**
     * @param pattern  the section's permalink pattern, or null for Hugo's default (the file's path)
     * @param folders  the folders of the file below the content folder ("en", or "blog/2019")
     * @param fileName the file's name without extension, or the bundle folder's name
     * @param slug     the post's 'slug', or null
     */
    static String hugo(String pattern, List<String> folders, String fileName, String slug, String title,
                       LocalDateTime at) {
        String section = folders.isEmpty() ? "" : folders.get(0);
        if (pattern == null) {
            String last = slug != null ? urlize(slug) : urlize(fileName);
            String path = String.join("/", folders.stream().map(OldUrls::urlize).toList());
            return ("/" + path + "/" + last + "/").replaceAll("/{2,}", "/").toLowerCase(Locale.ROOT);
        }
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "year" -> String.valueOf(at.getYear());
                case "month" -> String.format("%02d", at.getMonthValue());
                case "monthname" -> at.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                case "day" -> String.format("%02d", at.getDayOfMonth());
                case "weekday" -> String.valueOf(at.getDayOfWeek().getValue() % 7);
                case "weekdayname" -> at.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
                case "yearday" -> String.valueOf(at.getDayOfYear());
                case "section" -> section;
                case "sections" -> String.join("/", folders);
                case "title" -> urlize(title == null ? "" : title);
                case "slug" -> urlize(slug != null ? slug : title == null ? "" : title);
                case "slug_or_filename" -> urlize(slug != null ? slug : fileName);
                case "filename", "contentbasename" -> urlize(fileName);
                default -> m.group();
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return ("/" + out).replaceAll("/{2,}", "/").toLowerCase(Locale.ROOT);
    }

    /** Hugo's urlize: spaces to '-', characters a path cannot hold left out ('/' kept: a slug may hold folders). */
    static String urlize(String text) {
        return text.strip().replace(' ', '-').replaceAll("[^\\p{L}\\p{N}\\p{M}_.~/-]", "");
    }
}
