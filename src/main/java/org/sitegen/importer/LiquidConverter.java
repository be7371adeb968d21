package org.sitegen.importer;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitegen.url.UrlSchemes;

/**
 * Converts the Liquid of a Jekyll post into Markdown site-gen reads, in one pass over the body
 * (so every report line is the source's): {@code {% post_url %}} and {@code {% link %}} become
 * links to the imported files, {@code {{ site.baseurl }}} its value, {@code {% highlight %}} a
 * fenced code block, {@code {% raw %}} its text as written, {@code {% include %}} the include's
 * text when it holds no Liquid of its own, YouTube and Vimeo {@code {% oembed %}}/{@code {% youtube %}}
 * video embeds. What Jekyll would render as nothing (an unknown variable, control flow) is left
 * out, and said, for a person to check.
 */
final class LiquidConverter {
    private static final Pattern TAG = Pattern.compile(
            "\\{%-?\\s*(\\w+)(.*?)-?%\\}|\\{\\{-?(.*?)-?\\}\\}", Pattern.DOTALL);
    private static final Set<String> LOGIC = Set.of("if", "elsif", "else", "endif", "unless", "endunless", "for",
            "endfor", "case", "when", "endcase", "assign", "capture", "endcapture", "break", "continue", "cycle",
            "increment", "decrement", "tablerow", "endtablerow");
    private static final Pattern FILTER_TEXT = Pattern.compile(":\\s*([\"'])(.*?)\\1");
    private static final Pattern QUOTED = Pattern.compile("^\\s*([\"'])(.*?)\\1\\s*(\\|.*)?$", Pattern.DOTALL);

    private LiquidConverter() {
    }

    static String convert(String body, BodyContext context) {
        StringBuilder out = new StringBuilder(body.length());
        Matcher m = TAG.matcher(body);
        int position = 0;
        while (position < body.length() && m.find(position)) {
            out.append(body, position, m.start());
            position = m.end();
            if (m.group(1) == null) {
                out.append(output(m.group(3).strip(), m.group(), m.start(), context));
                continue;
            }
            String name = m.group(1);
            String args = m.group(2).strip();
            switch (name) {
                case "raw" -> {
                    Matcher end = endTag("endraw").matcher(body);
                    boolean closed = end.find(position);
                    String kept = body.substring(position, closed ? end.start() : body.length());
                    out.append(kept);
                    context.keptLiterally(kept);
                    context.report().converted(context.at(m.start()), "{% raw %}: its text kept as written");
                    position = closed ? end.end() : body.length();
                }
                case "comment" -> {
                    Matcher end = endTag("endcomment").matcher(body);
                    boolean closed = end.find(position);
                    context.report().converted(context.at(m.start()), "{% comment %}: left out, as Jekyll does");
                    position = closed ? end.end() : body.length();
                }
                case "highlight" -> {
                    // Jekyll renders the Liquid inside a highlight block too: only the tags become fences
                    String language = args.split("\\s+")[0];
                    lineStart(out);
                    out.append("```").append(language);
                    if (position < body.length() && body.charAt(position) != '\n' && body.charAt(position) != '\r') {
                        out.append('\n');
                    }
                    context.report().converted(context.at(m.start()), "{% highlight " + language
                            + " %} into a fenced code block" + (args.contains("linenos") ? " (without line numbers)" : ""));
                }
                case "endhighlight" -> {
                    int end = out.length();
                    while (end > 0 && Character.isWhitespace(out.charAt(end - 1))) {
                        end--;
                    }
                    out.setLength(end);
                    out.append("\n```");
                }
                case "post_url" -> link(out, context.linkToPost(args), "{% post_url " + args + " %}", m, context);
                case "link" -> link(out, context.linkToSource(args), "{% link " + args + " %}", m, context);
                case "include" -> include(out, args, m, context);
                case "oembed", "youtube", "vimeo", "video" -> embed(out, name, args, m, context);
                case "endraw", "endcomment" ->
                        context.report().warning(context.at(m.start()), "{% " + name + " %} without its opening tag: left out");
                default -> {
                    String what = LOGIC.contains(name) ? "Liquid logic" : "unknown Liquid tag";
                    context.report().warning(context.at(m.start()), what + " {% " + name + (args.isEmpty() ? "" : " " + args)
                            + " %} left out: check the text around it");
                }
            }
        }
        if (position < body.length()) {
            out.append(body, position, body.length());
        }
        return out.toString();
    }

    private static Pattern endTag(String name) {
        return Pattern.compile("\\{%-?\\s*" + name + "\\s*-?%\\}");
    }

    private static void lineStart(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    private static void link(StringBuilder out, Optional<String> target, String what, Matcher m, BodyContext context) {
        if (target.isPresent()) {
            out.append(target.get());
            context.report().converted(context.at(m.start()), what + " into a link to " + target.get());
        } else {
            context.report().error(context.at(m.start()), what + " names no imported post (Jekyll stops on it too): "
                    + "left out; link the file by its path");
        }
    }

    private static void include(StringBuilder out, String args, Matcher m, BodyContext context) {
        String file = args.split("\\s+")[0];
        boolean hasParameters = args.strip().contains(" ");
        Optional<String> text = hasParameters ? Optional.empty() : context.include(file);
        if (text.isPresent()) {
            out.append(text.get().strip());
            context.report().converted(context.at(m.start()), "{% include " + file + " %}: its text put in place");
        } else {
            context.report().warning(context.at(m.start()), "{% include " + args + " %} left out: "
                    + (hasParameters ? "it takes parameters" : "the include is missing or holds Liquid of its own")
                    + "; write what it showed into the post");
        }
    }

    private static void embed(StringBuilder out, String name, String args, Matcher m, BodyContext context) {
        String url = args.replaceAll("^[\"']|[\"']$", "").strip();
        String id = url.split("\\s+")[0];
        String video = name.equals("youtube") && !id.contains("/") ? Embeds.video("youtube", id, null)
                : name.equals("vimeo") && !id.contains("/") ? Embeds.video("vimeo", id, null)
                : Embeds.videoFor(id, null);
        String post = video == null ? Embeds.postFor(id) : null;
        if (video != null) {
            lineStart(out);
            out.append(video).append('\n');
            context.report().converted(context.at(m.start()), "{% " + name + " " + args + " %}" + Embeds.videoConverted(null));
        } else if (post != null) {
            lineStart(out);
            out.append(post).append('\n');
            context.report().warning(context.at(m.start()), "{% " + name + " " + args + " %} into a post embed: the "
                    + "post's text is not in the source, so it links to the post; copy its text between the ::: lines");
        } else if (UrlSchemes.isWeb(id)) {
            out.append('<').append(id).append('>');
            context.report().warning(context.at(m.start()), "{% " + name + " " + args
                    + " %} is not a video site-gen embeds: written as a link");
        } else {
            context.report().warning(context.at(m.start()), "{% " + name + " " + args + " %} left out: no address in it");
        }
    }

    private static String output(String expression, String written, int offset, BodyContext context) {
        String variable = expression.split("\\|")[0].strip();
        if (variable.equals("site.baseurl") || variable.equals("site.url")) {
            String value = variable.equals("site.baseurl") ? context.baseurl() : context.siteUrl();
            if (expression.contains("|")) {
                context.report().warning(context.at(offset), written + ": its filters are not applied");
            }
            return value;
        }
        if (variable.startsWith("page.")) {
            String value = context.pageValue(variable.substring(5));
            if (value != null) {
                context.report().converted(context.at(offset), written + " into the post's own '"
                        + variable.substring(5) + "'");
                return value;
            }
            context.report().warning(context.at(offset), written + " left out: the post has no '"
                    + variable.substring(5) + "' (Jekyll shows nothing either)");
            return "";
        }
        Matcher quoted = QUOTED.matcher(expression);
        if (quoted.matches() && quoted.group(3) != null) {
            Matcher titled = FILTER_TEXT.matcher(quoted.group(3));
            String title = titled.find() ? titled.group(2) : null;
            String video = Embeds.videoFor(quoted.group(2), title);
            if (video != null) {
                context.report().converted(context.at(offset), written + Embeds.videoConverted(title));
                return "\n\n" + video + "\n\n";
            }
        }
        if (quoted.matches()) {
            context.report().warning(context.at(offset), written + ": the text \"" + quoted.group(2)
                    + "\" kept, its filters (" + (quoted.group(3) == null ? "none" : quoted.group(3).substring(1).strip())
                    + ") not applied");
            return quoted.group(2);
        }
        context.report().warning(context.at(offset), written + " left out: site-gen has no such value; "
                + "write what it showed into the post");
        return "";
    }
}
