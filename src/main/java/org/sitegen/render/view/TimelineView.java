package org.sitegen.render.view;

import java.util.List;

/**
 * An entity's briefings per month, laid out for an inline SVG bar chart (drawn by the template,
 * in the viewBox {@code 0 0 width height}), with its text equivalent.
 *
 * @param width   viewBox width
 * @param height  viewBox height
 * @param baseline y of the bars' foot
 * @param bars    one per month from the first to the last month shown, oldest first
 * @param labels  year labels under the bars
 * @param months  the months with at least one briefing, oldest first (the chart as a table)
 * @param summary one sentence saying what the chart shows, e.g. "3 briefings from February 2023 to
 *                March 2023; most in February 2023 (2)."
 */
public record TimelineView(int width, int height, int baseline, List<Bar> bars, List<Label> labels,
                           List<Bar> months, String summary) {

    /**
     * One month's bar.
     *
     * @param x      left edge
     * @param y      top edge
     * @param width  bar width
     * @param height bar height (0 in a month without briefings)
     * @param month  the month in words, e.g. "February 2023"
     * @param url    the month's archive page, e.g. "/2023/02/"
     * @param count  briefings that month
     */
    public record Bar(int x, int y, int width, int height, String month, String url, int count) {
    }

    /** @param x where the text starts, @param text e.g. "2023" */
    public record Label(int x, String text) {
    }
}
