package org.sitegen.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitegen.diag.OneLine;

/**
 * The lines of an embed, after Pandoc's fenced divs: an opening line of three or more colons,
 * the embed's name and its attributes ({@code ::: figure src="map.png" alt="A map"}), optionally
 * closed by colons again ({@code ::: note :::}); a closing line of three or more colons and
 * nothing else. Attribute values are double-quoted (a {@code \"} or {@code \\} inside stands for
 * the character), single-quoted, or bare words.
 */
public final class EmbedSyntax {
    static final int MIN_FENCE = 3;

    private EmbedSyntax() {
    }

    /** Colons at {@code start} of {@code line}, counted. */
    static int fence(CharSequence line, int start) {
        int i = start;
        while (i < line.length() && line.charAt(i) == ':') {
            i++;
        }
        return i - start;
    }

    /** A line of three or more colons and blanks after them only. */
    static boolean isClosing(CharSequence line, int start) {
        int colons = fence(line, start);
        if (colons < MIN_FENCE) {
            return false;
        }
        for (int i = start + colons; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads an opening line; {@code start} is its first colon. Null when the line is not one
     * (a closing line, or colons followed by nothing that can be a name start).
     */
    static EmbedBlock opening(BasedSequence line, int start) {
        int colons = fence(line, start);
        int i = skipBlanks(line, start + colons);
        int nameStart = i;
        while (i < line.length() && isNameChar(line.charAt(i))) {
            i++;
        }
        if (i == nameStart) {
            return null;
        }
        String name = line.subSequence(nameStart, i).toString();
        int base = line.getStartOffset();
        Map<String, EmbedBlock.Attribute> attributes = new LinkedHashMap<>();
        List<EmbedBlock.Problem> problems = new ArrayList<>();
        while (true) {
            int before = i;
            i = skipBlanks(line, i);
            if (i >= line.length() || line.charAt(i) == '\n' || line.charAt(i) == '\r') {
                break;
            }
            if (line.charAt(i) == ':' && isClosing(line, i)) {
                break; // "::: note :::"
            }
            if (i == before) {
                problems.add(new EmbedBlock.Problem(base + i, "expected a space before the next attribute of the '"
                        + name + "' embed"));
                break;
            }
            int keyStart = i;
            while (i < line.length() && isNameChar(line.charAt(i))) {
                i++;
            }
            if (i == keyStart || i >= line.length() || line.charAt(i) != '=') {
                problems.add(new EmbedBlock.Problem(base + keyStart, "expected an attribute name=\"value\" in the '" + name
                        + "' embed, not \"" + OneLine.of(rest(line, keyStart)) + "\""));
                break;
            }
            String key = line.subSequence(keyStart, i).toString();
            i++; // '='
            StringBuilder value = new StringBuilder();
            int end = value(line, i, value);
            if (end < 0) {
                problems.add(new EmbedBlock.Problem(base + i, "the value of '" + key + "' has no closing quote"));
                break;
            }
            if (attributes.containsKey(key)) {
                problems.add(new EmbedBlock.Problem(base + keyStart, "'" + key + "' is given twice"));
            } else {
                attributes.put(key, new EmbedBlock.Attribute(value.toString(), base + keyStart));
            }
            i = end;
        }
        return new EmbedBlock(line, name, base + nameStart, attributes, problems);
    }

    /**
     * {@code value} as a double-quoted attribute value that this syntax reads back as it is (the
     * importer writes embeds with it): a quote or a backslash escaped with a backslash, a line
     * break (which would end the opening line) as a space. No HTML entities: the syntax has none,
     * an {@code &quot;} would be read as those six characters.
     */
    public static String quoted(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        return out.append('"').toString();
    }

    /** Reads a value at {@code i} into {@code into}; returns the index after it, or -1 for an unclosed quote. */
    private static int value(CharSequence line, int i, StringBuilder into) {
        if (i < line.length() && (line.charAt(i) == '"' || line.charAt(i) == '\'')) {
            char quote = line.charAt(i);
            for (int j = i + 1; j < line.length(); j++) {
                char c = line.charAt(j);
                if (c == '\\' && quote == '"' && j + 1 < line.length()
                        && (line.charAt(j + 1) == '"' || line.charAt(j + 1) == '\\')) {
                    into.append(line.charAt(++j));
                } else if (c == quote) {
                    return j + 1;
                } else if (c == '\n' || c == '\r') {
                    return -1;
                } else {
                    into.append(c);
                }
            }
            return -1;
        }
        int j = i;
        while (j < line.length() && !Character.isWhitespace(line.charAt(j)) && line.charAt(j) != '"'
                && line.charAt(j) != '\'') {
            into.append(line.charAt(j++));
        }
        return j;
    }

    private static String rest(CharSequence line, int from) {
        String rest = line.subSequence(from, line.length()).toString().strip();
        return rest.length() > 40 ? rest.substring(0, 40) + "…" : rest;
    }

    private static int skipBlanks(CharSequence line, int i) {
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static boolean isNameChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }
}
