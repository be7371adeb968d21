package org.sitegen;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of YAML-ish front matter and Markdown-ish bodies, hostile fragments included. */
public final class Fuzz {
    private Fuzz() {
    }

    static final List<String> KEYS = List.of("title", "date", "updated", "lastmod", "tags", "summary", "excerpt",
            "description", "author", "authors", "slug", "draft", "sources", "params", "x", "Title", "title ",
            "<<", "? complex", "'quoted key'", "日本", "");

    static final List<String> HOSTILE_VALUES = List.of("", "~", "null", "yes", "NO", "on", "1.10", "0x1F", ".inf",
            "[unclosed", "{a: 1", "&anchor x", "*alias", "!!python/object/apply:os.system [id]", "!!java.net.URL [x]",
            "!local v", "|", ">-", "'single", "\"double", "\"\\0\"", "\"\\x1b\"", "\"\\u2028\"", "- item", ": colon",
            "#comment", "%TAG", "@at", "`tick`", "\t", "\ttabbed", "a\tb", "../../etc/passwd", "/etc/passwd",
            "C:\\Windows", "con", "NUL", "lpt1", "aux.txt", "<script>alert(1)</script>", "</title>", "-->",
            "javascript:alert(1)", "2023-02-31", "2023-13-01", "2023-01-01 24:61", "2023-02-19", "2023-02-19 09:30",
            "2023-02-19T09:30:00+01:00", "19 February 2023", "2015-03-17 14:00:00 -0400", "9999-12-31",
            "0000-01-01", "-2023-01-01", "+002023-01-01", "[a, b, [c, d]]", "{title: x, url: javascript:x}",
            "[[[[[[[[[[[[[[[[[[[[[[[x]]]]]]]]]]]]]]]]]]]]]]]", "\uFEFF", "\u0085", "\uD83D\uDE00", "Україна");

    /** Random but plausible dates, possible and impossible. */
    static Arbitrary<String> dates() {
        return Combinators.combine(Arbitraries.integers().between(-1, 10001), Arbitraries.integers().between(0, 14),
                Arbitraries.integers().between(0, 33), Arbitraries.integers().between(-1, 25),
                Arbitraries.integers().between(0, 62)).as((y, m, d, h, min) -> h < 0
                ? String.format("%04d-%02d-%02d", y, m, d)
                : String.format("%04d-%02d-%02d %02d:%02d", y, m, d, h, min));
    }

    static Arbitrary<String> values() {
        return Arbitraries.oneOf(Arbitraries.of(HOSTILE_VALUES), dates(),
                Arbitraries.strings().all().ofMaxLength(20),
                Arbitraries.strings().withCharRange(' ', '~').withChars('\t', '\n').ofMaxLength(30),
                Arbitraries.of(HOSTILE_VALUES).list().ofMaxSize(4).map(l -> "[" + String.join(", ", l) + "]"));
    }

    /** A line of front matter: key, separator (spaces or a tab), value; sometimes indented or a list item. */
    static Arbitrary<String> frontMatterLines() {
        Arbitrary<String> line = Combinators.combine(Arbitraries.of("", "", "", "  ", "\t", "- ", "  - "),
                Arbitraries.oneOf(Arbitraries.of(KEYS), Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8)),
                Arbitraries.of(": ", ": ", ":\t", ":", " : ", ":  "), values())
                .as((indent, key, sep, value) -> indent + key + sep + value);
        return line.list().ofMaxSize(12).map(lines -> String.join("\n", lines) + "\n");
    }

    public static final List<String> MARKDOWN = List.of("# Heading", "## Sub *heading*", "Plain paragraph.", "**bold** _em_",
            "~~strike~~", "`code`", "```\nfenced <script>x</script>\n```", "> quote", "- item\n- item", "1. one",
            "| a | b |\n|---|---|\n| 1 | 2 |", "[^1]\n\n[^1]: note", "---", "<!-- comment -->", "<![CDATA[x]]>",
            "[ok](https://example.org/)", "[rel](other.md)", "[rel](../../../etc/passwd)", "[frag](#x)",
            "[js](javascript:alert(1))", "[ent](&#106;avascript:alert(1))", "[ent2](&#x6A;avascript&colon;x)",
            "[tab](java\tscript:alert(1))", "[case](JAVASCRIPT:alert(1))", "[vb](vbscript:x)",
            "![img](data:image/svg+xml;base64,PHN2Zz4=)", "![img](x.png \"t\")", "<javascript:alert(1)>",
            "[r]\n\n[r]: javascript:alert(1)", "<script>alert(1)</script>", "<SCRIPT SRC=//evil></SCRIPT>",
            "<img src=x onerror=alert(1)>", "<img src=\"x\" oNeRrOr = \"alert(1)\">", "<svg/onload=alert(1)>",
            "<iframe src=//evil></iframe>", "<a href=\"javascript:alert(1)\">a</a>",
            "<a href=\"&#106;avascript:alert(1)\">a</a>", "<a href=\"jav&#x09;ascript:alert(1)\">a</a>",
            "<a href=\" javascript:alert(1)\">a</a>", "<div style=\"background:url(javascript:x)\">d</div>",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
            "<form><button formaction=javascript:alert(1)>b</button></form>", "<object data=x></object>",
            "<details open ontoggle=alert(1)>", "<p onclick='x'>p</p>", "<b>bold</b>", "<br/>", "</div>", "<",
            "&amp; &lt; &#0; &#x110000;", "\u0000", "\uFFFD", "\u202E rtl", "Україна", "\t\ttabbed");

    /** The raw-HTML fragments among {@link #MARKDOWN}. */
    public static final List<String> MARKDOWN_HTML = MARKDOWN.stream().filter(m -> m.startsWith("<")).toList();

    public static Arbitrary<String> markdown() {
        Arbitrary<String> part = Arbitraries.oneOf(Arbitraries.of(MARKDOWN), Arbitraries.of(MARKDOWN),
                Arbitraries.strings().all().ofMaxLength(40));
        return Combinators.combine(part, Arbitraries.of("\n", "\n\n", " ", "")).as((p, sep) -> p + sep)
                .list().ofMaxSize(10).map(parts -> String.join("", parts) + "\n");
    }
}
