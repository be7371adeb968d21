package org.sitegen.markdown;

import com.vladsch.flexmark.ast.Paragraph;
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
 * every paragraph of every body as a table (a regular expression over each line), which cost
 * ~1.5% of a 10,000-briefing build although a table without a pipe does not parse. Paragraphs
 * with a pipe go to the very same pre-processor, so the tables found (and their HTML) are
 * unchanged; rendering is the original extension's.
 */
final class PipeTablesExtension extends TablesExtension {

    @Override
    public void extend(Parser.Builder builder) {
        builder.paragraphPreProcessorFactory(new PipeParagraphs(TableParagraphPreProcessor.Factory()));
    }

    static boolean hasPipe(BasedSequence text) {
        char[] chars = SourceChars.arrayOf(text); // a slice of FlexmarkSetup.parse's array: read it directly
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
    private record PipeParagraphs(ParagraphPreProcessorFactory tables) implements ParagraphPreProcessorFactory {
        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            return new ParagraphPreProcessor() {
                private ParagraphPreProcessor tablesOfThisDocument; // made at the first pipe: it compiles a pattern

                @Override
                public int preProcessBlock(Paragraph paragraph, ParserState parserState) {
                    if (!hasPipe(paragraph.getChars())) {
                        return 0;
                    }
                    if (tablesOfThisDocument == null) {
                        tablesOfThisDocument = tables.apply(state);
                    }
                    return tablesOfThisDocument.preProcessBlock(paragraph, parserState);
                }
            };
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
