package org.sitegen.render.view;

/**
 * A link to an ISO week's page.
 *
 * @param title e.g. "Week 7 of 2023" (the week-based year: 2021-01-03 is in "Week 53 of 2020")
 * @param url   site-absolute path, e.g. "/2023/w07/"
 */
public record WeekRef(String title, String url) {
}
