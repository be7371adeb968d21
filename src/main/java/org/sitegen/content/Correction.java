package org.sitegen.content;

/** One entry of {@code corrections}: when a briefing was corrected and what changed. */
public record Correction(PublishedDate date, String note) {
}
