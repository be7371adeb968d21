package org.sitegen.render.view;

/**
 * A date already formatted in the site's time zone and language, so that templates never
 * depend on the machine's zone or locale.
 *
 * @param iso     ISO 8601 with offset, for {@code <time datetime>}, e.g. "2023-02-19T00:00:00Z"
 * @param day     ISO calendar day, e.g. "2023-02-19"
 * @param display long human form in the site language, e.g. "19 February 2023"
 * @param time    "09:30" when the source gave a time, else ""
 * @param year    e.g. 2023
 * @param month   1-12
 * @param monthName month name in the site language, e.g. "February"
 * @param dayOfMonth 1-31
 * @param dayAndMonth the day and month without the year, as the language writes them in a sentence:
 *                    "19 February", "19 февраля", "2月19日"
 * @param yearUrl  the date archive's page of the year, e.g. "/2023/" (site-absolute; links go through rel)
 * @param monthUrl the date archive's page of the month, e.g. "/2023/02/"
 * @param dayUrl   the date archive's page of the day, e.g. "/2023/02/19/"
 */
public record DateView(String iso, String day, String display, String time, int year, int month, String monthName,
                       int dayOfMonth, String dayAndMonth, String yearUrl, String monthUrl, String dayUrl) {
}
