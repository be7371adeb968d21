package org.sitegen.render.view;

/**
 * One correction to a briefing, oldest first.
 *
 * @param date when it was corrected
 * @param note what changed (plain text)
 */
public record CorrectionView(DateView date, String note) {
}
