package org.sitegen.config;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitegen.diag.OneLine;

/**
 * What the archive says about its site, the same for every build of it (the settings in its
 * pom.xml): all of it shapes the pages, so all of it is in the output fingerprint. Checked here,
 * once, for every caller (the Maven goals, tests, the builder): every problem at once, as
 * {@link InvalidSettings}.
 *
 * @param projectDir      the archive's root; messages name files relative to it
 * @param contentDir      the briefings, pages and their files
 * @param templatesDir    the archive's own templates, overriding the built-in theme file by file (may not exist)
 * @param siteTitle       the site's title ("" or absent: "Briefings")
 * @param siteDescription a one-line description, may be ""
 * @param siteUrl         absolute base URL without trailing slash, or "" when unknown
 * @param language        BCP 47 language of the site (dates and month names are written in it)
 * @param zone            the site time zone: briefing URLs and date archives use dates in it
 * @param pageSize        briefings per listing page
 * @param taxonomies      front matter keys that form taxonomies, "tags" first by convention
 * @param prettyLinks     true: internal links end in "/" (for web servers); false: in "index.html" (works from file://)
 * @param rawHtml         what happens to raw HTML in Markdown bodies
 * @param assets          which content files besides Markdown are published
 * @param theme           the built-in theme's settings (accent colours, logo, header text, fonts, taxonomy names)
 * @param headingShift    levels added to every body heading (0-5, capped at h6): 1 makes a body's {@code #}
 *                        an h2 under the page's h1 title; ids, and so links to them, stay the same
 * @param redirectsFile   the machine-readable redirects file written for the aliases besides their
 *                        redirect pages: "" none, "netlify" a {@code _redirects} file (Netlify, Cloudflare Pages)
 * @param defaultLanguageAtRoot in an archive with briefings in several languages, {@code language}'s pages
 *                        at the root and the others' under /LANG/ (true, the default: the archive's URLs do
 *                        not move when a first translation is added); false: every language under /LANG/
 */
public record SiteSettings(Path projectDir, Path contentDir, Path templatesDir, String siteTitle,
                           String siteDescription, String siteUrl, String language, ZoneId zone, int pageSize,
                           List<String> taxonomies, boolean prettyLinks, RawHtml rawHtml, AssetPolicy assets,
                           ThemeSettings theme, int headingShift, String redirectsFile,
                           boolean defaultLanguageAtRoot) {

    /** The redirects files {@code redirectsFile} may name. */
    public static final Set<String> REDIRECTS_FILES = Set.of("", "netlify");

    public SiteSettings {
        siteTitle = siteTitle == null || siteTitle.isBlank() ? "Briefings" : siteTitle;
        siteDescription = siteDescription == null ? "" : siteDescription;
        siteUrl = siteUrl == null ? "" : siteUrl.strip().replaceAll("/+$", "");
        taxonomies = taxonomies == null ? List.of() : List.copyOf(taxonomies);
        rawHtml = rawHtml == null ? RawHtml.SANITIZE : rawHtml;
        assets = assets == null ? AssetPolicy.defaults() : assets;
        theme = theme == null ? ThemeSettings.defaults() : theme;
        redirectsFile = redirectsFile == null ? "" : redirectsFile.strip().toLowerCase(Locale.ROOT);
        List<String> problems = new ArrayList<>();
        String languageProblem = languageProblem(language);
        if (languageProblem != null) {
            problems.add(languageProblem);
        }
        if (pageSize < 1) {
            problems.add("pageSize must be at least 1, not " + pageSize);
        }
        if (taxonomies.isEmpty()) {
            problems.add("taxonomies must name at least one front matter key, e.g. tags");
        }
        for (String key : theme.taxonomyNames().keySet()) {
            if (!taxonomies.isEmpty() && !taxonomies.contains(key)) {
                problems.add("taxonomyNames names '" + OneLine.of(key) + "', which is not one of the taxonomies ("
                        + String.join(", ", taxonomies) + ")");
            }
        }
        if (headingShift < 0 || headingShift > 5) {
            problems.add("headingShift must be 0 to 5, not " + headingShift);
        }
        if (!REDIRECTS_FILES.contains(redirectsFile)) {
            problems.add("redirectsFile must be netlify or empty, not '" + OneLine.of(redirectsFile) + "'");
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettings(problems);
        }
    }

    /** The time zone named {@code name} (e.g. UTC, Europe/Berlin); {@link InvalidSettings} when it is none. */
    public static ZoneId zone(String name) {
        try {
            return ZoneId.of(name);
        } catch (DateTimeException | NullPointerException e) {
            throw new InvalidSettings(List.of("timeZone '" + OneLine.of(String.valueOf(name))
                    + "' is not a time zone (e.g. UTC, Europe/Berlin)"));
        }
    }

    /** {@link InvalidSettings} unless {@code language} is a language tag (BCP 47: en, fr, de-CH). */
    public static void checkLanguage(String language) {
        String problem = languageProblem(language);
        if (problem != null) {
            throw new InvalidSettings(List.of(problem));
        }
    }

    private static String languageProblem(String language) {
        return language == null || Locale.forLanguageTag(language).getLanguage().isEmpty()
                ? "language '" + OneLine.of(String.valueOf(language)) + "' is not a language tag (e.g. en, fr)" : null;
    }

    public Locale locale() {
        return Locale.forLanguageTag(language);
    }

    /** Every setting, one {@code name=value} line each (see {@link SiteConfig#outputFingerprint}). */
    String fingerprint() {
        StringBuilder text = new StringBuilder();
        line(text, "projectDir", projectDir);
        line(text, "contentDir", contentDir);
        line(text, "templatesDir", templatesDir);
        line(text, "siteTitle", siteTitle);
        line(text, "siteDescription", siteDescription);
        line(text, "siteUrl", siteUrl);
        line(text, "language", language);
        line(text, "zone", zone);
        line(text, "pageSize", pageSize);
        line(text, "taxonomies", taxonomies);
        line(text, "prettyLinks", prettyLinks);
        line(text, "rawHtml", rawHtml);
        line(text, "assets", assets);
        line(text, "theme", theme);
        line(text, "headingShift", headingShift);
        line(text, "redirectsFile", redirectsFile);
        line(text, "defaultLanguageAtRoot", defaultLanguageAtRoot);
        return text.toString();
    }

    static void line(StringBuilder text, String name, Object value) {
        text.append(name).append('=').append(value).append('\n');
    }
}
