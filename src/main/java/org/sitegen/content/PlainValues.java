package org.sitegen.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns unknown front matter values into plain values for templates: text stays text as
 * written ("1.10" stays "1.10"), true/false become booleans, empty becomes "".
 */
final class PlainValues {
    private PlainValues() {
    }

    static Object of(YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar) {
            return switch (scalar.kind()) {
                case NULL -> "";
                case BOOLEAN -> isStrictBoolean(scalar.text()) ? Boolean.valueOf(scalar.text().toLowerCase(java.util.Locale.ROOT)) : scalar.text();
                default -> scalar.text();
            };
        }
        if (node instanceof YamlNode.Sequence sequence) {
            return sequence.items().stream().map(PlainValues::of).toList();
        }
        Map<String, Object> map = new LinkedHashMap<>();
        ((YamlNode.Mapping) node).entries().forEach((key, entry) -> map.put(key, of(entry.value())));
        return Collections.unmodifiableMap(map);
    }

    /** Only true/false are booleans; YAML 1.1's yes/no/on/off stay the words the writer wrote. */
    private static boolean isStrictBoolean(String text) {
        return text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false");
    }
}
