package org.sitegen.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The front matter of a Jekyll or Hugo file as its generator reads it: YAML between {@code ---}
 * lines, TOML between {@code +++} lines, or a JSON object at the top (Hugo). Keys keep their
 * order and the line they are on; a key given twice keeps its last value (Jekyll's Psych, Hugo's
 * YAML reader) and is listed in {@link #duplicates}. Values are text (scalars as written), lists
 * and maps of those.
 *
 * @param format      "yaml", "toml", "json" or "none"
 * @param fields      the top-level keys
 * @param duplicates  each key given more than once: its key, the line of the value dropped and of the one kept
 * @param body        the text after the front matter
 * @param bodyFirstLine the file line the body starts on
 */
public record SourceFrontMatter(String format, Map<String, Field> fields, List<Duplicate> duplicates, String body,
                                int bodyFirstLine) {

    /** One top-level key: its value, its line, whether a scalar value was quoted. */
    public record Field(Object value, int line, boolean quoted) {
    }

    /** A key written twice: the first value (dropped) and the last (kept). */
    public record Duplicate(String key, int droppedLine, int keptLine) {
    }

    /** Front matter that cannot be read; the line is the file's. */
    public static final class Unreadable extends Exception {
        public final int line;

        Unreadable(String message, int line) {
            super(message);
            this.line = line;
        }
    }

    private static final YAMLFactory YAML = new YAMLFactory();
    private static final JsonFactory JSON = new JsonFactory();
    private static final TomlMapper TOML = new TomlMapper();
    private static final Pattern FENCE = Pattern.compile("\\A(---|\\+\\+\\+)[ \\t]*\\r?\\n");

    public Object value(String key) {
        Field field = fields.get(key);
        return field == null ? null : field.value();
    }

    /** The value of {@code key} as text, or null when absent or not a single value. */
    public String text(String key) {
        return value(key) instanceof String text ? text : null;
    }

    public static SourceFrontMatter read(String text) throws Unreadable {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Matcher fence = FENCE.matcher(text);
        if (fence.find()) {
            String marker = fence.group(1);
            Matcher close = Pattern.compile("(?m)^" + Pattern.quote(marker) + "[ \\t]*(\\r?\\n|\\z)").matcher(text);
            if (!close.find(fence.end())) {
                throw new Unreadable("front matter opened by '" + marker + "' on line 1 is never closed", 1);
            }
            String block = text.substring(fence.end(), close.start());
            int bodyLine = 2 + lines(block) + 1;
            String body = text.substring(close.end());
            return marker.equals("---") ? yaml(block, body, bodyLine) : toml(block, body, bodyLine);
        }
        if (text.startsWith("{")) {
            return json(text);
        }
        return new SourceFrontMatter("none", new LinkedHashMap<>(), List.of(), text, 1);
    }

    private static int lines(String block) {
        int count = 0;
        for (int i = 0; i < block.length(); i++) {
            if (block.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    private static SourceFrontMatter yaml(String block, String body, int bodyLine) throws Unreadable {
        if (block.isBlank()) {
            return new SourceFrontMatter("yaml", new LinkedHashMap<>(), List.of(), body, bodyLine);
        }
        String[] lines = block.split("\n", -1);
        try (JsonParser parser = YAML.createParser(block)) {
            return fromTokens("yaml", parser, 1, lines, body, bodyLine);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new Unreadable("front matter is not YAML: " + e.getOriginalMessage().lines().findFirst().orElse(""),
                    Math.max(1, line) + 1);
        } catch (IOException e) {
            throw new Unreadable("front matter is not YAML: " + e.getMessage(), 2);
        }
    }

    private static SourceFrontMatter json(String text) throws Unreadable {
        try (JsonParser parser = JSON.createParser(text)) {
            parser.enable(JsonParser.Feature.ALLOW_COMMENTS);
            String[] lines = text.split("\n", -1);
            SourceFrontMatter read = fromTokens("json", parser, 0, lines, null, 0);
            int end = (int) parser.currentLocation().getCharOffset();
            String rest = text.substring(Math.min(end, text.length()));
            int bodyLine = (int) parser.currentLocation().getLineNr();
            if (rest.startsWith("\r\n")) {
                rest = rest.substring(2);
                bodyLine++;
            } else if (rest.startsWith("\n")) {
                rest = rest.substring(1);
                bodyLine++;
            }
            return new SourceFrontMatter("json", read.fields(), read.duplicates(), rest, bodyLine);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            throw new Unreadable("front matter is not JSON: " + e.getOriginalMessage(), Math.max(1, line));
        } catch (IOException e) {
            throw new Unreadable("front matter is not JSON: " + e.getMessage(), 1);
        }
    }

    /** Hugo (go-toml) refuses a key given twice, and so does this reader: the file is not imported. */
    private static SourceFrontMatter toml(String block, String body, int bodyLine) throws Unreadable {
        JsonNode root;
        try {
            root = TOML.readTree(block);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new Unreadable("front matter is not TOML: " + e.getOriginalMessage().lines().findFirst().orElse(""),
                    Math.max(1, line) + 1);
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        String[] lines = block.split("\n", -1);
        if (root != null) {
            root.fields().forEachRemaining(e -> fields.put(e.getKey(),
                    new Field(plain(e.getValue()), 1 + lineOfTomlKey(lines, e.getKey()), false)));
        }
        return new SourceFrontMatter("toml", fields, List.of(), body, bodyLine);
    }

    /** The block line (1-based) where a TOML key is set, or where its table starts. */
    private static int lineOfTomlKey(String[] lines, String key) {
        Pattern set = Pattern.compile("^\\s*(\"?)" + Pattern.quote(key) + "\\1\\s*=");
        Pattern table = Pattern.compile("^\\s*\\[\\[?\\s*\"?" + Pattern.quote(key) + "\"?\\s*[].]");
        for (int i = 0; i < lines.length; i++) {
            if (set.matcher(lines[i]).find() || table.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return 1;
    }

    private static Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> map.put(e.getKey(), plain(e.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(plain(item)));
            return list;
        }
        return node.isNull() ? null : node.asText();
    }

    /**
     * Reads a mapping from a token stream (YAML or JSON), keeping each top-level key's line and the
     * last value of a key given twice.
     *
     * @param lineOffset added to the parser's line numbers to give file lines
     */
    private static SourceFrontMatter fromTokens(String format, JsonParser parser, int lineOffset, String[] lines,
                                                String body, int bodyLine) throws IOException, Unreadable {
        JsonToken first = parser.nextToken();
        Map<String, Field> fields = new LinkedHashMap<>();
        List<Duplicate> duplicates = new ArrayList<>();
        if (first == null) {
            return new SourceFrontMatter(format, fields, duplicates, body, bodyLine);
        }
        if (first != JsonToken.START_OBJECT) {
            throw new Unreadable("front matter must be a set of 'key: value' lines",
                    parser.currentTokenLocation().getLineNr() + lineOffset);
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int line = parser.currentTokenLocation().getLineNr() + lineOffset;
            parser.nextToken();
            int valueLine = parser.currentTokenLocation().getLineNr();
            int valueColumn = parser.currentTokenLocation().getColumnNr();
            boolean quoted = parser.currentToken() == JsonToken.VALUE_STRING
                    && isQuoted(lines, valueLine - 1, valueColumn - 1);
            Object value = value(parser);
            Field earlier = fields.remove(key);
            if (earlier != null) {
                duplicates.add(new Duplicate(key, earlier.line(), line));
            }
            fields.put(key, new Field(value, line, quoted));
        }
        return new SourceFrontMatter(format, fields, duplicates, body, bodyLine);
    }

    private static boolean isQuoted(String[] lines, int lineIndex, int column) {
        if (lineIndex < 0 || lineIndex >= lines.length || column < 0 || column >= lines[lineIndex].length()) {
            return false;
        }
        char c = lines[lineIndex].charAt(column);
        return c == '"' || c == '\'';
    }

    private static Object value(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Object> map = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                map.put(key, value(parser));
            }
            return map;
        }
        if (token == JsonToken.START_ARRAY) {
            List<Object> list = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                list.add(value(parser));
            }
            return list;
        }
        return token == JsonToken.VALUE_NULL ? null : parser.getText();
    }
}
