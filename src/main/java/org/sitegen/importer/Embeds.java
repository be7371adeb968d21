package org.sitegen.importer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitegen.markdown.EmbedSyntax;

/**
 * site-gen's embeds as the import writes them: a fenced block {@code ::: name attr="value"} ...
 * {@code :::}, attribute values quoted as the embed syntax reads them ({@link EmbedSyntax#quoted}).
 */
final class Embeds {
    private static final Pattern YOUTUBE = Pattern.compile(
            "^https?://(?:www\\.|m\\.)?(?:youtube(?:-nocookie)?\\.com/(?:watch\\?(?:.*&)?v=|embed/|shorts/|v/)|youtu\\.be/)"
                    + "([A-Za-z0-9_-]{6,20})");
    private static final Pattern VIMEO = Pattern.compile("^https?://(?:www\\.|player\\.)?vimeo\\.com/(?:video/)?(\\d+)");

    private Embeds() {
    }

    static String attribute(String name, String value) {
        return " " + name + "=" + EmbedSyntax.quoted(value);
    }

    /** What a video embed is titled when its source gave it no title (site-gen's embed needs one, for its link). */
    static final String UNTITLED_VIDEO = "Video";

    /** The report's words for a video converted with {@code title} (null or blank: none in the source). */
    static String videoConverted(String title) {
        return title == null || title.isBlank() ? " into a video embed titled \"" + UNTITLED_VIDEO
                + "\" (the source gives it no title: write one)" : " into a video embed";
    }

    static String video(String service, String id, String title) {
        return "::: video" + attribute(service, id)
                + attribute("title", title == null || title.isBlank() ? UNTITLED_VIDEO : title) + "\n:::";
    }

    /** A video embed for a YouTube or Vimeo address, or null for any other. */
    static String videoFor(String url, String title) {
        Matcher m = YOUTUBE.matcher(url);
        if (m.find()) {
            return video("youtube", m.group(1), title);
        }
        m = VIMEO.matcher(url);
        return m.find() ? video("vimeo", m.group(1), title) : null;
    }

    private static final Pattern SOCIAL_POST = Pattern.compile(
            "^https?://(?:www\\.|mobile\\.)?(?:twitter|x)\\.com/(\\w+)/status(?:es)?/(\\d+)");

    /**
     * A post embed linking to a social network post whose text the source does not hold (Jekyll's
     * oembed and Hugo's tweet fetched it when the site was built): the writer copies it in.
     */
    static String post(String url, String user) {
        return "::: post" + attribute("url", url) + (user == null || user.isEmpty() ? "" : attribute("author", "@" + user))
                + "\n[The post on " + (url.contains("x.com/") ? "X" : "Twitter") + "](" + url + ")\n:::";
    }

    /** A post embed for a Twitter/X status address, or null for any other. */
    static String postFor(String url) {
        Matcher m = SOCIAL_POST.matcher(url);
        return m.find() ? post(url, m.group(1)) : null;
    }

    static String figure(String src, String alt, String credit, String caption) {
        return "::: figure" + attribute("src", src) + attribute("alt", alt == null ? "" : alt)
                + (credit == null || credit.isBlank() ? "" : attribute("credit", credit)) + "\n"
                + (caption == null ? "" : caption.strip() + "\n") + ":::";
    }

    static String block(String name, String attributes, String inner) {
        return "::: " + name + attributes + "\n" + inner.strip() + "\n:::";
    }
}
