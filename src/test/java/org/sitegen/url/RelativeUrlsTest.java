package org.sitegen.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelativeUrlsTest {
    private final RelativeUrls files = new RelativeUrls(false);
    private final RelativeUrls pretty = new RelativeUrls(true);

    @Test
    void relative_rootToRoot_indexOrDot() {
        assertThat(files.relative("/", "/")).isEqualTo("index.html");
        assertThat(pretty.relative("/", "/")).isEqualTo("./");
    }

    @Test
    void relative_rootToSection_descends() {
        assertThat(files.relative("/", "/tags/")).isEqualTo("tags/index.html");
        assertThat(pretty.relative("/", "/tags/")).isEqualTo("tags/");
    }

    @Test
    void relative_briefingToTerm_climbsToRoot() {
        assertThat(files.relative("/2023/02/19/x/", "/tags/china/")).isEqualTo("../../../../tags/china/index.html");
        assertThat(pretty.relative("/2023/02/19/x/", "/tags/china/")).isEqualTo("../../../../tags/china/");
    }

    @Test
    void relative_briefingToItsDay_isParent() {
        assertThat(files.relative("/2023/02/19/x/", "/2023/02/19/")).isEqualTo("../index.html");
        assertThat(pretty.relative("/2023/02/19/x/", "/2023/02/19/")).isEqualTo("../");
    }

    @Test
    void relative_briefingToHome_climbsAll() {
        assertThat(files.relative("/2023/02/19/x/", "/")).isEqualTo("../../../../index.html");
        assertThat(pretty.relative("/2023/02/19/x/", "/")).isEqualTo("../../../../");
    }

    @Test
    void relative_briefingToSibling_sharesDay() {
        assertThat(pretty.relative("/2023/02/19/x/", "/2023/02/19/y/")).isEqualTo("../y/");
        assertThat(files.relative("/2023/02/19/x/", "/2023/02/19/y/")).isEqualTo("../y/index.html");
    }

    @Test
    void relative_toFile_neverGetsIndexHtml() {
        assertThat(files.relative("/2023/02/19/x/", "/assets/style.css")).isEqualTo("../../../../assets/style.css");
        assertThat(pretty.relative("/2023/02/19/x/", "/assets/style.css")).isEqualTo("../../../../assets/style.css");
        assertThat(files.relative("/", "/assets/style.css")).isEqualTo("assets/style.css");
        assertThat(files.relative("/2023/02/19/x/", "/2023/map.png")).isEqualTo("../../../map.png");
    }

    @Test
    void relative_fragment_isKeptAfterIndex() {
        assertThat(files.relative("/2023/02/19/x/", "/tags/china/#frag")).isEqualTo("../../../../tags/china/index.html#frag");
        assertThat(pretty.relative("/2023/02/19/x/", "/tags/china/#frag")).isEqualTo("../../../../tags/china/#frag");
    }

    @Test
    void relative_samePageFragment_staysOnPage() {
        assertThat(files.relative("/about/", "/about/#team")).isEqualTo("index.html#team");
        assertThat(pretty.relative("/about/", "/about/#team")).isEqualTo("./#team");
    }

    @Test
    void relative_query_isKept() {
        assertThat(pretty.relative("/tags/", "/search/?q=a/b")).isEqualTo("../search/?q=a/b");
    }

    @Test
    void relative_fromSectionIntoChild_descendsOnly() {
        assertThat(pretty.relative("/2023/", "/2023/02/19/x/")).isEqualTo("02/19/x/");
        assertThat(files.relative("/tags/", "/tags/china/page/2/")).isEqualTo("china/page/2/index.html");
    }
}
