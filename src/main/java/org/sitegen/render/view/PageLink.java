package org.sitegen.render.view;

/**
 * One numbered link of a paginator.
 *
 * @param number  1-based page number
 * @param url     site-absolute path of that page
 * @param current whether it is the page being rendered
 */
public record PageLink(int number, String url, boolean current) {
}
