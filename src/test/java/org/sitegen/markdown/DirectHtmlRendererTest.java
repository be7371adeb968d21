package org.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.sitegen.Fuzz;
import org.sitegen.PropertySeed;
import org.sitegen.config.RawHtml;
import org.sitegen.content.FrontMatterSplitter;
import org.sitegen.markdown.fast.DirectHtmlRenderer;
import org.sitegen.markdown.fast.SourceChars;

/** {@link DirectHtmlRenderer} writes what Flexmark's HtmlRenderer writes, or declines. */
class DirectHtmlRendererTest {
    private static final MutableDataSet OPTIONS = FlexmarkSetup.options(RawHtml.SANITIZE);
    private static final Parser PARSER = FlexmarkSetup.parser(OPTIONS);
    private static final HtmlRenderer FLEXMARK = FlexmarkSetup.htmlRenderer(OPTIONS);
    private static final DirectHtmlRenderer DIRECT = new DirectHtmlRenderer(OPTIONS, HeadingAnchorRenderer.headings(0));
    /**
     * Flexmark's own parser: its inline parser, and its own extensions where site-gen runs
     * filtered twins of them (the fastMarkdown option off). The reference for both renderers.
     */
    private static final Parser REFERENCE_PARSER = FlexmarkSetup.parser(FlexmarkSetup.options(RawHtml.SANITIZE, 0,
            false), false);

    private static Optional<String> direct(String markdown) {
        try {
            var document = FlexmarkSetup.parse(PARSER, markdown);
            return Optional.of(DIRECT.render(document, new SourceChars(document)));
        } catch (DirectHtmlRenderer.Unsupported e) {
            return Optional.empty();
        }
    }

    /**
     * The reference is Flexmark, with its own inline parser and extensions, parsing the String and
     * rendering it; parsing from a char array with site-gen's parser (what MarkdownRenderer does)
     * must change nothing, whichever renderer runs after it.
     */
    private static void assertSameAsFlexmark(String markdown) {
        if (EmbedExtension.PRESENT.get(FlexmarkSetup.parse(PARSER, markdown))) {
            // embeds are site-gen's own syntax (EmbedsTest), and always Flexmark's renderer's
            assertThat(direct(markdown)).as("declined: %s", markdown).isEmpty();
            return;
        }
        String reference = FLEXMARK.render(REFERENCE_PARSER.parse(markdown));
        assertThat(FLEXMARK.render(PARSER.parse(markdown))).as("site-gen's parser: %s", markdown)
                .isEqualTo(reference);
        assertThat(FLEXMARK.render(FlexmarkSetup.parse(PARSER, markdown))).as("from a char array: %s", markdown)
                .isEqualTo(reference);
        direct(markdown).ifPresent(html -> assertThat(html).as(markdown).isEqualTo(reference));
    }

    /** What briefings are written with: rendered directly, not handed back to Flexmark. */
    @ParameterizedTest
    @ValueSource(strings = {
            "Plain paragraph.\n", "One\ntwo\n\nThree  \nfour\\\nfive\n", "# Title\n\n## Sub *title*\n\n### A & B < c\n",
            "## Same\n\n## Same\n\n## Same\n", "Setext\n===\n\nSub\n---\n", "*em* **strong** ***both*** _u_ __s__\n",
            "\"Quoted\" 'single' it's -- --- ... << >>\n", "- a\n- b\n\n1. x\n2. y\n", "- loose\n\n- items\n",
            "3. three\n4. four\n", "- a\n  - nested\n    1. deep\n", "> quote\n>\n> — Someone\n",
            "> ## heading in quote\n> - list\n", "[link](https://example.org/a?b=1&c=2) and [rel](../x.md#y)\n",
            "[*em* link](with%20space.md)\n", "| a | b | c |\n|:--|:-:|--:|\n| 1 | *2* | [3](x) |\n| 4 |\n",
            "Fish &amp; chips, AT&T, a < b > c, \\*not em\\*, &copy; &#169;\n", "Україна — Côte d'Ivoire 😀\n",
            "# Україна\n\n## 2023: the year\n", "- [link](a)\n- \"quote\"\n", "1) one\n2) two\n",
    })
    void briefingMarkdown_isRenderedDirectly_asFlexmarkRendersIt(String markdown) {
        assertThat(direct(markdown)).as(markdown).isPresent();
        assertSameAsFlexmark(markdown);
    }

    /** Kinds of Markdown left to Flexmark, and the layout corners this renderer does not model. */
    @ParameterizedTest
    @ValueSource(strings = {"`code`\n", "```\nfenced\n```\n", "    indented\n", "<b>raw</b>\n", "<div>\nblock\n</div>\n",
            "![image](x.png)\n", "[ref]\n\n[ref]: /x\n", "<https://example.org>\n", "https://example.org\n",
            "Note[^1].\n\n[^1]: note\n", "~~strike~~\n", "---\n", "[titled](x \"t\")\n", "[empty]()\n",
            "[js](javascript:alert(1))\n", "#\n", "leading\n&#32;space after a break\n"})
    void otherMarkdown_isLeftToFlexmark(String markdown) {
        assertThat(direct(markdown)).as(markdown).isEmpty();
    }

    /** What QuickInlineParser's regex helpers serve: link tails, titles, entities, code spans, '<'. */
    @ParameterizedTest
    @ValueSource(strings = {"[a](b \"t\") [c](d 't') [e](f (u))\n", "[a](\n  b\n  \"t\"\n)\n", "[a]( <b c> )\n",
            "[a] [b]\n\n[b]: /x 'y'\n", "[a][]\n\n[a]: <y z>\n", "[x]\n[y]: /z\n", "&copy; &#x41; &#65; &nope; &\n",
            "``a ` b`` `c` ```d``\n", "<span a=\"1\">x</span> <!-- c --> <https://x.org> <a@b.org> < b\n",
            "![i](x.png \"t\") ![j][k]\n\n[k]: /k.png\n", "[unclosed](a \"t\n\n[b](c\n", "[a](b\tc) [d](e)f\n"})
    void inlineSyntaxFlexmarkMatchesWithRegexes_isParsedAsFlexmarkParsesIt(String markdown) {
        assertSameAsFlexmark(markdown);
    }

    static Stream<Path> markdownFiles() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/test/resources")), Files.walk(Path.of("content")))) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("markdownFiles")
    void everyFixture_isRenderedAsFlexmarkRendersIt(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\r\n", "\n");
        String body;
        try {
            body = new FrontMatterSplitter().split(text).body();
        } catch (FrontMatterSplitter.UnclosedFrontMatterException e) {
            body = text;
        }
        assertSameAsFlexmark(body);
        assertSameAsFlexmark(text);
    }

    /**
     * The Markdown of every example of the CommonMark spec (0.30, as the flexmark-test-specs
     * artifact holds it; a tab is written "→" there). They cover each block and inline rule's
     * corners, which site-gen's own pieces of the parser (block starts, inline parser, autolinks,
     * tables) must leave as Flexmark parses them.
     */
    static Stream<String> commonMarkExamples() throws IOException {
        String spec;
        try (var in = DirectHtmlRendererTest.class.getResourceAsStream("/spec.0.30.txt")) {
            spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String fence = "`".repeat(32);
        List<String> examples = new java.util.ArrayList<>();
        for (int at = spec.indexOf(fence + " example\n"); at >= 0; at = spec.indexOf(fence + " example\n", at + 1)) {
            int start = spec.indexOf('\n', at) + 1;
            examples.add(spec.substring(start, spec.indexOf("\n.\n", start) + 1).replace('→', '\t'));
        }
        assertThat(examples).hasSizeGreaterThan(600);
        return examples.stream();
    }

    @ParameterizedTest
    @MethodSource("commonMarkExamples")
    void everyCommonMarkExample_isParsedAsFlexmarkParsesIt(String markdown) {
        assertSameAsFlexmark(markdown);
    }

    @Test
    void headingIds_areStoredOnTheHeadings_asFlexmarkStoresThem() {
        var direct = PARSER.parse("# A\n\n# A\n\n## b c\n");
        DIRECT.render(direct, new SourceChars(direct));
        var flexmark = PARSER.parse("# A\n\n# A\n\n## b c\n");
        FLEXMARK.render(flexmark);
        assertThat(ids(direct)).isEqualTo(ids(flexmark)).containsExactly("a", "a-1", "b-c");
    }

    private static List<String> ids(com.vladsch.flexmark.util.ast.Document document) {
        return java.util.stream.StreamSupport.stream(document.getDescendants().spliterator(), false)
                .filter(n -> n instanceof com.vladsch.flexmark.ast.Heading)
                .map(n -> ((com.vladsch.flexmark.ast.Heading) n).getAnchorRefId()).toList();
    }

    /** Inline pieces of briefings, with the characters and markers where renderers tend to differ. */
    private static final List<String> INLINE = List.of("word", "Word", "words here", "*em*", "**strong**", "_u_",
            "__s__", "*", "**", "_", "\"", "'", "\"quoted\"", "'single'", "it's", "--", "---", "...", "<<", ">>", "&",
            "&amp;", "&copy;", "&#169;", "&#x41;", "&bogus;", "AT&T", "<", ">", "a<b", "\\*", "\\", "\\_", "[", "]",
            "(", ")", "[link](https://example.org/a?b=1&c=2)", "[rel](../2022/x.md#part)", "[<>](a%20b.md)",
            "[**b**](y)", "[a\\]b](c)", " ", "\u00a0", "\u2003", "Україна", "😀", "#", "1.", "-", "+", "|", ">");
    /** Pieces Flexmark renders (code, raw HTML, autolinks, titles...), now and then, so fallback is exercised too. */
    private static final List<String> RARE = List.of("`code`", "www.example.com", "a@b.org", "https://x.org/",
            "[q](x \"t\")", "~~s~~", "<b>", "  ", "\t", "![i](x.png)");

    @Provide
    Arbitrary<String> briefings() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(Tuple.of(40, Arbitraries.of(INLINE)),
                Tuple.of(1, Arbitraries.of(RARE)));
        Arbitrary<String> inline = piece.list().ofMinSize(1).ofMaxSize(8)
                .flatMap(parts -> Arbitraries.of(" ", " ", "").map(sep -> String.join(sep, parts)));
        Arbitrary<String> lines = inline.list().ofMinSize(1).ofMaxSize(3)
                .flatMap(l -> Arbitraries.of("\n", "\n", "  \n", "\\\n").map(br -> String.join(br, l)));
        Arbitrary<String> heading = Combinators.combine(Arbitraries.integers().between(1, 6), inline)
                .as((level, text) -> "#".repeat(level) + " " + text);
        Arbitrary<String> list = Combinators.combine(Arbitraries.of("- ", "* ", "1. ", "7) ", "0. "),
                        Arbitraries.of("", "  ", "   "), lines.list().ofMinSize(1).ofMaxSize(4),
                        Arbitraries.of("\n", "\n\n"))
                .as((marker, indent, items, sep) -> String.join(sep, items.stream()
                        .map(item -> indent + marker + item.replace("\n", "\n" + indent + "   ")).toList()));
        Arbitrary<String> quote = lines.list().ofMinSize(1).ofMaxSize(3)
                .map(ps -> "> " + String.join("\n>\n> ", ps).replace("\n", "\n> ").replace("> >", ">"));
        Arbitrary<String> table = Combinators.combine(Arbitraries.integers().between(1, 4),
                        Arbitraries.of(":--", "--:", ":-:", "---"), inline.list().ofMinSize(1).ofMaxSize(12))
                .as((columns, align, cells) -> {
                    StringBuilder out = new StringBuilder("|" + " h |".repeat(columns) + "\n|"
                            + (" " + align + " |").repeat(columns) + "\n");
                    for (int i = 0; i < cells.size(); i += columns) {
                        out.append("| ").append(String.join(" | ", cells.subList(i, Math.min(cells.size(), i + columns))))
                                .append(" |\n");
                    }
                    return out.toString().replace("| | |", "| \\| |");
                });
        Arbitrary<String> setext = Combinators.combine(lines, Arbitraries.of("===", "---")).as((t, u) -> t + "\n" + u);
        Arbitrary<String> block = Arbitraries.oneOf(lines, lines, heading, list, quote, table, setext);
        return block.list().ofMinSize(1).ofMaxSize(8)
                .flatMap(blocks -> Arbitraries.of("\n\n", "\n").map(sep -> String.join(sep, blocks) + "\n"));
    }

    /** Both paths are compared, the direct one on a fair share of the samples (checked, not printed). */
    @Property(tries = 1500, seed = PropertySeed.VALUE)
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void briefingLikeMarkdown_isRenderedAsFlexmarkRendersIt(@ForAll("briefings") String markdown) {
        Statistics.label("rendered directly").collect(direct(markdown).isPresent());
        Statistics.label("rendered directly").coverage(checker -> checker.check(true).percentage(p -> p >= 10));
        assertSameAsFlexmark(markdown);
    }

    @Provide
    Arbitrary<String> hostile() {
        return Fuzz.markdown();
    }

    @Property(tries = 500, seed = PropertySeed.VALUE)
    void anyMarkdown_isRenderedAsFlexmarkRendersIt(@ForAll("hostile") String markdown) {
        assertSameAsFlexmark(markdown);
    }
}
