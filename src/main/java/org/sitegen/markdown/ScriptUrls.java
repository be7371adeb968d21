package org.sitegen.markdown;

import java.util.Locale;

/**
 * Recognises URLs a browser would run or inline as code: {@code javascript:}, {@code vbscript:}
 * and {@code data:}, however they are disguised. Browsers drop tabs, newlines and leading
 * control characters and ignore case, and Markdown decodes entities first, so
 * {@code &#106;ava&#x09;Script:} counts too (Flexmark's own filter misses these).
 */
final class ScriptUrls {
    private ScriptUrls() {
    }

    /** @param unescaped the URL after Markdown's entity and backslash decoding */
    static boolean isScript(String unescaped) {
        StringBuilder scheme = new StringBuilder();
        for (int i = 0; i < unescaped.length() && scheme.length() < 12; i++) {
            char c = unescaped.charAt(i);
            if (c <= ' ' || c == '\u007f') {
                continue;
            }
            if (c == ':') {
                String name = scheme.toString().toLowerCase(Locale.ROOT);
                return name.equals("javascript") || name.equals("vbscript") || name.equals("data")
                        || name.equals("livescript");
            }
            scheme.append(c);
        }
        return false;
    }
}
