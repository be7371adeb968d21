package org.sitegen.config;

import java.util.Locale;
import java.util.Optional;

/** What happens to raw HTML written inside a briefing's Markdown. */
public enum RawHtml {
    /** Kept, but cleaned to a safe allow-list: no scripts, event handlers, iframes or script URLs (default). */
    SANITIZE,
    /** Shown as text: {@code <b>} appears literally. */
    ESCAPE,
    /** Passed through untouched; only for archives whose every writer is trusted. */
    TRUST;

    public static Optional<RawHtml> parse(String name) {
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
