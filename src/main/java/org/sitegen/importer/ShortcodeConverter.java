package org.sitegen.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Converts Hugo shortcodes into Markdown site-gen reads, in one pass over the body:
 * {@code ref}/{@code relref} into links to the imported files, {@code figure} into a figure
 * embed (or a plain image when it has no caption), {@code youtube}/{@code vimeo} into video
 * embeds, {@code tweet}/{@code x} into a post embed, {@code highlight} into a fenced code block,
 * notes and callouts into a note embed, and a commented-out shortcode (slash-star inside the braces) into the text {@code {{< x >}}}
 * as Hugo shows it. Any other shortcode is left out with its tags (a paired one keeps its
 * inner text) and said, for a person to finish.
 */
final class ShortcodeConverter {
    private static final Pattern TAG = Pattern.compile(
            "\\{\\{([<%])\\s*/\\*(.*?)\\*/\\s*[>%]\\}\\}"
                    + "|\\{\\{([<%])\\s*(/?)\\s*([\\w./-]+)(.*?)\\s*/?\\s*[>%]\\}\\}", Pattern.DOTALL);
    private static final Pattern ARGUMENT = Pattern.compile(
            "(?:([\\w-]+)\\s*=\\s*)?(?:\"((?:[^\"\\\\]|\\\\.)*)\"|`([^`]*)`|([^\\s\"`]+))");
    private static final Set<String> NOTES = Set.of("note", "notice", "tip", "info", "warning", "alert", "callout",
            "admonition", "hint", "caution", "important", "aside");
    private static final Set<String> PAIRED = Set.of("highlight", "quote", "blockquote", "details", "raw", "rawhtml",
            "html", "markdown");

    private ShortcodeConverter() {
    }

    static String convert(String body, BodyContext context) {
        StringBuilder out = new StringBuilder(body.length());
        Matcher m = TAG.matcher(body);
        int position = 0;
        while (position < body.length() && m.find(position)) {
            out.append(body, position, m.start());
            position = m.end();
            if (m.group(1) != null) {
                String open = m.group(1).equals("<") ? "{{<" : "{{%";
                String close = m.group(1).equals("<") ? ">}}" : "%}}";
                out.append(open).append(m.group(2)).append(close);
                context.keptLiterally(open + m.group(2) + close);
                context.report().converted(context.at(m.start()), "a commented-out shortcode kept as the text "
                        + open + m.group(2) + close + ", as Hugo shows it");
                continue;
            }
            String name = m.group(5);
            String written = m.group();
            if (!m.group(4).isEmpty()) {
                context.report().warning(context.at(m.start()), written + " closes no open shortcode: left out");
                continue;
            }
            Map<String, String> named = new LinkedHashMap<>();
            List<String> positional = arguments(m.group(6), named);
            String inner = null;
            Matcher closing = Pattern.compile("\\{\\{[<%]\\s*/\\s*" + Pattern.quote(name) + "\\s*[>%]\\}\\}").matcher(body);
            boolean paired = (PAIRED.contains(name) || NOTES.contains(name) || !isSingle(name)) && closing.find(position)
                    && !m.group(6).strip().endsWith("/");
            if (paired) {
                inner = body.substring(position, closing.start());
                position = closing.end();
            }
            out.append(convertOne(name, written, named, positional, inner, out, m.start(), context));
        }
        if (position < body.length()) {
            out.append(body, position, body.length());
        }
        return out.toString();
    }

    private static boolean isSingle(String name) {
        return Set.of("ref", "relref", "figure", "youtube", "vimeo", "tweet", "x", "gist", "instagram", "param")
                .contains(name);
    }

    static List<String> arguments(String text, Map<String, String> named) {
        List<String> positional = new java.util.ArrayList<>();
        Matcher a = ARGUMENT.matcher(text);
        while (a.find()) {
            String value = a.group(2) != null ? a.group(2).replaceAll("\\\\(.)", "$1")
                    : a.group(3) != null ? a.group(3) : a.group(4);
            if (a.group(1) != null) {
                named.put(a.group(1), value);
            } else if (!value.equals("/")) {
                positional.add(value);
            }
        }
        return positional;
    }

    private static String arg(Map<String, String> named, List<String> positional, String key, int index) {
        String value = named.get(key);
        return value != null ? value : positional.size() > index ? positional.get(index) : null;
    }

    private static String convertOne(String name, String written, Map<String, String> named, List<String> positional,
                                     String inner, StringBuilder out, int offset, BodyContext context) {
        ImportReport report = context.report();
        switch (name) {
            case "ref", "relref" -> {
                String target = arg(named, positional, "path", 0);
                Optional<String> link = target == null ? Optional.empty() : context.linkToSource(target);
                if (link.isPresent()) {
                    report.converted(context.at(offset), written + " into a link to " + link.get());
                    return link.get();
                }
                report.error(context.at(offset), written + " names no imported file (Hugo stops on it too): "
                        + "left out; link the file by its path");
                return "";
            }
            case "figure" -> {
                String src = named.getOrDefault("src", "");
                String alt = named.getOrDefault("alt", "");
                String caption = String.join(" ", java.util.stream.Stream.of(named.get("title"), named.get("caption"))
                        .filter(t -> t != null && !t.isBlank()).toList());
                String credit = named.get("attr");
                if (caption.isEmpty() && (credit == null || credit.isBlank())) {
                    report.converted(context.at(offset), written + " into a Markdown image");
                    return "![" + alt.replace("]", "\\]") + "](" + src + ")";
                }
                report.converted(context.at(offset), written + " into a figure embed with its caption");
                return block(out, Embeds.figure(src, alt.isEmpty() ? caption : alt, credit, caption));
            }
            case "youtube", "vimeo" -> {
                String id = arg(named, positional, "id", 0);
                if (id == null) {
                    report.warning(context.at(offset), written + " left out: it names no video");
                    return "";
                }
                report.converted(context.at(offset), written + Embeds.videoConverted(named.get("title")));
                return block(out, Embeds.video(name, id, named.get("title")));
            }
            case "tweet", "x" -> {
                String user = named.getOrDefault("user", "");
                String id = arg(named, positional, "id", user.isEmpty() ? 0 : 1);
                if (id == null) {
                    report.warning(context.at(offset), written + " left out: it names no post");
                    return "";
                }
                String url = user.isEmpty() ? "https://twitter.com/i/status/" + id
                        : "https://twitter.com/" + user + "/status/" + id;
                report.warning(context.at(offset), written + " into a post embed: the post's text is not in the "
                        + "source, so it links to the post; copy its text between the ::: lines");
                return block(out, Embeds.post(url, user));
            }
            case "highlight" -> {
                String language = arg(named, positional, "lang", 0);
                report.converted(context.at(offset), written + " into a fenced code block");
                return block(out, "```" + (language == null ? "" : language) + "\n"
                        + (inner == null ? "" : inner.replaceAll("\\A\\r?\\n", "").replaceAll("\\s+\\z", "")) + "\n```");
            }
            case "quote", "blockquote" -> {
                String cite = arg(named, positional, "cite", 0);
                report.converted(context.at(offset), written + " into a quote embed");
                return block(out, Embeds.block("quote", cite == null ? "" : Embeds.attribute("cite", cite),
                        inner == null ? "" : inner));
            }
            case "raw", "rawhtml", "html", "markdown" -> {
                report.converted(context.at(offset), written + ": its inner text kept as written");
                return inner == null ? "" : inner;
            }
            case "gist" -> {
                String user = arg(named, positional, "user", 0);
                String id = arg(named, positional, "id", 1);
                String url = "https://gist.github.com/" + user + "/" + id;
                report.warning(context.at(offset), written + " written as a link to the gist (site-gen does not embed gists)");
                return "<" + url + ">";
            }
            case "instagram" -> {
                String id = arg(named, positional, "id", 0);
                String url = "https://www.instagram.com/p/" + id + "/";
                report.warning(context.at(offset), written + " written as a link to the post (site-gen does not embed it)");
                return "<" + url + ">";
            }
            default -> {
                if (NOTES.contains(name)) {
                    report.converted(context.at(offset), written + " into a note embed");
                    return block(out, Embeds.block("note", "", inner == null ? "" : inner));
                }
                report.warning(context.at(offset), "shortcode " + written + " left out"
                        + (inner == null ? "" : " (its inner text kept)") + ": site-gen has no '" + name
                        + "'; write what it showed into the post");
                return inner == null ? "" : inner;
            }
        }
    }

    /** An embed is a block of its own: it starts on a line of its own and the text after it too. */
    private static String block(StringBuilder out, String text) {
        boolean atLineStart = out.length() == 0 || out.charAt(out.length() - 1) == '\n';
        return (atLineStart ? "" : "\n\n") + text + "\n";
    }
}
