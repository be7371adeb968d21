package org.sitegen.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Set;
import org.sitegen.markdown.fast.IndependentBlockParserFactory;

/**
 * Embeds in Flexmark: the block parser of {@link EmbedSyntax}'s lines, and a renderer that
 * writes each embed's content between two markers ({@link EmbedOutput}), which
 * {@link MarkdownRenderer} replaces with the embed's template once the body's raw HTML is
 * sanitised. A line that does not start with ':' costs one character comparison.
 */
final class EmbedExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
    /** Set on a document that holds an embed: only such documents pay for them after parsing. */
    static final DataKey<Boolean> PRESENT = new DataKey<>("SITE_GEN_EMBEDS_PRESENT", false);
    /** The embeds in the order the renderer wrote their markers; set by whoever renders a document with embeds. */
    static final NullableDataKey<List<EmbedBlock>> WRITTEN = new NullableDataKey<>("SITE_GEN_EMBEDS_WRITTEN");
    /** The number of the line that closed an embed, which {@link Factory} then takes as a {@link FenceEnd}. */
    private static final DataKey<Integer> CLOSING_LINE = new DataKey<>("SITE_GEN_EMBEDS_CLOSING_LINE", -1);

    private EmbedExtension() {
    }

    static EmbedExtension create() {
        return new EmbedExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.customBlockParserFactory(new Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder renderer, String rendererType) {
        renderer.nodeRendererFactory(options -> new Renderer());
    }

    private static final class Factory extends IndependentBlockParserFactory {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            return Factory::tryStart;
        }

        private static BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
            BasedSequence line = state.getLine();
            int start = state.getNextNonSpaceIndex();
            if (start >= line.length() || line.charAt(start) != ':' || state.getIndent() >= 4
                    || EmbedSyntax.fence(line, start) < EmbedSyntax.MIN_FENCE) {
                return BlockStart.none();
            }
            if (CLOSING_LINE.get(state.getProperties()) == state.getLineNumber()) {
                return BlockStart.of(new FenceEndParser(line)).atIndex(state.getLineEndIndex());
            }
            EmbedBlock block = EmbedSyntax.opening(line, start);
            if (block == null) {
                return BlockStart.none(); // a closing line with no embed open: text, as in Pandoc
            }
            state.getProperties().set(PRESENT, true);
            return BlockStart.of(new EmbedParser(block)).atIndex(state.getLineEndIndex());
        }
    }

    /** An open embed: holds every line up to its closing line, which belongs to the innermost open embed. */
    private static final class EmbedParser extends AbstractBlockParser {
        private final EmbedBlock block;

        EmbedParser(EmbedBlock block) {
            this.block = block;
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public boolean isContainer() {
            return true;
        }

        @Override
        public boolean canContain(ParserState state, BlockParser blockParser, Block block) {
            return true;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (state.getIndent() < 4 && EmbedSyntax.isClosing(state.getLine(), state.getNextNonSpaceIndex())
                    && !innerFenceOpen(state)) {
                // Not BlockContinue.finished(): Flexmark then closes this block but leaves an open
                // paragraph inside it open, to take the following lines. Not continuing closes
                // both; the factory then takes the closing line, which would else be text.
                block.close();
                state.getProperties().set(CLOSING_LINE, state.getLineNumber());
                return BlockContinue.none();
            }
            return BlockContinue.atIndex(state.getIndex());
        }

        /** An embed or fenced code block open inside this one: the closing line is theirs (their content). */
        private boolean innerFenceOpen(ParserState state) {
            List<BlockParser> active = state.getActiveBlockParsers();
            for (int i = active.indexOf(this) + 1; i > 0 && i < active.size(); i++) {
                if (active.get(i) instanceof EmbedParser || active.get(i) instanceof FencedCodeBlockParser) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public void closeBlock(ParserState state) {
        }
    }

    /** The closing line of an embed: a block that renders as nothing. */
    static final class FenceEnd extends Block {
        FenceEnd(BasedSequence line) {
            super(line);
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    /** Takes the closing line, and no other. */
    private static final class FenceEndParser extends AbstractBlockParser {
        private final FenceEnd block;

        FenceEndParser(BasedSequence line) {
            this.block = new FenceEnd(line);
        }

        @Override
        public Block getBlock() {
            return block;
        }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            return BlockContinue.none();
        }

        @Override
        public void closeBlock(ParserState state) {
        }
    }

    /** Writes the content between the markers of {@link EmbedOutput}; the template comes later. */
    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(EmbedBlock.class, this::render),
                    new NodeRenderingHandler<>(FenceEnd.class, (node, context, html) -> { }));
        }

        private void render(EmbedBlock node, NodeRendererContext context, HtmlWriter html) {
            List<EmbedBlock> written = WRITTEN.get(context.getDocument());
            if (written == null) {
                throw new IllegalStateException("a document with embeds rendered without MarkdownRenderer");
            }
            int index = written.size();
            written.add(node);
            html.line();
            html.raw(EmbedOutput.open(index));
            html.line();
            context.renderChildren(node);
            html.line();
            html.raw(EmbedOutput.close(index));
            html.line();
        }
    }
}
