package org.sitegen.serve;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A request target turned into the path of a file of the site: percent-decoded, with empty and
 * {@code .} segments dropped and {@code ..} applied. Because it is a list of non-empty segments,
 * the redirect it makes ({@link #folderLocation()}) always starts with exactly one {@code /}
 * followed by an encoded segment: never {@code //host} or {@code /\host} (which browsers follow
 * to another site), never a scheme, never a line break.
 */
record SitePath(List<String> segments, boolean folder) {

    /**
     * Parses the target of a request line ({@code /2023/01/05/talks/?q=x}).
     *
     * @throws RefusedRequest 400 for anything but an absolute path of valid percent-encoded
     *     UTF-8 without control characters or backslashes, 403 for a {@code ..} above the root
     */
    static SitePath parse(String target) throws RefusedRequest {
        if (!target.startsWith("/")) {
            throw new RefusedRequest(400, "the request target must be a path starting with /");
        }
        int end = target.length();
        for (char stop : new char[] {'?', '#'}) {
            int at = target.indexOf(stop);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        String path = decode(target.substring(0, end));
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            // A backslash is a slash to browsers (so /\evil.example leaves the site) and a
            // separator on Windows; no file of a generated site has one, nor a control character.
            if (c == '\\' || c < 0x20 || c == 0x7f) {
                throw new RefusedRequest(400, "the path holds a backslash or a control character");
            }
        }
        List<String> segments = new ArrayList<>();
        String[] parts = path.split("/", -1);
        for (String part : parts) {
            if (part.equals("..")) {
                if (segments.isEmpty()) {
                    throw new RefusedRequest(403, "the path leads outside the site");
                }
                segments.remove(segments.size() - 1);
            } else if (!part.isEmpty() && !part.equals(".")) {
                segments.add(part);
            }
        }
        String last = parts[parts.length - 1];
        return new SitePath(List.copyOf(segments), last.isEmpty() || last.equals(".") || last.equals(".."));
    }

    /** Where a folder's path without its final {@code /} is redirected: {@code /a/b/}, encoded. */
    String folderLocation() {
        StringBuilder location = new StringBuilder("/");
        for (String segment : segments) {
            for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
                char c = (char) (b & 0xff);
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~".indexOf(c) >= 0) {
                    location.append(c);
                } else {
                    location.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
                }
            }
            location.append('/');
        }
        return location.toString();
    }

    private static String decode(String encoded) throws RefusedRequest {
        ByteBuffer bytes = ByteBuffer.allocate(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                int high = i + 2 < encoded.length() ? Character.digit(encoded.charAt(i + 1), 16) : -1;
                int low = high >= 0 ? Character.digit(encoded.charAt(i + 2), 16) : -1;
                if (low < 0) {
                    throw new RefusedRequest(400, "the path holds a % not followed by two hex digits");
                }
                bytes.put((byte) (high << 4 | low));
                i += 2;
            } else if (c > 0x7e || c < 0x21) {
                throw new RefusedRequest(400, "the path holds a character that must be percent-encoded");
            } else {
                bytes.put((byte) c);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes.flip()).toString();
        } catch (CharacterCodingException e) {
            throw new RefusedRequest(400, "the path is not valid UTF-8 once percent-decoded");
        }
    }
}
