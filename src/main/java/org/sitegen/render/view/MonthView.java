package org.sitegen.render.view;

/**
 * One month of the archive.
 *
 * @param year  e.g. 2023
 * @param month 1-12
 * @param name  month name in the site language, e.g. "February"
 * @param url   site-absolute path, e.g. "/2023/02/"
 * @param count briefings published that month
 */
public record MonthView(int year, int month, String name, String url, int count) {
}
