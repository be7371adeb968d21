package org.sitegen.render.view;

import java.util.List;

/**
 * One year of the archive, newest month first.
 *
 * @param year   e.g. 2023
 * @param url    site-absolute path, e.g. "/2023/"
 * @param count  briefings published that year
 * @param months months with at least one briefing, newest first
 */
public record YearView(int year, String url, int count, List<MonthView> months) {
}
