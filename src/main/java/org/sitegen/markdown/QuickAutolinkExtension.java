package org.sitegen.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Flexmark's AutolinkExtension, run only on text that can hold a bare link. The original scans
 * every Text node with a link extractor, which doubled Markdown parse time on a 10,000-briefing
 * archive although almost no text holds a link. A URL needs "://", a www link "www." and an
 * e-mail address '@'; text without any of them is left alone, the rest goes to the very same
 * post-processor, so the links found (and their HTML) are unchanged.
 */
final class QuickAutolinkExtension implements Parser.ParserExtension {

    static QuickAutolinkExtension create() {
        return new QuickAutolinkExtension();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory());
    }

    /** Whether {@code text} contains "://", '@' or "www." (any case): the triggers of every link kind. */
    static boolean mayHoldLink(CharSequence text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '@') {
                return true;
            }
            if (c == ':' && i + 2 < length && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
                return true;
            }
            if ((c == 'w' || c == 'W') && i + 3 < length && (text.charAt(i + 1) | 0x20) == 'w'
                    && (text.charAt(i + 2) | 0x20) == 'w' && text.charAt(i + 3) == '.') {
                return true;
            }
        }
        return false;
    }

    private static final class Factory extends NodePostProcessorFactory {
        Factory() {
            super(false);
            addNodes(Text.class);
        }

        @Override
        public NodePostProcessor apply(Document document) {
            AutolinkNodePostProcessor autolinks = new AutolinkNodePostProcessor(document);
            return new NodePostProcessor() {
                @Override
                public void process(NodeTracker state, Node node) {
                    if (mayHoldLink(node.getChars())) {
                        autolinks.process(state, node);
                    }
                }
            };
        }
    }
}
