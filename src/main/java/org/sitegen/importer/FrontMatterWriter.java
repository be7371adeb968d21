package org.sitegen.importer;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes front matter as the YAML site-gen reads: text double-quoted (so no value is re-read as
 * another type: a tag "no" stays a tag, not false), dates, whole numbers and booleans plain,
 * lists and maps in block style.
 */
final class FrontMatterWriter {
    private static final Pattern PLAIN = Pattern.compile("true|false|-?\\d{1,18}"
            + "|\\d{4}-\\d{1,2}-\\d{1,2}([Tt ]\\d{1,2}:\\d{2}(:\\d{2}([.,]\\d+)?)?)?( ?([Zz]|[+-]\\d{1,2}(:?\\d{2})?))?");

    private FrontMatterWriter() {
    }

    static String write(Map<String, Object> fields) {
        StringBuilder out = new StringBuilder("---\n");
        fields.forEach((key, value) -> entry(out, "", key, value));
        return out.append("---\n").toString();
    }

    private static void entry(StringBuilder out, String indent, String key, Object value) {
        out.append(indent).append(key(key)).append(':');
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                out.append(" []\n");
                return;
            }
            out.append('\n');
            for (Object item : list) {
                if (item instanceof Map<?, ?> || item instanceof List<?>) {
                    out.append(indent).append("  -\n");
                    nested(out, indent + "    ", item);
                } else {
                    out.append(indent).append("  - ").append(scalar(item)).append('\n');
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append(" {}\n");
                return;
            }
            out.append('\n');
            nested(out, indent + "  ", map);
        } else if (value == null) {
            out.append('\n');
        } else {
            out.append(' ').append(scalar(value)).append('\n');
        }
    }

    private static void nested(StringBuilder out, String indent, Object value) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> entry(out, indent, String.valueOf(k), v));
        } else if (value instanceof List<?> list) {
            for (Object item : list) {
                out.append(indent).append("- ").append(scalar(item)).append('\n');
            }
        }
    }

    private static String key(String key) {
        return key.matches("[A-Za-z_][A-Za-z0-9_-]*") ? key : quoted(key);
    }

    static String scalar(Object value) {
        String text = value == null ? "" : String.valueOf(value);
        return PLAIN.matcher(text).matches() ? text : quoted(text);
    }

    /** A YAML double-quoted scalar: backslash, quote and control characters escaped. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
