package org.sitegen.search;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text of the engine's own body HTML (Flexmark output), for indexing and snippets. Not a
 * general HTML parser: it relies on that HTML being well-formed and its text escaped. Footnote
 * markers ([^1] → a superscript number) are dropped so they do not glue onto words.
 */
public final class HtmlText {
    private static final Pattern FOOTNOTE_REF = Pattern.compile("<sup[^>]*class=\"footnote-ref\"[^>]*>.*?</sup>",
            Pattern.DOTALL);
    // Block boundaries separate words; inline tags (<em>, <a>, <mark>) must not split "florin</em>,".
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "</?(?:p|div|h[1-6]|li|ul|ol|dl|dt|dd|table|thead|tbody|tfoot|tr|td|th|caption|blockquote|pre|br|hr"
                    + "|section|figure|figcaption|details|summary)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.ofEntries(Map.entry("amp", "&"), Map.entry("lt", "<"),
            Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"), Map.entry("hellip", "\u2026"),
            Map.entry("rsquo", "\u2019"), Map.entry("lsquo", "\u2018"), Map.entry("ldquo", "\u201c"),
            Map.entry("rdquo", "\u201d"), Map.entry("laquo", "\u00ab"), Map.entry("raquo", "\u00bb"));

    private HtmlText() {
    }

    public static String of(String html) {
        String text = FOOTNOTE_REF.matcher(html).replaceAll("");
        text = BLOCK_TAG.matcher(text).replaceAll(" ");
        text = TAG.matcher(text).replaceAll("");
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\\s+", " ").strip();
    }

    private static String decode(String name, String whole) {
        try {
            if (name.startsWith("#x")) {
                return Character.toString(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return Character.toString(Integer.parseInt(name.substring(1)));
            }
        } catch (IllegalArgumentException e) {
            return whole;
        }
        return NAMED.getOrDefault(name, whole);
    }
}
