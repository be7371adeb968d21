package org.sitegen.search;

import java.time.LocalDate;
import java.util.List;

/**
 * The search documents' ids, oldest first. An id is a slot of its briefing's day: day {@code d}
 * (counted from 1 January of the oldest briefing's year) starts at slot {@code d * perDay}
 * ({@code perDay} a power of two, possibly a fraction: ½ is a slot every two days, rounded
 * down), and a briefing takes its day's first slot or, when the briefings before it already
 * took that, the one after the previous briefing's: {@code id = max(floor(d * perDay), previous id + 1)}. So an id depends on the briefing's own day and
 * on the few briefings just before it, never on how many came before: a deletion or a date
 * moved changes the ids of the later briefings of the same day (and of a run of full days after
 * it) only, and every other briefing keeps its id, its postings and its fragment, so the index
 * files of other days stay as they were (a position as id renumbered every later briefing and
 * rewrote nearly every file of the index; docs/performance.md, eighteenth session).
 *
 * <p>{@code perDay} is the smallest power of two with room for a quarter more briefings than the
 * archive has on an average day of its span, so between four and eight slots in ten hold a
 * briefing and the ids, hence the postings' gaps and the number of fragment groups, stay small. It and the first year are all an id depends
 * on beyond its neighbours: when either changes (the average crosses a power of two, a briefing
 * of an earlier year is added, the oldest year's last one deleted) every id changes, once. A
 * cold build of the same briefings makes the same ids: they are a function of the briefings'
 * days and order alone. An archive whose slots would not fit (an id must stay below 2^25, the
 * postings keeping five field bits below it in an int) is numbered densely instead ({@link #dense}).
 */
final class DocIds {
    /** Ids stay below this: a posting is {@code id << 5 | fields} in an int (InvertedIndex.Postings). */
    static final int LIMIT = 1 << 25;

    /** Each document's id, oldest first: strictly ascending. */
    final int[] ids;
    /** Whether the ids are positions (the slots would not fit). */
    final boolean dense;
    /** Slots per day: 2 to this power (below 0: a slot every few days). */
    final int shift;
    /** The epoch day of 1 January of the oldest document's year (slot 0). */
    final long origin;

    private DocIds(int[] ids, boolean dense, int shift, long origin) {
        this.ids = ids;
        this.dense = dense;
        this.shift = shift;
        this.origin = origin;
    }

    /** The ids of {@code oldestFirst} (in the archive's order: days ascending but for time zones, see {@link #of}). */
    static DocIds of(List<SearchDoc> oldestFirst) {
        int n = oldestFirst.size();
        if (n == 0) {
            return new DocIds(new int[0], false, 0, 0);
        }
        long[] days = new long[n];
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            days[i] = epochDay(oldestFirst.get(i).day());
            first = Math.min(first, days[i]);
            last = Math.max(last, days[i]);
        }
        long origin = LocalDate.ofEpochDay(first).withDayOfYear(1).toEpochDay();
        long span = last - first + 1;
        int shift = -MAX_DAYS_PER_SLOT;
        while (!roomy(shift, span, n)) { // room for 1.25 times the average day
            shift++;
        }
        int[] ids = new int[n];
        long previous = -1;
        for (int i = 0; i < n; i++) {
            long day = days[i] - origin;
            // max(): a day earlier than the one before it (the archive sorts by the instant, the
            // day is local) still gets a larger id, so ids always ascend with the archive's order
            long id = Math.max(shift >= 0 ? day << shift : day >> -shift, previous + 1);
            if (id >= LIMIT) {
                return dense(n);
            }
            ids[i] = (int) id;
            previous = id;
        }
        return new DocIds(ids, false, shift, origin);
    }

    /**
     * The day of an ISO date ("2023-02-19") as {@link LocalDate#parse} reads it: four-digit years
     * read by hand, as every build reads every document's (the parser's formatter was most of
     * the ids' work), anything else by the parser.
     */
    static long epochDay(String day) {
        if (day.length() == 10 && day.charAt(4) == '-' && day.charAt(7) == '-') {
            int year = digits(day, 0, 4);
            int month = digits(day, 5, 7);
            int date = digits(day, 8, 10);
            if (year >= 0 && month >= 0 && date >= 0) {
                return LocalDate.of(year, month, date).toEpochDay(); // throws as parse does for a day that does not exist
            }
        }
        return LocalDate.parse(day).toEpochDay();
    }

    /** The number the ASCII digits from {@code from} to {@code to} write, or -1 if any is not one. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** A slot every 2^this days at the most (a briefing every few years). */
    private static final int MAX_DAYS_PER_SLOT = 12;

    /** Whether 2^shift slots a day over {@code span} days have room for 1.25 times {@code n} briefings. */
    private static boolean roomy(int shift, long span, int n) {
        return shift >= 0 ? (4 * span) << shift >= 5L * n : 4 * span >= (5L * n) << -shift;
    }

    private static DocIds dense(int n) {
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
        }
        return new DocIds(ids, true, 0, 0);
    }

    /** One more than the largest id: the id space the segments cut. */
    int span() {
        return ids.length == 0 ? 0 : ids[ids.length - 1] + 1;
    }

    /** The position of the first document whose id is {@code id} or more. */
    int positionOf(int id) {
        int at = java.util.Arrays.binarySearch(ids, id);
        return at >= 0 ? at : -at - 1;
    }

    /**
     * What the ids of a run of documents starting at position {@code from} are made from besides
     * those documents' days: the numbering and the run's first id. The same run with the same
     * layout has the same ids, so a part of the index made from it is the same file.
     */
    String layout(int from) {
        return dense ? "dense " + (from < ids.length ? ids[from] : -1)
                : shift + " " + origin + " " + (from < ids.length ? ids[from] : -1);
    }
}
