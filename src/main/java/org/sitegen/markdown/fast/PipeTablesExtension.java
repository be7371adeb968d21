package org.sitegen.markdown.fast;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * Flexmark's TablesExtension, asked only about paragraphs that hold a '|'. The original tries
 * every paragraph of every body as a table (a regular expression over each line), work done
 * for nearly every paragraph although a table without a pipe does not parse (docs/performance.md,
 * finding 22). Paragraphs
 * with a pipe go to the very same pre-processor, so the tables found (and their HTML) are
 * unchanged; rendering is the original extension's.
 */
final class PipeTablesExtension extends TablesExtension {

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new PipeParagraphs(TableParagraphPreProcessor.Factory()));
    }

    static boolean hasPipe(BasedSequence text) {
        char[] chars = SourceChars.arrayOf(text); // a slice of the parse's array: read it directly
        if (chars != null) {
            for (int i = text.getStartOffset(), end = text.getEndOffset(); i < end; i++) {
                if (chars[i] == '|') {
                    return true;
                }
            }
            return false;
        }
        return text.indexOf('|') >= 0;
    }

    /** The tables' factory, with the same place among the pre-processors, filtering what it is given. */
    private static final class PipeParagraphs implements ParagraphPreProcessorFactory {
        private final ParagraphPreProcessorFactory tables;
        /**
         * The tables' pre-processor, made at the first pipe of any body and shared by all: it
         * keeps no state of a document (its options and a pattern it compiles, which one per
         * body with a table would compile again: finding 63), and Pattern is thread-safe.
         */
        private volatile ParagraphPreProcessor shared;

        PipeParagraphs(ParagraphPreProcessorFactory tables) {
            this.tables = tables;
        }

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            return (paragraph, parserState) -> hasPipe(paragraph.getChars())
                    ? tablesFor(state).preProcessBlock(paragraph, parserState) : 0;
        }

        private ParagraphPreProcessor tablesFor(ParserState state) {
            ParagraphPreProcessor tablesPreProcessor = shared;
            if (tablesPreProcessor == null) {
                tablesPreProcessor = tables.apply(state); // two threads may both make one: the same either way
                shared = tablesPreProcessor;
            }
            return tablesPreProcessor;
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return tables.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return tables.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return tables.affectsGlobalScope();
        }
    }
}
