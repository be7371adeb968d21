package org.sitegen.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads front matter YAML into {@link YamlNode}s with positions. This is the only class that
 * imports Jackson; {@link PlainYaml} reads the plain subset most front matter is written in
 * without it, to the same tree. The loader is locked down: no aliases (Jackson would silently replace an
 * alias by the anchor's name), no custom tags, bounded nesting and size.
 */
final class YamlTreeReader {
    static final int MAX_CODE_POINTS = 1024 * 1024;
    private static final int MAX_DEPTH = 20;
    /** Each tab after "key:" costs a re-parse; bounded so a hostile file cannot make that quadratic. */
    private static final int MAX_TAB_FIXES = 100;
    private static final Set<String> CORE_TAGS = Set.of("str", "int", "float", "bool", "null", "seq", "map",
            "timestamp").stream().map(t -> "tag:yaml.org,2002:" + t).collect(java.util.stream.Collectors.toSet());

    /**
     * Made when Jackson first reads a text: a build whose front matter is all in PlainYaml's
     * subset loads none of Jackson's YAML classes.
     */
    private static final class Jackson {
        static final YAMLFactory FACTORY;

        static {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(0);
            options.setNestingDepthLimit(MAX_DEPTH);
            options.setCodePointLimit(MAX_CODE_POINTS);
            options.setAllowRecursiveKeys(false);
            FACTORY = YAMLFactory.builder().loaderOptions(options).build();
        }
    }

    /** A problem in the YAML itself; line and column count from the first line of {@code yaml}. */
    static final class YamlProblem extends Exception {
        final int line;
        final int column;

        YamlProblem(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    /**
     * Parses a YAML document whose top level must be a mapping.
     *
     * @param yaml      the text between the {@code ---} lines
     * @param firstLine the file line on which {@code yaml} starts, so positions are file positions
     */
    YamlNode.Mapping read(String yaml, int firstLine) throws YamlProblem {
        YamlNode root = readAny(yaml, firstLine);
        if (!(root instanceof YamlNode.Mapping mapping)) {
            throw new YamlProblem("front matter must be a set of 'key: value' lines", root.line(), root.column());
        }
        return mapping;
    }

    /**
     * Parses a YAML document with any top level (a data file's list), under the same limits;
     * an empty document is an empty mapping.
     */
    YamlNode readAny(String yaml, int firstLine) throws YamlProblem {
        // A string has at least as many chars as code points: most front matter is not counted.
        int size = yaml.length() <= MAX_CODE_POINTS ? 0 : yaml.codePointCount(0, yaml.length());
        if (size > MAX_CODE_POINTS) {
            throw new YamlProblem("front matter is larger than " + MAX_CODE_POINTS + " characters (" + size
                    + " here); keep front matter short and put long text in the body", firstLine, 1);
        }
        checkCharacters(yaml, firstLine);
        // most front matter is in the plain subset, read without Jackson; the rest (and every error) with it
        YamlNode.Mapping plain = PlainYaml.read(yaml, firstLine);
        if (plain != null) {
            return plain;
        }
        return readWithJackson(yaml, firstLine);
    }

    /** What Jackson reads {@code yaml} as (after the size and character checks); PlainYaml's tests compare with it. */
    YamlNode readWithJackson(String yaml, int firstLine) throws YamlProblem {
        String text = yaml;
        for (int fixed = 0; ; fixed++) {
            try {
                return parse(text, firstLine);
            } catch (SeparatingTab tab) {
                // SnakeYAML only accepts spaces after "key:" and "- "; YAML 1.2 and writers allow a tab there.
                if (fixed >= MAX_TAB_FIXES) {
                    throw new YamlProblem("front matter has tabs after ':' on more than " + MAX_TAB_FIXES
                            + " lines; use spaces", tab.line + firstLine, tab.column + 1);
                }
                text = text.substring(0, tab.offset) + ' ' + text.substring(tab.offset + 1);
            }
        }
    }

    /** A tab between a key's ':' (or a list's '-') and its value, at {@code offset} of the text. */
    private static final class SeparatingTab extends Exception {
        final int offset;
        final int line;
        final int column;

        SeparatingTab(int offset, int line, int column) {
            super(null, null, false, false);
            this.offset = offset;
            this.line = line;
            this.column = column;
        }
    }

    /**
     * The char offset of a tab SnakeYAML refused, when it separates a value from what precedes it
     * on its line (indentation tabs stay errors); -1 otherwise.
     */
    private static int separatingTab(String yaml, int line, int column) {
        int start = 0;
        for (int i = 0; i < line; i++) {
            start = yaml.indexOf('\n', start) + 1;
            if (start == 0) {
                return -1;
            }
        }
        int offset;
        try {
            offset = yaml.offsetByCodePoints(start, column);
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
        if (offset >= yaml.length() || yaml.charAt(offset) != '\t' || yaml.substring(start, offset).isBlank()) {
            return -1;
        }
        return offset;
    }

    private YamlNode parse(String yaml, int firstLine) throws YamlProblem, SeparatingTab {
        try (YAMLParser parser = (YAMLParser) Jackson.FACTORY.createParser(yaml)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlNode.Mapping(Map.of(), firstLine, 1);
            }
            return readValue(parser, firstLine, 0);
        } catch (StreamReadException e) {
            if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                if (String.valueOf(marked.getProblem()).contains("\\t(TAB)")) {
                    int tab = separatingTab(yaml, marked.getProblemMark().getLine(), marked.getProblemMark().getColumn());
                    if (tab >= 0) {
                        throw new SeparatingTab(tab, marked.getProblemMark().getLine(), marked.getProblemMark().getColumn());
                    }
                }
                throw new YamlProblem(describe(marked, firstLine), marked.getProblemMark().getLine() + firstLine,
                        marked.getProblemMark().getColumn() + 1);
            }
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            throw new YamlProblem(describe(e), Math.max(line, 1) + firstLine - 1, Math.max(column, 1));
        } catch (IOException e) {
            throw new YamlProblem("front matter could not be read: " + e.getMessage(), firstLine, 1);
        }
    }

    /** SnakeYAML rejects non-printable characters with a vague message and position; name the first one. */
    private static void checkCharacters(String yaml, int firstLine) throws YamlProblem {
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            // Printable ASCII, tab and newline, nearly all of any front matter, in one test each.
            if ((c < 0x20 || c > 0x7e) && c != '\n' && c != '\t') {
                checkCharacter(yaml, i, firstLine);
            }
        }
    }

    /** Checks the code point at {@code i} (not printable ASCII); its line and column are worked out only to report it. */
    private static void checkCharacter(String yaml, int i, int firstLine) throws YamlProblem {
        int c = yaml.codePointAt(i);
        boolean printable = c == 0x85 || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd)
                || (c >= 0x10000 && c <= 0x10ffff) || Character.isLowSurrogate((char) c) && i > 0
                && Character.isHighSurrogate(yaml.charAt(i - 1));
        if (!printable) {
            int lineStart = yaml.lastIndexOf('\n', i - 1) + 1;
            int line = firstLine + (int) yaml.substring(0, lineStart).chars().filter(ch -> ch == '\n').count();
            int column = yaml.codePointCount(lineStart, i) + 1;
            throw new YamlProblem(String.format(java.util.Locale.ROOT,
                    "front matter contains the control character U+%04X, which YAML does not allow; remove it",
                    c), line, column);
        }
    }

    /**
     * Escapes such as "\\0" or "\\x1b" in double quotes would put control characters into pages and
     * paths; others, half a surrogate pair or U+FFFF, what no page or feed can carry.
     */
    private static String checkEscapes(String text, int line, int column) throws YamlProblem {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7f) {
                throw new YamlProblem(String.format(java.util.Locale.ROOT,
                        "value contains the control character U+%04X (written as an escape); remove it", (int) c),
                        line, column);
            }
            if (c == '\uFFFE' || c == '\uFFFF') {
                // not characters for XML (the feeds); a body's are left out with a warning (ContentLoader)
                throw new YamlProblem(String.format(java.util.Locale.ROOT,
                        "value contains U+%04X (written as an escape), which is not a character; remove it", (int) c),
                        line, column);
            }
            if (Character.isSurrogate(c)) {
                // a pair written as two escapes, high then low, is one character; a half alone cannot be
                // written to a page, a feed or the search index (it would become '?' in each)
                if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                } else {
                    throw new YamlProblem(String.format(java.util.Locale.ROOT,
                            "value contains half a surrogate pair, U+%04X (written as an escape), which is not a "
                                    + "character; write the whole character or a pair of escapes such as \"\\ud83d\\ude00\"",
                            (int) c), line, column);
                }
            }
        }
        return text;
    }

    private YamlNode readValue(YAMLParser parser, int firstLine, int depth) throws IOException, YamlProblem {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr() + firstLine - 1;
        int column = at.getColumnNr();
        if (parser.isCurrentAlias()) {
            throw new YamlProblem("YAML aliases (*" + parser.getText() + ") are not supported; write the value out",
                    line, column);
        }
        checkTag(parser, line, column);
        JsonToken token = parser.currentToken();
        if ((token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) && depth >= MAX_DEPTH) {
            // LoaderOptions' nesting limit is only enforced by SnakeYAML's composer, which Jackson does not use.
            throw new YamlProblem("front matter is nested more than " + MAX_DEPTH + " levels deep", line, column);
        }
        switch (token) {
            case START_OBJECT:
                return readMapping(parser, firstLine, depth, line, column);
            case START_ARRAY:
                return readSequence(parser, firstLine, depth, line, column);
            case VALUE_NULL:
                return new YamlNode.Scalar("", YamlNode.ScalarKind.NULL, line, column);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YamlNode.Scalar(parser.getText(), YamlNode.ScalarKind.BOOLEAN, line, column);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new YamlNode.Scalar(parser.getText(), YamlNode.ScalarKind.NUMBER, line, column);
            default:
                return new YamlNode.Scalar(checkEscapes(parser.getText(), line, column), YamlNode.ScalarKind.STRING,
                        line, column);
        }
    }

    private YamlNode readMapping(YAMLParser parser, int firstLine, int depth, int line, int column)
            throws IOException, YamlProblem {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            JsonLocation keyAt = parser.currentTokenLocation();
            String key = checkEscapes(parser.currentName(), keyAt.getLineNr() + firstLine - 1, keyAt.getColumnNr());
            parser.nextToken();
            YamlNode value = readValue(parser, firstLine, depth + 1);
            entries.put(key, new YamlNode.Entry(key, keyAt.getLineNr() + firstLine - 1, keyAt.getColumnNr(), value));
        }
        return new YamlNode.Mapping(entries, line, column);
    }

    private YamlNode readSequence(YAMLParser parser, int firstLine, int depth, int line, int column)
            throws IOException, YamlProblem {
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(readValue(parser, firstLine, depth + 1));
        }
        return new YamlNode.Sequence(items, line, column);
    }

    private static void checkTag(YAMLParser parser, int line, int column) throws IOException, YamlProblem {
        String tag = parser.getTypeId();
        if (tag != null && !CORE_TAGS.contains(tag) && !CORE_TAGS.contains("tag:yaml.org,2002:" + tag.replace("!", ""))) {
            String written = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18) : "!" + tag.replaceFirst("^!", "");
            throw new YamlProblem("YAML tag '" + written + "' is not allowed in front matter; remove it", line, column);
        }
    }

    /** "expected ',' or ']', but got <scalar> (in the flow sequence that starts at line 2)". */
    private static String describe(MarkedYAMLException e, int firstLine) {
        // SnakeYAML quotes the offending character as is: Diagnostic shows controls escaped
        String problem = e.getProblem() == null ? "syntax error" : e.getProblem();
        if (problem.contains("exceeds the limit") || problem.contains("code points")) {
            return "front matter is too large";
        }
        if (problem.contains("\\t(TAB)")) {
            return "front matter is not valid YAML: a tab indents this line; YAML indents with spaces only";
        }
        // "while parsing a flow sequence" names a structure worth pointing at; "while scanning for the next token" does not.
        java.util.regex.Matcher context = java.util.regex.Pattern.compile("^while (?:parsing|scanning) an? (.+)$")
                .matcher(e.getContext() == null ? "" : e.getContext());
        String where = e.getContextMark() == null ? "" : " that starts at line " + (e.getContextMark().getLine() + firstLine);
        return "front matter is not valid YAML: " + problem + (context.matches() ? " (in the " + context.group(1) + where + ")" : "");
    }

    /** SnakeYAML's messages span several lines with a caret drawing; keep the words. */
    private static String describe(StreamReadException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return "front matter is not valid YAML";
        }
        String firstLine = message.strip().lines().findFirst().orElse("").strip();
        if (firstLine.contains("exceeds the limit") || firstLine.contains("code points")) {
            return "front matter is too large";
        }
        if (firstLine.startsWith("Duplicate field ")) {
            return "duplicate key " + firstLine.substring("Duplicate field ".length()) + "; each key may appear once";
        }
        return "front matter is not valid YAML: " + firstLine;
    }
}
