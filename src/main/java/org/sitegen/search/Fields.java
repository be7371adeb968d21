package org.sitegen.search;

/**
 * Where in a briefing a term occurs, as bits of one small number per posting. The client ranks
 * with them: title and tag matches first (the brief's "ranked sensibly"), then the rest, then
 * recency. Keep the values in sync with templates/assets/search.js.
 */
public final class Fields {
    public static final int BODY = 1;
    public static final int SUMMARY = 2;
    public static final int AUTHOR = 4;
    public static final int TAG = 8;
    public static final int TITLE = 16;

    private Fields() {
    }
}
