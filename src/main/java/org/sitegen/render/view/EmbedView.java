package org.sitegen.render.view;

import java.util.Map;

/**
 * What an embed's template (templates/embeds/NAME.ftlh) sees as {@code embed}.
 *
 * @param name       "figure", "note", "quote", "video" or "post"
 * @param attributes its attributes as written ({@code embed.attributes.alt}); a figure's {@code src} is
 *                   already the published picture's URL
 * @param content    its content as HTML (a caption, the text of a note, quote or post), "" if none:
 *                   write it with {@code ?no_esc}
 * @param assets     the theme's assets folder relative to the page, ending in '/' ("../../assets/")
 * @param provider   a video's site ("YouTube", "Vimeo"), else ""
 * @param embedUrl   a video's player, else ""; load it only when the reader asks for it
 * @param watchUrl   a video's own page, else ""
 */
public record EmbedView(String name, Map<String, String> attributes, String content, String assets,
                        String provider, String embedUrl, String watchUrl) {
}
