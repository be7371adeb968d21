package org.sitegen.serve;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The request line and header fields of one HTTP/1.x request, read with size limits: the
 * preview server never reads a body (it answers GET and HEAD only, and closes the connection
 * after each response).
 */
record RequestHead(String method, String target, Map<String, List<String>> headers) {
    /** More header fields than any browser sends; a flood of tiny ones is refused like a big one. */
    static final int MAX_FIELDS = 100;

    /** The one value of a header field (name in lower case), null when absent. */
    String header(String name) throws RefusedRequest {
        List<String> values = headers.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new RefusedRequest(400, "more than one " + name + " header");
        }
        return values.isEmpty() ? null : values.get(0);
    }

    /**
     * Reads a request head, at most {@code maxLine} bytes for the request line and
     * {@code maxBytes} in all.
     *
     * @throws EOFException when the client closes the connection before the head is complete
     * @throws RefusedRequest 414 or 431 beyond the limits, 400 for a malformed head, 505 for
     *     an HTTP version other than 1.0 and 1.1
     */
    static RequestHead read(InputStream in, int maxLine, int maxBytes) throws IOException, RefusedRequest {
        int[] budget = {maxBytes};
        String requestLine = line(in, Math.min(maxLine, maxBytes), budget, 414, "the request line is longer than "
                + maxLine + " bytes");
        String[] parts = requestLine.split(" ", -1);
        if (parts.length != 3 || parts[0].isEmpty() || !parts[0].chars().allMatch(RequestHead::isTokenChar)) {
            throw new RefusedRequest(400, "malformed request line");
        }
        if (!parts[2].equals("HTTP/1.1") && !parts[2].equals("HTTP/1.0")) {
            throw new RefusedRequest(505, "only HTTP/1.0 and HTTP/1.1 are served");
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        int fields = 0;
        String tooLarge = "the request header is larger than " + maxBytes + " bytes or has more than "
                + MAX_FIELDS + " fields";
        for (String field; !(field = line(in, budget[0], budget, 431, tooLarge)).isEmpty(); ) {
            int colon = field.indexOf(':');
            // No name, a space before the colon, or a folded line (RFC 9112 5.1, 5.2): refused
            // rather than guessed, as a proxy in front could read such a field differently.
            if (colon <= 0 || !field.substring(0, colon).chars().allMatch(RequestHead::isTokenChar)) {
                throw new RefusedRequest(400, "malformed header field");
            }
            if (++fields > MAX_FIELDS) {
                throw new RefusedRequest(431, tooLarge);
            }
            headers.computeIfAbsent(field.substring(0, colon).toLowerCase(Locale.ROOT), name -> new ArrayList<>())
                    .add(field.substring(colon + 1).strip());
        }
        return new RequestHead(parts[0], parts[1], headers);
    }

    /** One line without its CR LF (or bare LF), as ISO-8859-1; control characters refused. */
    private static String line(InputStream in, int max, int[] budget, int status, String tooLong)
            throws IOException, RefusedRequest {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("the client closed the connection within the request head");
            }
            if (--budget[0] < 0 || line.size() > max) {
                throw new RefusedRequest(status, tooLong);
            }
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                String text = new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
                if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f)) {
                    throw new RefusedRequest(400, "control character in the request head");
                }
                return text;
            }
            line.write(b);
        }
    }

    private static boolean isTokenChar(int c) {
        return c > 0x20 && c < 0x7f && "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
    }
}
