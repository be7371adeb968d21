package org.sitegen.init;

/**
 * What the writer told {@code site-gen:init} about the archive to start. Only the title is
 * needed; every other setting is "" when not given, and is then left out of the pom.xml, so the
 * plugin's default applies (and a later default stays in effect).
 *
 * @param siteTitle       the site's title; also the pom's {@code <name>} and, as a slug, its artifactId
 * @param siteUrl         the address the site will be published at, or ""
 * @param siteDescription a one-line description, or ""
 * @param language        the site's language (BCP 47), or ""
 * @param timeZone        the site's time zone, or "" (the sample briefing is then dated in UTC, the plugin's default)
 */
public record NewArchive(String siteTitle, String siteUrl, String siteDescription, String language,
                         String timeZone) {

    public NewArchive {
        siteTitle = strip(siteTitle);
        siteUrl = strip(siteUrl);
        siteDescription = strip(siteDescription);
        language = strip(language);
        timeZone = strip(timeZone);
    }

    /** An archive with only a title. */
    public static NewArchive titled(String siteTitle) {
        return new NewArchive(siteTitle, "", "", "", "");
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
