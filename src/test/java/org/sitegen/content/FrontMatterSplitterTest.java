package org.sitegen.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrontMatterSplitterTest {
    private final FrontMatterSplitter splitter = new FrontMatterSplitter();

    @Test
    void split_noFrontMatter_wholeTextIsBodyFromLineOne() throws Exception {
        SplitSource split = splitter.split("# Title\n\nText\n");
        assertThat(split).isEqualTo(new SplitSource("", 1, "# Title\n\nText\n", 1));
    }

    @Test
    void split_dashFences_yamlFromLineTwoBodyAfterClosingLine() throws Exception {
        SplitSource split = splitter.split("---\ntitle: X\ndate: 2023-02-19\n---\nBody line\n");
        assertThat(split.yaml()).isEqualTo("title: X\ndate: 2023-02-19\n");
        assertThat(split.yamlFirstLine()).isEqualTo(2);
        assertThat(split.body()).isEqualTo("Body line\n");
        assertThat(split.bodyFirstLine()).isEqualTo(5);
    }

    @Test
    void split_dotsClosingFence_isAccepted() throws Exception {
        SplitSource split = splitter.split("---\ntitle: X\n...\n\nBody\n");
        assertThat(split).isEqualTo(new SplitSource("title: X\n", 2, "\nBody\n", 4));
    }

    @Test
    void split_emptyFrontMatter_yamlEmptyBodyOnLineThree() throws Exception {
        assertThat(splitter.split("---\n---\nBody\n")).isEqualTo(new SplitSource("", 2, "Body\n", 3));
    }

    @Test
    void split_closingFenceAtEndWithoutNewline_bodyEmpty() throws Exception {
        assertThat(splitter.split("---\ntitle: X\n---")).isEqualTo(new SplitSource("title: X\n", 2, "", 4));
    }

    @Test
    void split_trailingSpacesAfterFences_stillFences() throws Exception {
        SplitSource split = splitter.split("---  \ntitle: X\n--- \t\nBody\n");
        assertThat(split).isEqualTo(new SplitSource("title: X\n", 2, "Body\n", 4));
    }

    @Test
    void split_dashesInsideYamlValue_doNotClose() throws Exception {
        SplitSource split = splitter.split("---\ntitle: X --- Y\nsummary: ---x\n---\nBody\n");
        assertThat(split).isEqualTo(new SplitSource("title: X --- Y\nsummary: ---x\n", 2, "Body\n", 5));
    }

    @Test
    void split_thematicBreakInBody_isKeptInBody() throws Exception {
        SplitSource split = splitter.split("---\ntitle: X\n---\nA\n\n---\n\nB\n");
        assertThat(split).isEqualTo(new SplitSource("title: X\n", 2, "A\n\n---\n\nB\n", 4));
    }

    @Test
    void split_unclosed_throws() {
        assertThatThrownBy(() -> splitter.split("---\ntitle: X\n\nBody without end\n"))
                .isInstanceOf(FrontMatterSplitter.UnclosedFrontMatterException.class)
                .hasMessage("front matter starts with '---' but has no closing '---' line");
        assertThatThrownBy(() -> splitter.split("---"))
                .isInstanceOf(FrontMatterSplitter.UnclosedFrontMatterException.class);
    }

    @Test
    void split_fourDashesFirstLine_isNotFrontMatter() throws Exception {
        assertThat(splitter.split("----\ntitle: X\n")).isEqualTo(new SplitSource("", 1, "----\ntitle: X\n", 1));
    }
}
