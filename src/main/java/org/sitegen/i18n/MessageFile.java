package org.sitegen.i18n;

import java.util.ArrayList;
import java.util.List;

/**
 * A message bundle's text, read the way {@code java.util.Properties} reads a file (comments with
 * {@code #} or {@code !}, {@code key=value} or {@code key: value}, a trailing backslash continues
 * the line, escapes {@code \\n \\t \\\\} and backslash-u with four hex digits), but as UTF-8 and keeping each key's line, so a
 * problem in an archive's override is reported at its file and line.
 */
final class MessageFile {
    /** One {@code key=value} of the file; {@code line} is where the key is. */
    record Line(String key, String value, int line) {
    }

    private MessageFile() {
    }

    static List<Line> parse(String text) {
        List<Line> out = new ArrayList<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String first = stripLeading(lines[i]);
            if (i == 0 && first.startsWith("\uFEFF")) {
                first = first.substring(1);
            }
            if (first.isEmpty() || first.startsWith("#") || first.startsWith("!")) {
                continue;
            }
            int at = i + 1;
            StringBuilder logical = new StringBuilder(first);
            while (endsWithContinuation(logical) && i + 1 < lines.length) {
                logical.setLength(logical.length() - 1);
                logical.append(stripLeading(lines[++i]));
            }
            out.add(split(logical.toString(), at));
        }
        return out;
    }

    private static Line split(String logical, int line) {
        int i = 0;
        StringBuilder key = new StringBuilder();
        for (; i < logical.length(); i++) {
            char c = logical.charAt(i);
            if (c == '\\' && i + 1 < logical.length()) {
                i = unescape(logical, i, key);
            } else if (c == '=' || c == ':' || c == ' ' || c == '\t') {
                break;
            } else {
                key.append(c);
            }
        }
        while (i < logical.length() && (logical.charAt(i) == ' ' || logical.charAt(i) == '\t')) {
            i++;
        }
        if (i < logical.length() && (logical.charAt(i) == '=' || logical.charAt(i) == ':')) {
            i++;
        }
        while (i < logical.length() && (logical.charAt(i) == ' ' || logical.charAt(i) == '\t')) {
            i++;
        }
        StringBuilder value = new StringBuilder();
        for (; i < logical.length(); i++) {
            char c = logical.charAt(i);
            if (c == '\\' && i + 1 < logical.length()) {
                i = unescape(logical, i, value);
            } else {
                value.append(c);
            }
        }
        return new Line(key.toString(), value.toString(), line);
    }

    /** Appends the escape at {@code text[i]} (a backslash) to {@code out}; returns the index of its last char. */
    private static int unescape(String text, int i, StringBuilder out) {
        char next = text.charAt(i + 1);
        switch (next) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'f' -> out.append('\f');
            case 'u' -> {
                if (i + 6 <= text.length() && text.substring(i + 2, i + 6).matches("[0-9a-fA-F]{4}")) {
                    out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                    return i + 5;
                }
                out.append('u');
            }
            default -> out.append(next);
        }
        return i + 1;
    }

    /** An odd number of backslashes at the end: the last one continues the line. */
    private static boolean endsWithContinuation(CharSequence line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    private static String stripLeading(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t' || line.charAt(i) == '\f')) {
            i++;
        }
        return line.substring(i);
    }
}
