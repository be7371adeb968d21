package org.sitegen.markdown;

/**
 * What a body's reading time is made of in a language read character by character (Chinese,
 * Japanese: message {@code text.countCharacters}), counted from its plain text when it is
 * rendered (render's ReadingTime has the rule): kept with the body between builds, so a page
 * showing a kept body's reading time needs neither its text nor rendering it again.
 *
 * @param characters its Chinese and Japanese characters
 * @param words      its other words (runs of letters and digits)
 */
public record ReadingLength(int characters, int words) {
}
