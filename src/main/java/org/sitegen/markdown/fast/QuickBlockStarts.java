package org.sitegen.markdown.fast;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.HtmlBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.parser.internal.BlockStartImpl;
import com.vladsch.flexmark.parser.internal.DocumentParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import org.sitegen.exec.Scratch;

/**
 * Flexmark's core block parsers (quotes, headings, code, HTML blocks, breaks, lists), each
 * asked about a line only when the line's first non-space character can start its block.
 * Flexmark asks every one of them about every line of a paragraph, and most answer with a
 * regular expression over the line, though few lines can start any block (docs/performance.md,
 * finding 51).
 * The very same parsers run, in Flexmark's order, so what they find is unchanged:
 * {@link FastMarkdown#parser} installs this in their place, after the extensions' own.
 */
final class QuickBlockStarts extends IndependentBlockParserFactory {
    private static final List<DataKey<Boolean>> CORE_PARSERS = List.of(Parser.BLOCK_QUOTE_PARSER,
            Parser.HEADING_PARSER, Parser.FENCED_CODE_BLOCK_PARSER, Parser.HTML_BLOCK_PARSER,
            Parser.THEMATIC_BREAK_PARSER, Parser.LIST_BLOCK_PARSER, Parser.INDENTED_CODE_BLOCK_PARSER);

    /** Flexmark's core factories in Flexmark's order, and what each can start with (null: anything). */
    private final List<CustomBlockParserFactory> core;
    private final String[] startChars;
    /** Start characters that count only on a line of that character and blanks (setext underlines, "* * *"). */
    private final String[] markerLineChars;
    /** The core factories made for the parser's options, per thread: Flexmark's are not known to be thread-safe. */
    private final Scratch<Factories[]> perThread = Scratch.of(() -> new Factories[1]);

    private QuickBlockStarts(DataHolder options) {
        core = DocumentParser.calculateBlockParserFactories(options, List.of());
        startChars = core.stream().map(factory -> startChars(factory, options)).toArray(String[]::new);
        markerLineChars = core.stream().map(QuickBlockStarts::markerLineChars).toArray(String[]::new);
    }

    /** {@code options} with Flexmark's core block parsers switched off: {@link #of} runs them instead. */
    static MutableDataSet withoutCoreParsers(DataHolder options) {
        MutableDataSet without = new MutableDataSet(options);
        CORE_PARSERS.forEach(key -> without.set(key, false));
        return without;
    }

    static QuickBlockStarts of(DataHolder options) {
        return new QuickBlockStarts(options);
    }

    /**
     * The characters a line's block can start with, read from each parser's tryStart (the
     * character at the next non-space index); null for a parser not listed here (an indented
     * code block starts with anything), which is then asked about every line, as by Flexmark.
     */
    private static String startChars(CustomBlockParserFactory factory, DataHolder options) {
        if (factory instanceof BlockQuoteParser.Factory) {
            return ">";
        } else if (factory instanceof HeadingParser.Factory) {
            return "#=-"; // ATX, and setext underlines
        } else if (factory instanceof FencedCodeBlockParser.Factory) {
            return "`~";
        } else if (factory instanceof HtmlBlockParser.Factory) {
            return "<";
        } else if (factory instanceof ThematicBreakParser.Factory) {
            return "*-_";
        } else if (factory instanceof ListBlockParser.Factory) {
            return Parser.LISTS_ITEM_PREFIX_CHARS.get(options) + "0123456789";
        }
        return null;
    }

    /**
     * The start characters of {@link #startChars} that make a block only when the whole line is
     * that character and spaces or tabs: a setext heading's underline ({@code ^(?:=+|-+)[ \t]*$})
     * and a thematic break; "- item" and "* item" lines, list items, need not go through their
     * regular expressions.
     */
    private static String markerLineChars(CustomBlockParserFactory factory) {
        return factory instanceof HeadingParser.Factory ? "=-" : factory instanceof ThematicBreakParser.Factory ? "*-_" : null;
    }

    /** Whether the line, whose first non-space character is {@code first} at {@code start}, may start factory i's block. */
    private boolean mayStart(int i, BasedSequence line, int start, char first) {
        if (startChars[i] == null) {
            return true;
        }
        return startChars[i].indexOf(first) >= 0
                && (markerLineChars[i] == null || markerLineChars[i].indexOf(first) < 0 || isMarkerLine(line, start, first));
    }

    private static boolean isMarkerLine(BasedSequence line, int start, char marker) {
        for (int i = start; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != marker && c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * Called for every document. The core parsers' factories keep nothing of a document (only
     * their options, and the HTML block's patterns once compiled), so each thread makes them once
     * for the parser's options instead of for every document (the heading's and the list's
     * factories read dozens of options each, for every document: finding 51).
     */
    @Override
    public BlockParserFactory apply(DataHolder options) {
        Factories[] kept = perThread.get();
        Factories made = kept[0];
        if (made == null || made.options() != options) {
            made = new Factories(options, core.stream().map(factory -> factory.apply(options))
                    .toArray(BlockParserFactory[]::new));
            kept[0] = made;
        }
        BlockParserFactory[] factories = made.factories();
        return (state, matched) -> tryStart(factories, state, matched);
    }

    private record Factories(DataHolder options, BlockParserFactory[] factories) {
    }

    /** DocumentParser.findBlockStart over {@code factories}, skipping those the line cannot start. */
    private BlockStart tryStart(BlockParserFactory[] factories, ParserState state, MatchedBlockParser matched) {
        BasedSequence line = state.getLine();
        int start = state.getNextNonSpaceIndex();
        char first = start < line.length() ? line.charAt(start) : '\n';
        BlockParser parser = matched.getBlockParser();
        for (int i = 0; i < factories.length; i++) {
            if (mayStart(i, line, start, first) && parser.canInterruptBy(factories[i])) {
                BlockStart blockStart = factories[i].tryStart(state, matched);
                if (blockStart instanceof BlockStartImpl) { // what DocumentParser takes for a start
                    return blockStart;
                }
            }
        }
        return BlockStart.none();
    }
}
