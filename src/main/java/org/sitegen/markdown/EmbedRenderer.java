package org.sitegen.markdown;

import java.util.Map;
import org.sitegen.diag.SourcePosition;

/**
 * Turns one checked embed into HTML: the theme's template for it (org.sitegen.render). The
 * Markdown side reads, checks and links embeds; how they look is the theme's.
 */
@FunctionalInterface
public interface EmbedRenderer {

    String render(Embed embed) throws Failure;

    /**
     * One embed, checked.
     *
     * @param name       "figure", "note", "quote", "video" or "post"
     * @param attributes its attributes as written (a figure's {@code src} already the published file's URL)
     * @param content    its content rendered (and sanitised) as HTML, "" if none
     * @param pageUrl    the site path of the page the body is on ("/2023/02/19/x/"), for relative links
     * @param video      for a video, where it plays; else null
     * @param at         where the embed starts, for messages
     */
    record Embed(String name, Map<String, String> attributes, String content, String pageUrl, Video video,
                 SourcePosition at) {
    }

    /**
     * A video's addresses, made from its checked id.
     *
     * @param provider "YouTube" or "Vimeo"
     * @param embedUrl the player, loaded only when the reader asks for it (YouTube's no-cookie domain)
     * @param watchUrl the video's own page, the link without script
     */
    record Video(String provider, String id, String embedUrl, String watchUrl) {
    }

    /** A template that failed: at its own file and line. */
    final class Failure extends Exception {
        private final SourcePosition at;

        public Failure(SourcePosition at, String message) {
            super(message, null, false, false);
            this.at = at;
        }

        public SourcePosition at() {
            return at;
        }
    }

    /** For renderers without a theme (tests of Markdown alone): every embed is an error. */
    EmbedRenderer NONE = embed -> {
        throw new Failure(embed.at(), "embeds need the theme's templates, which this renderer was not given");
    };
}
