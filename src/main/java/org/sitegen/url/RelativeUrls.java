package org.sitegen.url;

/**
 * Makes relative links between site paths, so the site works from any base path and from
 * {@code file://}. Site paths start with '/', and pages end with '/' ("/2023/02/19/x/").
 * With {@code prettyLinks} off, links to pages end in "index.html", which a browser opening
 * files from disk needs; with it on, they end in "/", which web servers resolve.
 */
public final class RelativeUrls {
    private final boolean prettyLinks;

    public RelativeUrls(boolean prettyLinks) {
        this.prettyLinks = prettyLinks;
    }

    /**
     * The link from the page at {@code fromPage} to {@code to}.
     *
     * @param fromPage the current page's site path, ending in '/'
     * @param to       a site path, optionally with "?query" or "#fragment"
     */
    public String relative(String fromPage, String to) {
        return from(fromPage).to(to);
    }

    /** Links from the page at {@code fromPage} (a site path ending in '/'), for many targets. */
    public FromPage from(String fromPage) {
        return new FromPage(fromPage);
    }

    /**
     * {@link #relative} from one page, with what every link from it needs worked out once: a
     * template asks for a link dozens of times a page, and a listing page for hundreds. Paths
     * as pages are made of ('/' first, no empty segments, the page a folder) are linked straight
     * on the strings; any other goes segment by segment ({@link #segmentRelative}).
     */
    public final class FromPage {
        private final String page;
        private final boolean plain;
        private final int[] slashesFrom; // slashesFrom[i]: the '/' in page[i..]

        private FromPage(String page) {
            this.page = page;
            this.plain = isPlain(page) && page.endsWith("/");
            this.slashesFrom = new int[page.length() + 1];
            for (int i = page.length() - 1; i >= 0; i--) {
                slashesFrom[i] = slashesFrom[i + 1] + (page.charAt(i) == '/' ? 1 : 0);
            }
        }

        /** The link to {@code to}, in one walk over {@code to} (for paths as pages are made of). */
        public String to(String to) {
            int length = to.length();
            int cut = length;
            int lastSlash = -1;
            boolean plainPath = plain && length > 0 && to.charAt(0) == '/';
            for (int i = 0; i < length && plainPath; i++) {
                char c = to.charAt(i);
                if (c == '?' || c == '#') {
                    cut = i;
                    break;
                }
                if (c == '/') {
                    plainPath = i == 0 || lastSlash != i - 1; // no "//"
                    lastSlash = i;
                }
            }
            if (!plainPath) {
                return generalRelative(page, to);
            }
            int limit = Math.min(page.length(), lastSlash + 1);
            int same = 0;
            while (same < limit && page.charAt(same) == to.charAt(same)) {
                same++;
            }
            int shared = page.lastIndexOf('/', same - 1);
            int ups = slashesFrom[shared + 1];
            int tail = cut - shared - 1;
            boolean index = lastSlash == cut - 1 && !prettyLinks;
            boolean here = !index && ups == 0 && tail == 0;
            StringBuilder link = new StringBuilder(ups * 3 + tail + (index ? 10 : 0) + (here ? 2 : 0) + length - cut);
            for (int i = 0; i < ups; i++) {
                link.append("../");
            }
            link.append(to, shared + 1, cut);
            if (index) {
                link.append("index.html");
            } else if (here) {
                link.append("./");
            }
            return link.append(to, cut, length).toString();
        }
    }

    /** {@link #segmentRelative} with the query or fragment of {@code to} kept as it is. */
    private String generalRelative(String fromPage, String to) {
        int cut = suffixStart(to);
        String link = segmentRelative(fromPage, cut < 0 ? to : to.substring(0, cut));
        return cut < 0 ? link : link + to.substring(cut);
    }

    private String finish(StringBuilder link, boolean directory) {
        if (directory && !prettyLinks) {
            link.append("index.html");
        } else if (link.isEmpty()) {
            link.append("./");
        }
        return link.toString();
    }

    /** Starts with '/' and has no empty segment ("//"). */
    private static boolean isPlain(String path) {
        return path.startsWith("/") && !path.contains("//");
    }

    /**
     * The general case: any paths, compared segment by segment, empty segments ignored (and the
     * reference the tests hold {@link FromPage#to} to).
     */
    String segmentRelative(String fromPage, String path) {
        String[] from = segments(fromPage);
        String[] target = segments(path);
        boolean directory = path.endsWith("/");
        int common = 0;
        int targetDirs = directory ? target.length : target.length - 1;
        while (common < from.length && common < targetDirs && from[common].equals(target[common])) {
            common++;
        }
        StringBuilder link = new StringBuilder();
        link.append("../".repeat(from.length - common));
        for (int i = common; i < target.length; i++) {
            link.append(target[i]);
            if (i < target.length - 1 || directory) {
                link.append('/');
            }
        }
        return finish(link, directory);
    }

    /** Where a URL's query or fragment starts ('?' or '#', whichever comes first), or -1. */
    public static int suffixStart(String url) {
        int query = url.indexOf('?');
        int fragment = url.indexOf('#');
        if (query < 0) {
            return fragment;
        }
        return fragment < 0 ? query : Math.min(query, fragment);
    }

    /** The non-empty parts between slashes; by hand, as this runs for every link of every page. */
    private static String[] segments(String path) {
        java.util.ArrayList<String> parts = new java.util.ArrayList<>(8);
        int start = 0;
        int length = path.length();
        while (start < length) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? length : slash;
            if (end > start) {
                parts.add(path.substring(start, end));
            }
            start = end + 1;
        }
        return parts.toArray(new String[0]);
    }
}
