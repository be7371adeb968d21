package org.sitegen.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;

/**
 * JSON written piece by piece, for files too large to hold as maps first (the search index's
 * fragments): the few calls the site needs, so that Jackson stays inside this package.
 */
public final class JsonWriter implements Closeable {
    private final JsonGenerator out;

    JsonWriter(JsonGenerator out) {
        this.out = out;
    }

    /** Writes into {@code out}. */
    public static JsonWriter to(Writer out) throws IOException {
        return new JsonWriter(JsonText.generator(out));
    }

    public void startArray() throws IOException {
        out.writeStartArray();
    }

    public void endArray() throws IOException {
        out.writeEndArray();
    }

    public void startObject() throws IOException {
        out.writeStartObject();
    }

    public void endObject() throws IOException {
        out.writeEndObject();
    }

    /** A field holding a string. */
    public void field(String name, String value) throws IOException {
        out.writeStringField(name, value);
    }

    /** A field holding an array, left open for its items. */
    public void startArrayField(String name) throws IOException {
        out.writeArrayFieldStart(name);
    }

    public void string(String value) throws IOException {
        out.writeString(value);
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
