package org.sitegen.render.view;

/**
 * The year, month or day a date archive page is about.
 *
 * @param kind   "year", "month" or "day"
 * @param title  human title in the site language, e.g. "2023", "February 2023", "19 February 2023"
 * @param url    site-absolute path, e.g. "/2023/02/19/"
 * @param year   the year
 * @param month  1-12, or 0 for a year page
 * @param day    1-31, or 0 for a year or month page
 * @param parent link to the enclosing period ("/2023/" for a month), or null for a year
 * @param count  briefings in the period
 * @param monthName the month's name in the site language ("February"), or "" for a year page
 * @param yearUrl the page of the period's year, e.g. "/2023/" (the page itself on a year page)
 */
public record PeriodView(String kind, String title, String url, int year, int month, int day,
                         String parent, int count, String monthName, String yearUrl) {
}
