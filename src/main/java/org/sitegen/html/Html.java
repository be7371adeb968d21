package org.sitegen.html;

/**
 * The one HTML escaper of site-gen: the theme's templates (through render's output format), the
 * feeds' HTML content, heading anchors, the preview's problems page and the pom that {@code init}
 * writes all escape with it. Both forms are safe in element text and in a quoted attribute
 * value of either quote; {@link #escapeText} is for text that people also read as source (an
 * XML file), where quotes stay as written.
 * <p>
 * Markdown bodies are the exception, on purpose: markdown's HtmlLines writes them as Flexmark
 * does ({@code &}, {@code <}, {@code >}, {@code "}; an apostrophe as it is), because both of
 * its renderers must give the same bytes.
 */
public final class Html {
    private Html() {
    }

    /** {@code text} with {@code & < > " '} written as entities. */
    public static String escape(String text) {
        return escape(text, false);
    }

    /** {@code text} with {@code & < >} written as entities: element text only, never an attribute. */
    public static String escapeText(String text) {
        return escape(text, true);
    }

    /** The entity for {@code c} ({@code & < > " '}), or null when it is written as it is. */
    public static String entity(char c) {
        if (c > '>') {
            return null; // every escaped character is below '>' + 1: one test for nearly all text
        }
        return switch (c) {
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> null;
        };
    }

    private static String escape(String text, boolean textOnly) {
        StringBuilder out = null;
        int run = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            String entity = entity(c);
            if (entity == null || textOnly && (c == '"' || c == '\'')) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n + 16);
            }
            out.append(text, run, i).append(entity);
            run = i + 1;
        }
        return out == null ? text : out.append(text, run, text.length()).toString();
    }
}
