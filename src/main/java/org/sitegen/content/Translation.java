package org.sitegen.content;

import java.util.List;
import org.sitegen.diag.SourcePosition;

/**
 * What a file says of its language and its translations: {@code lang:}, {@code translationKey:}
 * and {@code translations:} (resolved by org.sitegen.languages).
 *
 * @param lang      the language tag as written, or null for the site's language
 * @param langAt    where {@code lang} is written, or null
 * @param key       the translation key shared by the translations of one text, or null
 * @param keyAt     where {@code key} is written, or null
 * @param paths     its translations by source path (relative to the file, like a body link, or to
 *                  the content folder), as written
 */
public record Translation(String lang, SourcePosition langAt, String key, SourcePosition keyAt,
                          List<StoryLink> paths) {
    /** A file that says nothing of its language: the site's, with no translations. */
    public static final Translation NONE = new Translation(null, null, null, null, List.of());

    public boolean isNone() {
        return lang == null && key == null && paths.isEmpty();
    }
}
