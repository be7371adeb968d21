package org.sitegen.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * What ICU's "Any-Latin; Latin-ASCII" makes of the non-ASCII characters it spells the same
 * wherever they stand (dashes, quotes, spaces, Latin letters with diacritics, ß, æ, ø, ł…),
 * as far as {@link Slugs} can tell: a text made of ASCII and these needs no ICU, whose rules
 * are costly to make (docs/performance.md, the slugs helper's section).
 *
 * <p>The table (slug-table.txt, next to this class) is ICU's own output, written by
 * SlugTableTest, which checks that ICU still gives it and that a slug spelled with it is the slug
 * ICU gives. Each entry keeps only what {@code Slugs.clean} sees: lowercase ASCII letters and
 * digits, {@code '} for an apostrophe (it joins words) and {@code -} for any run of other
 * characters (they part words).
 */
final class SlugTable {
    static final String RESOURCE = "slug-table.txt";

    /** Read on first use: a build whose texts are all ASCII never reads it. */
    private static final class Loaded {
        static final String[] SPELLING = read();
    }

    private SlugTable() {
    }

    /**
     * {@code text} with every non-ASCII character spelled as ICU spells it, for {@code Slugs.clean};
     * null when one of them is not in the table (ICU must spell the text).
     */
    static String spell(String text) {
        String[] spelling = Loaded.SPELLING;
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            String spelt = c < spelling.length ? spelling[c] : null;
            if (spelt == null) {
                return null;
            }
            if (out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            out.append(spelt);
        }
        return out == null ? text : out.toString();
    }

    /** Whether {@code c} is in the table. */
    static boolean has(char c) {
        String[] spelling = Loaded.SPELLING;
        return c < 0x80 || (c < spelling.length && spelling[c] != null);
    }

    /** Lines "XXXX spelling" (hexadecimal UTF-16 unit; no spelling when ICU drops it); # begins a comment. */
    private static String[] read() {
        String[] spelling = new String[0];
        try (InputStream in = SlugTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the plugin's classes");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                int c = Integer.parseInt(line.substring(0, 4), 16);
                if (c >= spelling.length) {
                    spelling = java.util.Arrays.copyOf(spelling, Math.max(c + 1, spelling.length * 2));
                }
                spelling[c] = line.length() > 5 ? line.substring(5).intern() : "";
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return spelling;
    }
}
