package org.sitegen.render.view;

import java.util.List;

/**
 * "On this day": briefings from the same month and day in earlier years.
 *
 * @param day     the day they are compared with (a day page's own; on the home page, the newest
 *                briefing's day)
 * @param earlier one per earlier year with briefings that day, newest first; may be empty
 */
public record OnThisDayView(DateView day, List<EarlierDay> earlier) {

    /**
     * The same day in one earlier year.
     *
     * @param date      that day
     * @param yearsAgo  years before {@code day}, at least 1
     * @param url       its day page, e.g. "/2022/02/19/"
     * @param count     briefings that day
     * @param briefings the newest of them (at most {@code SHOWN}); the day page has them all
     */
    public record EarlierDay(DateView date, int yearsAgo, String url, int count, List<BriefingRef> briefings) {
        /** Briefings listed per earlier day. */
        public static final int SHOWN = 5;
    }
}
