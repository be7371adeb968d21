package org.sitegen.render.view;

/**
 * A redirect page: an old URL ({@code aliases:} in front matter) of the page it sends readers to.
 *
 * @param href  the page's URL as this redirect page links to it: absolute with a site URL,
 *              else relative to the redirect page (so it works from any base path and file://)
 * @param title the page's title
 * @param from  the old URL's site path this page is published at, e.g. "/2015/03/17/old-post.html"
 */
public record RedirectView(String href, String title, String from) {
}
