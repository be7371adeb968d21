package org.sitegen.content;

/** One entry of {@code sources}: a title, a URL, or both ("" for the missing one). */
public record Source(String title, String url) {
}
