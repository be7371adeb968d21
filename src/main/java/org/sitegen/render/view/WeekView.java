package org.sitegen.render.view;

/**
 * One ISO week (Monday to Sunday) of the archive.
 *
 * @param year    the ISO week-based year, e.g. 2023 (for 2024-12-30, 2025)
 * @param week    1-53
 * @param title   e.g. "Week 7 of 2023"
 * @param url     site-absolute path, e.g. "/2023/w07/"
 * @param first   its Monday
 * @param last    its Sunday
 * @param count   briefings that week
 * @param yearUrl the page of its week-based year, e.g. "/2023/", or null when that year has no
 *                briefing of its own (2020-W53 may hold only 1 to 3 January 2021)
 * @param newer   the next later week with briefings, or null
 * @param older   the next earlier week with briefings, or null
 */
public record WeekView(int year, int week, String title, String url, DateView first, DateView last, int count,
                       String yearUrl, WeekRef newer, WeekRef older) {
}
