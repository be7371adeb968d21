package org.sitegen.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.sitegen.content.DateParser;
import org.sitegen.content.FrontMatter;
import org.sitegen.content.FrontMatterParser;
import org.sitegen.content.FrontMatterSplitter;
import org.sitegen.diag.Diagnostics;
import org.sitegen.diag.SourcePosition;
import org.sitegen.PropertySeed;

/** Each conversion of site-gen:import on its own. */
class ConversionsTest {

    // ---- front matter formats -----------------------------------------------------------

    @Test
    void yamlFrontMatterKeepsTheLastOfADuplicateKeyAndItsLines() throws Exception {
        SourceFrontMatter fm = SourceFrontMatter.read("---\ntitle: A\ndate: 2020-01-02\ntitle: B\n---\nBody\n");
        assertEquals("yaml", fm.format());
        assertEquals("B", fm.text("title"));
        assertEquals(4, fm.fields().get("title").line());
        assertEquals(List.of(new SourceFrontMatter.Duplicate("title", 2, 4)), fm.duplicates());
        assertEquals("Body\n", fm.body());
        assertEquals(6, fm.bodyFirstLine());
    }

    @Test
    void yamlKnowsQuotedFromPlainValues() throws Exception {
        SourceFrontMatter fm = SourceFrontMatter.read("---\na: \"2020-01-02 10:00:00\"\nb: 2020-01-02 10:00:00\n---\n");
        assertTrue(fm.fields().get("a").quoted());
        assertEquals(false, fm.fields().get("b").quoted());
        assertEquals("2020-01-02 10:00:00", fm.text("b"));
    }

    @Test
    void tomlFrontMatterIsReadWithLines() throws Exception {
        SourceFrontMatter fm = SourceFrontMatter.read("+++\ntitle = \"T\"\ntags = [\"a\", \"b\"]\n\n[params]\nx = 1\n+++\nBody");
        assertEquals("toml", fm.format());
        assertEquals("T", fm.text("title"));
        assertEquals(List.of("a", "b"), fm.value("tags"));
        assertEquals(Map.of("x", "1"), fm.value("params"));
        assertEquals(3, fm.fields().get("tags").line());
        assertEquals(5, fm.fields().get("params").line());
        assertEquals("Body", fm.body());
    }

    @Test
    void tomlWithAKeyGivenTwiceIsRefusedAsHugoRefusesIt() {
        SourceFrontMatter.Unreadable e = assertThrows(SourceFrontMatter.Unreadable.class,
                () -> SourceFrontMatter.read("+++\ntitle = \"A\"\ntitle = \"B\"\n+++\n"));
        assertTrue(e.getMessage().startsWith("front matter is not TOML"), e.getMessage());
    }

    @Test
    void jsonFrontMatterEndsWithItsObject() throws Exception {
        SourceFrontMatter fm = SourceFrontMatter.read("{\n  \"title\": \"J\",\n  \"tags\": [\"x\"]\n}\nBody line\n");
        assertEquals("json", fm.format());
        assertEquals("J", fm.text("title"));
        assertEquals(2, fm.fields().get("title").line());
        assertEquals("Body line\n", fm.body());
        assertEquals(5, fm.bodyFirstLine());
    }

    @Test
    void unclosedFrontMatterIsSaid() {
        assertThrows(SourceFrontMatter.Unreadable.class, () -> SourceFrontMatter.read("---\ntitle: x\n"));
    }

    // ---- front matter as written ---------------------------------------------------------------

    /** Whatever text a source had, the written YAML gives site-gen the same text back. */
    @Property(tries = 300, seed = PropertySeed.VALUE)
    void writtenTextReadsBackUnchanged(@ForAll String text) throws Exception {
        if (text.isBlank() || !text.equals(text.strip()) || text.chars().anyMatch(c -> Character.isSurrogate((char) c)
                || Character.getType(c) == Character.CONTROL && c != '\t')) {
            return; // site-gen strips a title; lone surrogates are no text; the import leaves control characters out
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", text);
        fields.put("date", "2020-01-02");
        String written = FrontMatterWriter.write(fields) + "Body\n";
        Diagnostics diagnostics = new Diagnostics();
        Optional<FrontMatter> read = new FrontMatterParser(new DateParser(ZoneOffset.UTC), List.of("tags"))
                .parse(new FrontMatterSplitter().split(written), "x.md", Optional.empty(), true, diagnostics);
        assertEquals(List.of(), diagnostics.sorted(), written);
        assertEquals(text, read.orElseThrow().title(), written);
    }

    @Test
    void tagsThatYamlWouldReadAsOtherTypesStayText() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("tags", List.of("no", "null", "1.0", "a: b", "#x"));
        assertEquals("---\ntags:\n  - \"no\"\n  - \"null\"\n  - \"1.0\"\n  - \"a: b\"\n  - \"#x\"\n---\n",
                FrontMatterWriter.write(fields));
    }

    // ---- old URLs --------------------------------------------------------------------------------

    @Test
    void jekyllPermalinkStyles() {
        LocalDateTime at = LocalDateTime.of(2015, 3, 7, 14, 5);
        assertEquals("/2015/03/07/My-Post.html", OldUrls.jekyll("date", null, at, "My-Post", List.of()));
        assertEquals("/news/2015/03/07/My-Post/", OldUrls.jekyll("pretty", null, at, "My-Post", List.of("News")));
        assertEquals("/2015/066/x.html", OldUrls.jekyll("ordinal", null, at, "x", List.of()));
        assertEquals("/a/b/x.html", OldUrls.jekyll("none", null, at, "x", List.of("A", "B")));
        assertEquals("/blog/15/3/7/my-post/", OldUrls.jekyll("/blog/:short_year/:i_month/:i_day/:slug/", null, at,
                "My Post", List.of()));
        assertEquals("/own/", OldUrls.jekyll("pretty", "/own/", at, "x", List.of()));
    }

    @Test
    void hugoPermalinkPatternsAndDefault() {
        LocalDateTime at = LocalDateTime.of(2017, 8, 22, 0, 0);
        assertEquals("/en/2017/08/hugo-post-summary/", OldUrls.hugo("/:sections/:year/:month/:slug/", List.of("en"),
                "2017-08-22-hugo-post-summary", "hugo-post-summary", "T", at));
        assertEquals("/posts/a-title/", OldUrls.hugo("/:section/:title/", List.of("posts"), "f", null, "A Title", at));
        assertEquals("/posts/2019/my-file/", OldUrls.hugo(null, List.of("posts", "2019"), "My-File", null, "T", at));
        assertEquals("/posts/chosen/", OldUrls.hugo(null, List.of("posts"), "file", "chosen", "T", at));
    }

    @Test
    void relativeLinksResolveAgainstTheOldUrl() {
        assertEquals("/en/2017/08/other/", Importer.resolveAgainst("/en/2017/09/this/", "../../08/other/"));
        assertEquals("/knitr/options/", Importer.resolveAgainst("/knitr/hooks/", "../options/"));
        assertEquals("../2014/2014-01-02-x.md", Importer.relative("2015/2015-01-01-y.md", "2014/2014-01-02-x.md"));
        assertEquals("2014-01-03-z.md", Importer.relative("2014/2014-01-02-x.md", "2014/2014-01-03-z.md"));
    }

    // ---- Liquid ----------------------------------------------------------------------------------

    @Test
    void liquidTagsEachConverted() {
        Body body = new Body("""
                [a]({% post_url 2015-01-01-a %}) [b]({% link _posts/2015-01-01-a.md %}) {{ site.baseurl }}/x
                {% highlight python %}
                print("{{ page.title }}")
                {% endhighlight %}
                {% raw %}{{ kept }}{% endraw %}{% comment %}gone{% endcomment %}
                {% include simple.html %}{% include complex.html x=1 %}
                {% oembed https://www.youtube.com/watch?v=abcdefghijk %}
                {% oembed https://twitter.com/someone/status/123 %}
                {% if x %}in{% endif %}{{ "text" | team_link }}{{ nothing }}
                """);
        String out = LiquidConverter.convert(body.text, body);
        assertEquals("""
                [a](../a.md) [b](../a.md) /blog/x
                ```python
                print("The title")
                ```
                {{ kept }}
                Included
                ::: video youtube="abcdefghijk" title="Video"
                :::

                ::: post url="https://twitter.com/someone/status/123" author="@someone"
                [The post on Twitter](https://twitter.com/someone/status/123)
                :::

                intext
                """, out);
        assertEquals(List.of(
                "x.md:1:5: converted: {% post_url 2015-01-01-a %} into a link to ../a.md",
                "x.md:1:38: converted: {% link _posts/2015-01-01-a.md %} into a link to ../a.md",
                "x.md:2:1: converted: {% highlight python %} into a fenced code block",
                "x.md:3:8: converted: {{ page.title }} into the post's own 'title'",
                "x.md:5:1: converted: {% raw %}: its text kept as written",
                "x.md:5:32: converted: {% comment %}: left out, as Jekyll does",
                "x.md:6:1: converted: {% include simple.html %}: its text put in place",
                "x.md:6:26: warning: {% include complex.html x=1 %} left out: it takes parameters; write what it showed into the post",
                "x.md:7:1: converted: {% oembed https://www.youtube.com/watch?v=abcdefghijk %} into a video embed titled \"Video\" (the source gives it no title: write one)",
                "x.md:8:1: warning: {% oembed https://twitter.com/someone/status/123 %} into a post embed: the post's text is not in the source, so it links to the post; copy its text between the ::: lines",
                "x.md:9:1: warning: Liquid logic {% if x %} left out: check the text around it",
                "x.md:9:13: warning: Liquid logic {% endif %} left out: check the text around it",
                "x.md:9:24: warning: {{ \"text\" | team_link }}: the text \"text\" kept, its filters (team_link) not applied",
                "x.md:9:48: warning: {{ nothing }} left out: site-gen has no such value; write what it showed into the post"),
                body.lines());
        assertEquals(1, body.kept);
    }

    // ---- Hugo shortcodes --------------------------------------------------------------------

    @Test
    void shortcodesEachConverted() {
        Body body = new Body("""
                See [it]({{< ref "a.md" >}}) and [that]({{< relref "/a#part" >}}).
                {{< figure src="/c.png" alt="A \\"c\\"" caption="Cap" attr="Me" >}}
                {{< figure src="/d.png" alt="D" >}}
                {{< youtube w7Ft2ymGmfc >}}{{< vimeo id="146022717" >}}
                {{< tweet user="SanDiegoZoo" id="1453110110599868418" >}}
                {{% notice tip %}}Be **kind**.{{% /notice %}}
                {{< highlight go >}}x := 1{{< /highlight >}}
                {{</* youtube x */>}} {{< unknown >}}inner{{< /unknown >}}
                """);
        String out = ShortcodeConverter.convert(body.text, body);
        assertEquals("""
                See [it](../a.md) and [that](../a.md#part).
                ::: figure src="/c.png" alt="A \\"c\\"" credit="Me"
                Cap
                :::

                ![D](/d.png)
                ::: video youtube="w7Ft2ymGmfc" title="Video"
                :::
                ::: video vimeo="146022717" title="Video"
                :::

                ::: post url="https://twitter.com/SanDiegoZoo/status/1453110110599868418" author="@SanDiegoZoo"
                [The post on Twitter](https://twitter.com/SanDiegoZoo/status/1453110110599868418)
                :::

                ::: note
                Be **kind**.
                :::

                ```go
                x := 1
                ```

                {{< youtube x >}} inner
                """, out);
        assertTrue(body.lines().contains("x.md:8:23: warning: shortcode {{< unknown >}} left out (its inner text kept): "
                + "site-gen has no 'unknown'; write what it showed into the post"), String.join("\n", body.lines()));
        assertEquals(1, body.kept);
    }

    @Test
    void shortcodeArgumentsPositionalNamedAndQuoted() {
        Map<String, String> named = new LinkedHashMap<>();
        List<String> positional = ShortcodeConverter.arguments(" \"a b\" c key=\"v \\\"q\\\"\" k2=`raw` ", named);
        assertEquals(List.of("a b", "c"), positional);
        assertEquals(Map.of("key", "v \"q\"", "k2", "raw"), named);
    }

    /** A body context for one file, x.md, whose lines start at 1. */
    private static final class Body implements BodyContext {
        private final ImportReport report = new ImportReport(new Diagnostics());
        private final String text;
        int kept;

        Body(String text) {
            this.text = text;
        }

        List<String> lines() {
            return report.entries().stream().map(ImportReport.Entry::toString).toList();
        }

        @Override
        public SourcePosition at(int offset) {
            int line = 1;
            int start = 0;
            for (int i = 0; i < offset; i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    start = i + 1;
                }
            }
            return SourcePosition.of("x.md", line, offset - start + 1);
        }

        @Override
        public ImportReport report() {
            return report;
        }

        @Override
        public Optional<String> linkToPost(String name) {
            return name.equals("2015-01-01-a") ? Optional.of("../a.md") : Optional.empty();
        }

        @Override
        public Optional<String> linkToSource(String path) {
            String anchor = path.contains("#") ? path.substring(path.indexOf('#')) : "";
            String file = path.replaceAll("#.*", "").replaceAll("^[\"']|[\"']$", "");
            return List.of("_posts/2015-01-01-a.md", "a.md", "/a").contains(file) ? Optional.of("../a.md" + anchor)
                    : Optional.empty();
        }

        @Override
        public String pageValue(String key) {
            return key.equals("title") ? "The title" : null;
        }

        @Override
        public String baseurl() {
            return "/blog";
        }

        @Override
        public String siteUrl() {
            return "https://example.org/blog";
        }

        @Override
        public void keptLiterally(String text) {
            kept++;
        }

        @Override
        public Optional<String> include(String name) {
            return name.equals("simple.html") ? Optional.of("Included\n") : Optional.empty();
        }
    }
}
