package org.sitegen.markdown.fast;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.function.Consumer;

/**
 * The speed-only parts of turning Markdown into HTML, behind one switch (the build option
 * {@code fastMarkdown}, {@code -Dsite-gen.fastMarkdown=false} to run plain Flexmark instead):
 * cheaper twins of Flexmark's inline parser ({@link QuickInlineParser}), core block parsers
 * ({@link QuickBlockStarts}), tables ({@link PipeTablesExtension}) and autolinks
 * ({@link QuickAutolinkExtension}), each finding what the original finds; and a renderer of the
 * usual kinds of body ({@link DirectHtmlRenderer}) writing what Flexmark's HtmlRenderer writes.
 * This package knows nothing of the rest of {@code markdown} (ArchitectureTest): deleting it and
 * the switch leaves a working engine; {@code FastMarkdownSwitchTest} builds sites both ways and
 * compares them byte for byte.
 */
public final class FastMarkdown {
    private FastMarkdown() {
    }

    /** Flexmark's tables extension, asked only about paragraphs that hold a '|'. */
    public static Parser.ParserExtension tables() {
        return new PipeTablesExtension();
    }

    /**
     * Flexmark's autolink extension, run only on text that can hold a bare link.
     *
     * @param afterLinking called with each node whose children the autolinker has been run on
     *                     (markdown's own rules for the links found)
     */
    public static Parser.ParserExtension autolinks(Consumer<Node> afterLinking) {
        return new QuickAutolinkExtension(afterLinking);
    }

    /**
     * {@code text.unescape()}, without Flexmark's regular expression over the sequence (a call a
     * character) for the usual URL that holds neither a backslash nor an ampersand.
     */
    public static String unescaped(com.vladsch.flexmark.util.sequence.BasedSequence text) {
        return HtmlLines.unescaped(text);
    }

    /**
     * A parser with {@code options}, its inline parser and core block parsers replaced by
     * cheaper twins. With an inline parser of its own, Flexmark leaves out its core paragraph
     * pre-processor (reference definitions): added back, after the extensions' ones, where
     * Flexmark puts it.
     */
    public static Parser parser(DataHolder options) {
        return Parser.builder(QuickBlockStarts.withoutCoreParsers(options))
                .customInlineParserFactory(QuickInlineParser::new)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
                .customBlockParserFactory(QuickBlockStarts.of(options)).build();
    }
}
