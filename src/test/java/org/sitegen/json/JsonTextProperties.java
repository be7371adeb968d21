package org.sitegen.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.sitegen.PropertySeed;

/** {@link JsonText} writes what Jackson's ObjectMapper writes, for every kind of value it takes. */
class JsonTextProperties {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Provide
    Arbitrary<Object> values() {
        Arbitrary<Object> leaf = Arbitraries.oneOf(
                Arbitraries.strings().withChars("aé\"\\/<>&\n\t\u0000\u001f\u2028\ud83d\ude00\ud800").ofMaxLength(12)
                        .map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i), Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.integers().array(int[].class).ofMaxSize(4).map(a -> (Object) a));
        return nested(nested(leaf));
    }

    /** {@code inner} values, or lists and maps of them. */
    private static Arbitrary<Object> nested(Arbitrary<Object> inner) {
        Arbitrary<Object> list = inner.list().ofMaxSize(3).map(l -> l);
        Arbitrary<Object> map = Arbitraries.maps(Arbitraries.strings().alpha().ofMaxLength(4), inner).ofMaxSize(3)
                .map(m -> new LinkedHashMap<>(m));
        return Arbitraries.oneOf(inner, list, map);
    }

    @Property(tries = 500, seed = PropertySeed.VALUE)
    void anyPlainValue_isWrittenAsObjectMapperWritesIt(@ForAll("values") Object value) throws Exception {
        assertThat(JsonText.of(value)).isEqualTo(MAPPER.writeValueAsString(value));
    }

    @Test
    void nullAndNestedValues_asObjectMapperWritesThem() throws Exception {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("a", null);
        map.put("b", List.of(1, "x", Map.of("c", new int[] {1, 2})));
        assertThat(JsonText.of(map)).isEqualTo(MAPPER.writeValueAsString(map)).isEqualTo(
                "{\"a\":null,\"b\":[1,\"x\",{\"c\":[1,2]}]}");
    }

    @Test
    void otherObjects_areRefused() {
        assertThatThrownBy(() -> JsonText.of(new Object())).isInstanceOf(IllegalArgumentException.class);
    }
}
