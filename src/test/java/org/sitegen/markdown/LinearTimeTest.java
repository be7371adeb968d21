package org.sitegen.markdown;

import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sitegen.diag.Diagnostics;
import org.sitegen.url.RelativeUrls;

/**
 * Rendering time is linear in the body's size, for the inputs that cost Flexmark far more than
 * their size (issue #18) and for cmark's pathological tests (its {@code test/pathological_tests.py},
 * scaled to bodies within {@link BodyLimits}). Each input is rendered at n and 2n characters;
 * twice the input must take less than three times as long (a quadratic one takes four). Times
 * are the best of several after a warm-up, so a busy machine does not decide the ratio.
 */
class LinearTimeTest {
    private static final int N = 120_000;
    private static final double MAX_RATIO = 3.0;
    private static final MarkdownRenderer RENDERER = new MarkdownRenderer(new RelativeUrls(true));

    @TestFactory
    Stream<DynamicTest> doublingTheInputAtMostDoublesTheTime() {
        return Stream.of(
                        input("apostrophes in one paragraph", n -> repeat("don't ", n)),
                        input("intraword single quotes", n -> repeat("a'a ", n)),
                        input("intraword double quotes", n -> repeat("a\"a ", n)),
                        input("unmatched double quotes", n -> repeat("\"a ", n)),
                        input("quotes before an e-mail address", n -> repeat("a'".repeat(30) + "b@example.org ", n)),
                        input("dotted words with www", n -> repeat("www.".repeat(15) + "x ", n)),
                        input("www links", n -> repeat("www.a.b ", n)),
                        input("dashes", n -> repeat("a-- ", n)),
                        input("cmark: many emph closers with no openers", n -> repeat("a_ ", n)),
                        input("cmark: many emph openers with no closers", n -> repeat("_a ", n)),
                        input("cmark: many link closers with no openers", n -> repeat("a]", n)),
                        input("cmark: many link openers with no closers", n -> repeat("[a", n)),
                        input("cmark: mismatched openers and closers", n -> repeat("*a_ ", n)),
                        input("cmark: openers and closers multiple of 3", n -> "a**b" + repeat("c* ", n)),
                        input("cmark: link openers and emph closers", n -> repeat("[ a_", n)),
                        input("cmark: [ (]( repeated", n -> repeat("[ (](", n)),
                        input("cmark: ![[]() repeated", n -> repeat("![[]()", n)),
                        input("cmark: nested brackets", n -> "[".repeat(n / 2) + "a" + "]".repeat(n / 2)),
                        input("cmark: nested block quotes", n -> "> ".repeat(n / 2) + "a"),
                        input("cmark: unclosed links A", n -> repeat("[a](<b", n)),
                        input("cmark: unclosed links B", n -> repeat("[a](b", n)),
                        input("cmark: unclosed comments", n -> "</" + repeat("<!--", n)),
                        input("cmark: many references", n -> references(n)),
                        input("long table", n -> "|a|b|\n|-|-|\n" + repeat("|x|y|\n", n)),
                        input("one long paragraph of links", n -> repeat("[a](/u \"t\") ", n)),
                        // links with no space between them (as Chinese and Japanese write): one word, which
                        // BodyLimits lets through when each destination closes
                        input("nested links in one word", n -> repeat("[".repeat(90) + "a" + "](/u.v)".repeat(90), n)),
                        input("links in one word, parentheses in their destinations",
                                n -> repeat("[a](/u(v(w)x)y.z)", n)),
                        input("inline comments", n -> repeat("a <!-- c --> ", n)),
                        input("cmark: backticks (runs of growing length, within the limit)",
                                n -> repeat(backtickRuns(BodyLimits.MAX_BACKTICK_LENGTHS) + "\n\n", n)),
                        input("long quoted paragraphs", n -> repeat(">>> a\n".repeat(999) + ">\n", n)),
                        input("long quoted paragraphs, one level", n -> repeat("> a\n".repeat(999) + ">\n", n)))
                .map(input -> DynamicTest.dynamicTest(input.name(), () -> assertLinear(input)));
    }

    private record Input(String name, IntFunction<String> body) {
    }

    private static Input input(String name, IntFunction<String> body) {
        return new Input(name, body);
    }

    /**
     * Up to three measurements: a quadratic input fails every one (its ratio is near 4 each time),
     * while a collection or another process's burst on a shared machine spoils one at most.
     */
    private static void assertLinear(Input input) {
        String small = input.body().apply(N);
        String large = input.body().apply(2 * N);
        for (int i = 0; i < 3; i++) {
            render(input.body().apply(N / 4)); // warm-up: the JIT compiles the paths this input takes
        }
        String measured = "";
        for (int attempt = 0; attempt < 3; attempt++) {
            long smallNanos = best(small);
            long largeNanos = best(large);
            double ratio = (double) largeNanos / Math.max(smallNanos, 25_000_000); // below 25 ms the clock decides
            if (ratio < MAX_RATIO) {
                return;
            }
            measured += String.format(" %d ms for %d chars, %d ms for %d chars;", smallNanos / 1_000_000,
                    small.length(), largeNanos / 1_000_000, large.length());
        }
        throw new AssertionError(input.name() + ": twice the input took more than " + MAX_RATIO
                + " times as long, three times:" + measured);
    }

    private static long best(String body) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            render(body);
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }

    private static void render(String body) {
        RENDERER.render(body, new BodySource("content/x.md", "x.md", 1, "/x/"), new LinkTargets(Map.of(), Set.of()),
                new Diagnostics());
    }

    /** cmark's pathological "backticks": "e`e``e```…", runs of 1 to {@code lengths} backticks. */
    private static String backtickRuns(int lengths) {
        StringBuilder out = new StringBuilder();
        for (int k = 1; k <= lengths; k++) {
            out.append('e').append("`".repeat(k));
        }
        return out.toString();
    }

    private static String repeat(String unit, int chars) {
        return unit.repeat(Math.max(1, chars / unit.length()));
    }

    private static String references(int chars) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; body.length() < chars; i++) {
            body.append('[').append(i).append("]: u\n");
        }
        return body.append("[0] ".repeat(100)).toString();
    }
}
