package org.sitegen.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.sitegen.Fuzz;
import org.sitegen.PropertySeed;
import org.sitegen.config.RawHtml;
import org.sitegen.content.FrontMatterSplitter;
import org.sitegen.diag.Diagnostics;
import org.sitegen.url.RelativeUrls;

/**
 * Issue #18, item 8: sanitising never loses the text of a body. The words a reader is meant to
 * see (the Markdown's text, {@link RenderedBody#text()}, which leaves raw HTML out) all stand,
 * in order, in the text of the sanitised HTML as a browser shows it (jsoup's text(), which
 * leaves out what a style or script element holds); on every Markdown file of the repository
 * and on generated prose strewn with the tags that swallow text.
 */
class SanitizedTextProperties {
    /** Embeds as a theme might show them: their content in a box. */
    private static final MarkdownRenderer SANITIZING = new MarkdownRenderer(new RelativeUrls(false), RawHtml.SANITIZE,
            embed -> "<div class=\"embed\">" + embed.content() + "</div>");
    private static final LinkTargets TARGETS = new LinkTargets(Map.of("2023/other.md", "/2023/01/01/other/"), Set.of());
    private static final BodySource DOC = new BodySource("content/2023/x.md", "2023/x.md", 5, "/2023/01/02/x/");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9]+");
    /** Raw HTML that swallows or hides what follows it, as writers put it in prose, and harmless tags. */
    private static final List<String> TAGS = List.of("<style>", "</style>", "<xmp>", "<plaintext>", "<title>",
            "</title>", "<textarea>", "<script>", "</script>", "<script src=\"x.js\">", "<noscript>", "<iframe>",
            "<noembed>", "<noframes>", "<template>", "<select>", "<option>", "<table>", "<math>", "<svg>", "<!--",
            "-->", "<!-- note -->", "<div title=\"", "<a href=\"x\" title='", "<b>", "</b>", "<i", "<div>", "</div>",
            "<p style=\"color:red\">", "<span onclick=\"alert(1)\">", "</span>", "<frameset>", "<object>", "<embed>",
            "<![CDATA[", "<?php", "<!DOCTYPE html>", "<br/>", "<img src=\"data:x\">");
    private static final List<String> WORDS = List.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
            "theta", "iota", "kappa");

    /** Prose: lines of words with tags among them, some at the start of a line (HTML blocks), blank lines between. */
    @Provide
    Arbitrary<String> prose() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of(WORDS)), net.jqwik.api.Tuple.of(1, Arbitraries.of(TAGS)));
        Arbitrary<String> line = piece.list().ofMinSize(1).ofMaxSize(8).map(parts -> String.join(" ", parts));
        return line.list().ofMinSize(1).ofMaxSize(8).flatMap(lines -> Arbitraries.of("\n", "\n\n")
                .list().ofSize(lines.size()).map(breaks -> {
                    StringBuilder body = new StringBuilder();
                    for (int i = 0; i < lines.size(); i++) {
                        body.append(lines.get(i)).append(breaks.get(i));
                    }
                    return body.append("\nomega is the last word.\n").toString();
                }));
    }

    @Property(tries = 1500, seed = PropertySeed.VALUE)
    void generatedProse_keepsItsText(@ForAll("prose") String markdown) {
        assertTextKept(markdown);
    }

    @Property(tries = 300, seed = PropertySeed.VALUE)
    void fuzzedMarkdown_keepsItsText(@ForAll("fuzz") String markdown) {
        assertTextKept(markdown);
    }

    @Provide
    Arbitrary<String> fuzz() {
        return Fuzz.markdown();
    }

    @Example
    void everyMarkdownFileOfTheRepository_keepsItsText() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Stream.concat(Files.walk(Path.of("src/test/resources")), Files.walk(Path.of("content")))) {
            files = walk.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(50);
        for (Path file : files) {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).replace("\r\n", "\n");
            try {
                text = new FrontMatterSplitter().split(text).body();
            } catch (FrontMatterSplitter.UnclosedFrontMatterException e) {
                // the whole file as a body
            }
            assertTextKept(text);
        }
    }

    /** The check can fail: the HTML parser, left alone, does swallow the text after a stray tag. */
    @Example
    void withoutTheGuard_aStrayStyleTagSwallowsTheRest() {
        String html = HtmlSanitizer.clean("<p>The <style> element.</p>\n<p>This must stay.</p>\n");
        assertThat(missing(List.of("This", "must", "stay"), visibleText(html))).isNotEmpty();
    }

    private static void assertTextKept(String markdown) {
        RenderedBody body = SANITIZING.render(markdown, DOC, TARGETS, new Diagnostics());
        List<String> missing = missing(words(body.text()), visibleText(body.html()));
        assertThat(missing).as("every word of\n%s\nstands in the sanitised HTML\n%s", markdown, body.html()).isEmpty();
    }

    /** What a browser shows of {@code html}: its text, with an image's alt text where the image is. */
    static String visibleText(String html) {
        // jsoup's reader takes U+FFFF for the end of its input; a browser shows it as a box, or nothing
        org.jsoup.nodes.Document document = Jsoup.parseBodyFragment(html.replace('\uffff', '\ufffd'));
        for (org.jsoup.nodes.Element image : document.select("img[alt]")) {
            image.replaceWith(new org.jsoup.nodes.TextNode(" " + image.attr("alt") + " "));
        }
        return document.text();
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /**
     * The words not found in {@code text}, each word of the text used once. A browser moves
     * text out of a table it stands in, so order does not count; and markup joins or splits
     * words ("Heading~~strike~~" reads "Headingstrike", raw HTML left out of the Markdown's text
     * joins its neighbours there), so a word not found whole may be found in pieces among the
     * words left over.
     */
    static List<String> missing(List<String> words, String text) {
        List<String> unused = new ArrayList<>(words(text));
        List<String> leftOver = new ArrayList<>();
        for (String word : words) {
            if (!unused.remove(word)) {
                leftOver.add(word);
            }
        }
        StringBuilder letters = new StringBuilder(String.join("|", unused));
        List<String> missing = new ArrayList<>();
        for (String word : leftOver) {
            // longest pieces first: "HeadingstrikePlain" is "Heading", "strike" and "Plain"
            int from = 0;
            while (from < word.length()) {
                int to = word.length();
                while (to > from && !take(letters, word.substring(from, to))) {
                    to--;
                }
                if (to == from) {
                    missing.add(word);
                    break;
                }
                from = to;
            }
        }
        return missing;
    }

    private static boolean take(StringBuilder letters, String part) {
        int at = letters.indexOf(part);
        if (at >= 0) {
            letters.replace(at, at + part.length(), "|");
        }
        return at >= 0;
    }
}
