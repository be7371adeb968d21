package org.sitegen.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the plain subset of YAML that nearly every front matter is written in, giving the tree
 * {@link YamlTreeReader} gives through Jackson: block mappings with simple keys, block and
 * one-line flow sequences, one-line plain, single- and double-quoted scalars, comments. Anything
 * else (anchors, tags, block scalars, flow mappings, a value over several lines, tabs, escapes
 * other than \" and \\, a scalar the YAML 1.1 resolver could read as a number other than a
 * decimal integer, duplicate keys, an error) makes {@link #read} return null, and the caller
 * reads the text with Jackson: this reader never reports a problem, so every message still
 * comes from one place. What it does read it reads exactly as Jackson does (same texts, kinds,
 * lines and columns); FrontMatterDifferentialTest holds it to that over real archives and
 * mutations of them. Jackson's parser is the largest part of reading a front matter (see
 * docs/performance.md, twentieth session, frontmatter helper).
 */
final class PlainYaml {
    /** Deeper than this is left to Jackson, which enforces the nesting limit. */
    private static final int MAX_DEPTH = 8;
    /** SnakeYAML's longest implicit key (its scanner's 1024 characters); a longer one is an error there. */
    private static final int MAX_SIMPLE_KEY = 1024;

    /** Thrown to hand the text to Jackson; no stack trace, it is a branch, not an error. */
    private static final class NotPlain extends Exception {
        private static final NotPlain INSTANCE = new NotPlain();

        private NotPlain() {
            super(null, null, false, false);
        }
    }

    private final String text;
    private final int firstLine;
    private final int length;
    /** Start of the current line. */
    private int lineStart;
    /** 0-based line number of the current line within {@link #text}. */
    private int line;
    /** Indentation (spaces) of the current line, once {@link #nextContentLine} found it. */
    private int indent;

    private PlainYaml(String text, int firstLine) {
        this.text = text;
        this.firstLine = firstLine;
        this.length = text.length();
    }

    /**
     * The front matter {@code yaml} (starting on file line {@code firstLine}) as Jackson reads it,
     * or null when it is not in the plain subset (or is not valid YAML): then Jackson must read it.
     */
    static YamlNode.Mapping read(String yaml, int firstLine) {
        if (!isPlainText(yaml)) {
            return null;
        }
        PlainYaml reader = new PlainYaml(yaml, firstLine);
        try {
            return reader.document();
        } catch (NotPlain | RuntimeException e) {
            return null;
        }
    }

    /**
     * No tab (SnakeYAML refuses some tabs, YamlTreeReader fixes others), no carriage return, no
     * line break of YAML 1.1 other than \n (U+0085, U+2028, U+2029), no byte order mark and no
     * surrogate (Jackson's columns count code points, this reader's chars): all left to Jackson.
     */
    private static boolean isPlainText(String yaml) {
        for (int i = 0, n = yaml.length(); i < n; i++) {
            char c = yaml.charAt(i);
            if (c < 0x20 ? c != '\n' : c >= 0x7f && (c == 0x85 || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                    || c >= '\uD800' && c <= '\uDFFF' || c >= '\uFFFE' || c == 0x7f)) {
                return false;
            }
        }
        return true;
    }

    private YamlNode.Mapping document() throws NotPlain {
        if (!nextContentLine()) {
            return new YamlNode.Mapping(Map.of(), firstLine, 1);
        }
        if (indent != 0) {
            throw NotPlain.INSTANCE; // an indented first key: let Jackson judge the indentation
        }
        YamlNode.Mapping root = mapping(0, lineStart, 0);
        if (nextContentLine()) {
            throw NotPlain.INSTANCE;
        }
        return root;
    }

    /**
     * Moves to the next line that holds more than spaces and a comment (from the current
     * position, which is a line start), setting {@link #indent}; false at the end.
     */
    private boolean nextContentLine() throws NotPlain {
        while (lineStart < length) {
            int i = lineStart;
            while (i < length && text.charAt(i) == ' ') {
                i++;
            }
            if (i < length && text.charAt(i) != '\n' && text.charAt(i) != '#') {
                indent = i - lineStart;
                if (indent == 0 && (text.startsWith("---", i) || text.startsWith("...", i)
                        || text.charAt(i) == '%')) {
                    throw NotPlain.INSTANCE; // document markers and directives
                }
                return true;
            }
            int end = text.indexOf('\n', i);
            if (end < 0) {
                lineStart = length;
                return false;
            }
            lineStart = end + 1;
            line++;
        }
        return false;
    }

    /** Moves past the current line's end; {@code from} is where its content (and comment) may start. */
    private void endLine(int from) throws NotPlain {
        int i = from;
        while (i < length && text.charAt(i) == ' ') {
            i++;
        }
        if (i < length && text.charAt(i) != '\n') {
            if (text.charAt(i) != '#' || i == from) {
                throw NotPlain.INSTANCE; // more after a value, or '#' with no space before it
            }
        }
        int end = text.indexOf('\n', i);
        lineStart = end < 0 ? length : end + 1;
        line++;
    }

    /**
     * A block mapping whose keys stand at column {@code column} (0-based); its first key is at
     * {@code keyAt} on the current line. Ends before the first content line indented less.
     */
    private YamlNode.Mapping mapping(int column, int keyAt, int depth) throws NotPlain {
        if (depth > MAX_DEPTH) {
            throw NotPlain.INSTANCE;
        }
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        int mappingLine = fileLine();
        int at = keyAt;
        while (true) {
            int colon = keyEnd(at);
            if (colon < 0) {
                throw NotPlain.INSTANCE;
            }
            String key = text.substring(at, colon);
            int keyLine = fileLine();
            int keyColumn = column + 1;
            YamlNode value = value(column, colon + 1, depth, true);
            if (entries.put(key, new YamlNode.Entry(key, keyLine, keyColumn, value)) != null) {
                throw NotPlain.INSTANCE; // Jackson reports duplicate keys
            }
            if (!nextContentLine() || indent < column) {
                break;
            }
            if (indent > column) {
                throw NotPlain.INSTANCE; // a continuation line, or bad indentation
            }
            at = lineStart + indent;
        }
        return new YamlNode.Mapping(entries, mappingLine, column + 1);
    }

    /**
     * The value after a key's ':' (at {@code from} on the current line) of a mapping at
     * {@code column}; leaves the position at the start of the line after it.
     */
    private YamlNode value(int column, int from, int depth, boolean inMapping) throws NotPlain {
        int i = from;
        while (i < length && text.charAt(i) == ' ') {
            i++;
        }
        if (i < length && text.charAt(i) != '\n' && !(text.charAt(i) == '#' && i > from)) {
            YamlNode scalar = inlineValue(i);
            return scalar;
        }
        // nothing on the key's line: a nested block on the next lines, or an empty value
        int emptyLine = fileLine();
        int emptyColumn = from - lineStart + 1;
        endLine(from);
        if (nextContentLine()) {
            int at = lineStart + indent;
            boolean entry = isEntry(at);
            if (indent > column) {
                if (entry) {
                    return sequence(indent, depth + 1);
                }
                return mapping(indent, at, depth + 1);
            }
            if (indent == column && entry && inMapping) {
                return sequence(indent, depth + 1); // a sequence may stand at its key's column
            }
        }
        // Jackson reads an empty value as an empty string, not as null (unlike '~' and 'null')
        return new YamlNode.Scalar("", YamlNode.ScalarKind.STRING, emptyLine, emptyColumn);
    }

    /** Whether a block sequence entry ("- " or a lone '-') starts at {@code at}. */
    private boolean isEntry(int at) {
        return text.charAt(at) == '-' && (at + 1 == length || text.charAt(at + 1) == ' ' || text.charAt(at + 1) == '\n');
    }

    /** A block sequence whose '-' stand at column {@code column}; the current line holds its first. */
    private YamlNode.Sequence sequence(int column, int depth) throws NotPlain {
        if (depth > MAX_DEPTH) {
            throw NotPlain.INSTANCE;
        }
        List<YamlNode> items = new ArrayList<>();
        int sequenceLine = fileLine();
        while (true) {
            int dash = lineStart + column;
            int i = dash + 1;
            while (i < length && text.charAt(i) == ' ') {
                i++;
            }
            if (i >= length || text.charAt(i) == '\n' || text.charAt(i) == '#') {
                throw NotPlain.INSTANCE; // an empty entry, or one on the next lines
            }
            if (keyEnd(i) >= 0) {
                items.add(mapping(i - lineStart, i, depth + 1)); // "- key: value" and the keys under it
                if (lineStart >= length || !nextContentLine()) {
                    break;
                }
            } else {
                items.add(inlineValue(i));
                if (!nextContentLine()) {
                    break;
                }
            }
            if (indent < column) {
                break;
            }
            if (indent > column || !isEntry(lineStart + indent)) {
                if (indent == column && !isEntry(lineStart + indent)) {
                    break; // a key of the mapping this sequence is a value of, at the same column
                }
                throw NotPlain.INSTANCE;
            }
        }
        return new YamlNode.Sequence(items, sequenceLine, column + 1);
    }

    /**
     * The end (the ':') of a simple key starting at {@code at}: letters, digits, '_', '-' and
     * '.', starting with a letter or '_', followed by ':' and a space or the line's end; -1 when
     * there is none.
     */
    private int keyEnd(int at) {
        if (at >= length) {
            return -1;
        }
        char first = text.charAt(at);
        if (!(first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z' || first == '_')) {
            return -1;
        }
        int i = at + 1;
        while (i < length) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.') {
                i++;
            } else {
                break;
            }
        }
        if (i - at > MAX_SIMPLE_KEY) {
            return -1; // SnakeYAML drops a longer key as stale, and the ':' after it is an error
        }
        if (i < length && text.charAt(i) == ':' && (i + 1 == length || text.charAt(i + 1) == ' '
                || text.charAt(i + 1) == '\n')) {
            return i;
        }
        return -1;
    }

    /** A value written on one line from {@code at}; leaves the position at the next line's start. */
    private YamlNode inlineValue(int at) throws NotPlain {
        char c = text.charAt(at);
        int valueLine = fileLine();
        int valueColumn = at - lineStart + 1;
        if (c == '"') {
            int[] end = new int[1];
            String value = doubleQuoted(at + 1, end);
            endLine(end[0]);
            return new YamlNode.Scalar(value, YamlNode.ScalarKind.STRING, valueLine, valueColumn);
        }
        if (c == '\'') {
            int[] end = new int[1];
            String value = singleQuoted(at + 1, end);
            endLine(end[0]);
            return new YamlNode.Scalar(value, YamlNode.ScalarKind.STRING, valueLine, valueColumn);
        }
        if (c == '[') {
            return flowSequence(at, valueLine, valueColumn);
        }
        if (!canStartPlain(c)) {
            throw NotPlain.INSTANCE;
        }
        int lineEnd = text.indexOf('\n', at);
        if (lineEnd < 0) {
            lineEnd = length;
        }
        int end = at;
        for (int i = at; i < lineEnd; i++) {
            char d = text.charAt(i);
            if (d == ' ') {
                if (i + 1 < lineEnd && text.charAt(i + 1) == '#') {
                    break;
                }
            } else if (d == ':' && (i + 1 == lineEnd || text.charAt(i + 1) == ' ')) {
                throw NotPlain.INSTANCE; // a mapping where a scalar should be: an error, or a value Jackson reads
            } else {
                end = i + 1;
            }
        }
        String value = text.substring(at, end);
        endLine(end);
        return plain(value, valueLine, valueColumn);
    }

    /** A plain scalar as Jackson gives it: a null has no text, a boolean keeps the word written. */
    private static YamlNode.Scalar plain(String value, int line, int column) throws NotPlain {
        YamlNode.ScalarKind kind = kind(value);
        return new YamlNode.Scalar(kind == YamlNode.ScalarKind.NULL ? "" : value, kind, line, column);
    }

    /** Letters, digits and the few other characters a plain scalar can start with, and no indicator. */
    private static boolean canStartPlain(char c) {
        if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80) {
            return true;
        }
        return "_$^(/\\+=;~.".indexOf(c) >= 0;
    }

    /**
     * What SnakeYAML's YAML 1.1 resolver and Jackson make of a plain scalar: null and boolean
     * words, decimal integers; any other text the resolver could take for a number (or a merge
     * key) is left to Jackson.
     */
    private static YamlNode.ScalarKind kind(String value) throws NotPlain {
        char first = value.charAt(0);
        switch (first) {
            case '~':
                return value.length() == 1 ? YamlNode.ScalarKind.NULL : YamlNode.ScalarKind.STRING;
            case 'n': case 'N':
                if (value.equals("null") || value.equals("Null") || value.equals("NULL")) {
                    return YamlNode.ScalarKind.NULL;
                }
                return isBooleanWord(value) ? YamlNode.ScalarKind.BOOLEAN : YamlNode.ScalarKind.STRING;
            case 'y': case 'Y': case 't': case 'T': case 'f': case 'F': case 'o': case 'O':
                return isBooleanWord(value) ? YamlNode.ScalarKind.BOOLEAN : YamlNode.ScalarKind.STRING;
            case '+': case '.':
                throw NotPlain.INSTANCE;
            default:
                if (first >= '0' && first <= '9') {
                    return numberOrText(value);
                }
                return YamlNode.ScalarKind.STRING;
        }
    }

    /** The resolver's boolean words (its pattern, written out). */
    private static boolean isBooleanWord(String value) {
        return switch (value) {
            case "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
                    "on", "On", "ON", "off", "Off", "OFF" -> true;
            default -> false;
        };
    }

    /**
     * A plain scalar starting with a digit: a decimal integer is a number (as Jackson decodes
     * it); text with a '-' or '+' after a digit (a date, a time stamp, "2-3") or a character none
     * of the resolver's number patterns has is text (a time stamp is text to Jackson too); the
     * rest (octal, hex, floats, sexagesimal, underscores) goes to Jackson.
     */
    private static YamlNode.ScalarKind numberOrText(String value) throws NotPlain {
        int n = value.length();
        boolean digits = true;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                digits = false;
                break;
            }
        }
        if (digits) {
            if (value.charAt(0) == '0' && n > 1) {
                throw NotPlain.INSTANCE; // octal in YAML 1.1, or text ("08")
            }
            return YamlNode.ScalarKind.NUMBER;
        }
        for (int i = 1; i < n; i++) {
            char c = value.charAt(i);
            char before = value.charAt(i - 1);
            if ((c == '-' || c == '+') && before >= '0' && before <= '9') {
                return YamlNode.ScalarKind.STRING; // the patterns have a sign only first or after 'e'
            }
            boolean numberChar = c >= '0' && c <= '9' || c == '_' || c == '+' || c == '-' || c == '.' || c == ':'
                    || c == 'x' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
            if (!numberChar) {
                return YamlNode.ScalarKind.STRING;
            }
        }
        throw NotPlain.INSTANCE;
    }

    /** A double-quoted scalar on one line from {@code from} (after the quote); end[0] is after the closing quote. */
    private String doubleQuoted(int from, int[] end) throws NotPlain {
        StringBuilder value = null;
        int run = from;
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                end[0] = i + 1;
                if (value == null) {
                    return text.substring(from, i);
                }
                return value.append(text, run, i).toString();
            }
            if (c == '\n') {
                throw NotPlain.INSTANCE; // folded over lines
            }
            if (c == '\\') {
                char next = i + 1 < length ? text.charAt(i + 1) : '\n';
                if (next != '"' && next != '\\') {
                    throw NotPlain.INSTANCE; // SnakeYAML (YAML 1.1) refuses "\/", which YAML 1.2 and JSON allow
                }
                if (value == null) {
                    value = new StringBuilder();
                }
                value.append(text, run, i).append(next);
                i++;
                run = i + 1;
            }
        }
        throw NotPlain.INSTANCE;
    }

    /** A single-quoted scalar on one line from {@code from} (after the quote); end[0] is after the closing quote. */
    private String singleQuoted(int from, int[] end) throws NotPlain {
        StringBuilder value = null;
        int run = from;
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                throw NotPlain.INSTANCE;
            }
            if (c == '\'') {
                if (i + 1 < length && text.charAt(i + 1) == '\'') {
                    if (value == null) {
                        value = new StringBuilder();
                    }
                    value.append(text, run, i + 1);
                    i++;
                    run = i + 1;
                    continue;
                }
                end[0] = i + 1;
                if (value == null) {
                    return text.substring(from, i);
                }
                return value.append(text, run, i).toString();
            }
        }
        throw NotPlain.INSTANCE;
    }

    /** A flow sequence of scalars on one line, '[' at {@code at}. */
    private YamlNode.Sequence flowSequence(int at, int valueLine, int valueColumn) throws NotPlain {
        List<YamlNode> items = new ArrayList<>();
        int i = skipSpaces(at + 1);
        if (i < length && text.charAt(i) == ']') {
            endLine(i + 1);
            return new YamlNode.Sequence(items, valueLine, valueColumn);
        }
        while (true) {
            if (i >= length) {
                throw NotPlain.INSTANCE;
            }
            char c = text.charAt(i);
            int itemColumn = i - lineStart + 1;
            int end;
            if (c == '"' || c == '\'') {
                int[] after = new int[1];
                String value = c == '"' ? doubleQuoted(i + 1, after) : singleQuoted(i + 1, after);
                items.add(new YamlNode.Scalar(value, YamlNode.ScalarKind.STRING, valueLine, itemColumn));
                end = skipSpaces(after[0]);
            } else if (canStartPlain(c)) {
                int last = i;
                int j = i;
                while (j < length) {
                    char d = text.charAt(j);
                    if (d == ',' || d == ']') {
                        break;
                    }
                    if (d == '\n' || d == ':' || d == '?' || d == '#' || d == '[' || d == '{' || d == '}') {
                        throw NotPlain.INSTANCE;
                    }
                    if (d != ' ') {
                        last = j + 1;
                    }
                    j++;
                }
                String value = text.substring(i, last);
                items.add(plain(value, valueLine, itemColumn));
                end = j;
            } else {
                throw NotPlain.INSTANCE;
            }
            if (end >= length) {
                throw NotPlain.INSTANCE;
            }
            if (text.charAt(end) == ']') {
                endLine(end + 1);
                return new YamlNode.Sequence(items, valueLine, valueColumn);
            }
            if (text.charAt(end) != ',') {
                throw NotPlain.INSTANCE;
            }
            i = skipSpaces(end + 1);
            if (i < length && text.charAt(i) == ']') {
                throw NotPlain.INSTANCE; // a trailing comma
            }
        }
    }

    private int skipSpaces(int from) {
        int i = from;
        while (i < length && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private int fileLine() {
        return line + firstLine;
    }
}
