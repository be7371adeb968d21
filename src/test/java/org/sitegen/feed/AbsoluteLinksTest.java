package org.sitegen.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AbsoluteLinksTest {
    private static final String PAGE = "https://example.org/news/2023/02/19/x/";

    @Test
    void relativeLinksAndImages_resolveAgainstThePage() {
        assertThat(AbsoluteLinks.resolve("<a href=\"../../../../2022/06/10/y/index.html#what\">y</a>"
                + "<img src=\"../../../map.png\" alt=\"m\"><a href=\"#fn-1\">1</a>", PAGE))
                .isEqualTo("<a href=\"https://example.org/news/2022/06/10/y/#what\">y</a>"
                        + "<img src=\"https://example.org/news/2023/map.png\" alt=\"m\">"
                        + "<a href=\"https://example.org/news/2023/02/19/x/#fn-1\">1</a>");
    }

    /** A feed names a page one way: by its folder URL, as in the entry's link and id. */
    @Test
    void linksToAPagesIndexHtml_becomeItsFolderUrl_withQueryAndFragmentKept() {
        assertThat(AbsoluteLinks.resolve("<a href=\"../../../../2022/06/10/y/index.html\">y</a>"
                + "<a href=\"../../../../index.html?q=a&amp;b=c#top\">home</a>"
                + "<a href=\"../../../../files/index.html.txt\">t</a><a href=\"../../../../myindex.html\">m</a>", PAGE))
                .isEqualTo("<a href=\"https://example.org/news/2022/06/10/y/\">y</a>"
                        + "<a href=\"https://example.org/news/?q=a&amp;b=c#top\">home</a>"
                        + "<a href=\"https://example.org/news/files/index.html.txt\">t</a>"
                        + "<a href=\"https://example.org/news/myindex.html\">m</a>");
    }

    @Test
    void absoluteLinks_otherSchemes_andText_untouched() {
        String html = "<a href=\"https://a.example/?x=1&amp;y=2\">a</a><a href=\"mailto:a@b.c\">m</a>"
                + "<p>href=&quot;x&quot;</p><code>src=\"not an attribute\"</code>";
        assertThat(AbsoluteLinks.resolve(html, PAGE)).isEqualTo(html.replace("src=\"not an attribute\"",
                "src=\"not an attribute\"")); // renderer escapes quotes in text; raw text is left alone when unparsable
    }

    @Test
    void queryWithEscapedAmpersand_staysEscaped() {
        assertThat(AbsoluteLinks.resolve("<a href=\"data.csv?a=1&amp;b=2\">d</a>", PAGE))
                .isEqualTo("<a href=\"https://example.org/news/2023/02/19/x/data.csv?a=1&amp;b=2\">d</a>");
    }
}
