package org.sitegen.markdown.fast;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.ast.TypographicText;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Flexmark's AutolinkExtension, run only on text that can hold a bare link. The original scans
 * every Text node with a link extractor, as costly as the rest of the parse, although almost no
 * text holds a link (docs/performance.md, finding 3). A URL needs "://", a www link "www." and an
 * e-mail address '@'; text without any of them (counting the text after an apostrophe or other
 * typographic character the autolinker reads on into) is left alone, the rest goes to the very same
 * post-processor, so the links found (and their HTML) are unchanged. Markdown's own rules for the
 * links found (a bare "http://" stays text) run where the caller says, on each node whose text
 * was linked.
 */
final class QuickAutolinkExtension implements Parser.ParserExtension {

    private final Consumer<Node> afterLinking;

    QuickAutolinkExtension(Consumer<Node> afterLinking) {
        this.afterLinking = afterLinking;
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new Factory(afterLinking));
    }

    /**
     * The text the autolinker looks at for {@code node}: the node's own, and when a typographic
     * node follows (an apostrophe, "single'a@b.org"), the run of text and typographic nodes it
     * absorbs, by the same rule as {@code AutolinkNodePostProcessor}.
     */
    static BasedSequence linkableRun(Node node) {
        BasedSequence chars = node.getChars();
        Node next = node.getNext();
        if (!(next instanceof TypographicText) || !next.getChars().isContinuationOf(chars)) {
            return chars;
        }
        BasedSequence last = chars;
        while (next instanceof TypographicText || next instanceof Text) {
            BasedSequence nextChars = next.getChars();
            if (!nextChars.isContinuationOf(last) || nextChars.startsWith(" ") || last.endsWith(" ")) {
                break;
            }
            last = nextChars;
            next = next.getNext();
        }
        return chars.baseSubSequence(chars.getStartOffset(), last.getEndOffset());
    }

    /** Whether {@code text} contains "://", '@' or "www." (any case): the triggers of every link kind. */
    static boolean mayHoldLink(BasedSequence text) {
        // charAt through the sequence checks bounds at every step of every text of every body
        char[] array = SourceChars.arrayOf(text);
        return array != null ? mayHoldLink(array, text.getStartOffset(), text.getEndOffset())
                : mayHoldLink(text.toString().toCharArray(), 0, text.length());
    }

    /** Where the last "://", '@' or "www." of {@code text} starts, as an offset in its base; -1 if none. */
    static int lastTriggerStart(BasedSequence text) {
        char[] array = SourceChars.arrayOf(text);
        if (array != null) {
            return lastTriggerStart(array, text.getStartOffset(), text.getEndOffset());
        }
        int at = lastTriggerStart(text.toString().toCharArray(), 0, text.length());
        return at < 0 ? -1 : text.getStartOffset() + at;
    }

    /** {@link #mayHoldLink(char[], int, int)}'s triggers, the last one found from the end. */
    static int lastTriggerStart(char[] text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            char c = text[i];
            if (c == '@' || c == ':' && i + 2 < to && text[i + 1] == '/' && text[i + 2] == '/'
                    || (c == 'w' || c == 'W') && i + 3 < to && (text[i + 1] | 0x20) == 'w'
                    && (text[i + 2] | 0x20) == 'w' && text[i + 3] == '.') {
                return i;
            }
        }
        return -1;
    }

    static boolean mayHoldLink(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c == '@') {
                return true;
            }
            if (c == ':' && i + 2 < to && text[i + 1] == '/' && text[i + 2] == '/') {
                return true;
            }
            if ((c == 'w' || c == 'W') && i + 3 < to && (text[i + 1] | 0x20) == 'w'
                    && (text[i + 2] | 0x20) == 'w' && text[i + 3] == '.') {
                return true;
            }
        }
        return false;
    }

    /**
     * A document post-processor, not a node post-processor: Flexmark classifies every node of a
     * document (hash sets and bit sets per node: docs/performance.md, finding 31) before it runs any node
     * post-processor, and this one is the only one registered. It hands the autolinker the same
     * Text nodes in the same order (document order, skipping those an earlier link took in), so
     * the output is unchanged; nothing else needs to hear of the nodes it adds or removes.
     */
    private static final class Factory extends DocumentPostProcessorFactory {
        private final Consumer<Node> afterLinking;

        Factory(Consumer<Node> afterLinking) {
            this.afterLinking = afterLinking;
        }

        @Override
        public DocumentPostProcessor apply(Document document) {
            AutolinkNodePostProcessor autolinks = new AutolinkNodePostProcessor(document);
            return new DocumentPostProcessor() {
                @Override
                public Document processDocument(Document document) {
                    List<Node> candidates = new ArrayList<>();
                    collect(document, candidates);
                    List<Node> parents = new ArrayList<>();
                    for (Node text : candidates) {
                        if (text.getParent() != null) {
                            if (parents.isEmpty() || parents.get(parents.size() - 1) != text.getParent()) {
                                parents.add(text.getParent());
                            }
                            autolinks.process(NO_TRACKING, text);
                        }
                    }
                    for (Node parent : parents) {
                        afterLinking.accept(parent);
                    }
                    return document;
                }
            };
        }

        /**
         * The Text nodes below {@code parent} that may hold a link, in document order. A run of
         * text and typographic nodes ("don't can't won't...") is measured once, from its first
         * node: the run of each later Text node in it is the rest of that run, so it may hold a link
         * if a trigger starts at or after it. Measuring every node's run anew was quadratic in the
         * apostrophes of a paragraph.
         */
        private static void collect(Node parent, List<Node> candidates) {
            int runEnd = -1; // where the run last measured among these siblings ends
            int lastTrigger = -1; // where the last trigger in that run starts, -1: none
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                if (node instanceof Text) {
                    BasedSequence own = node.getChars();
                    if (own.getStartOffset() < runEnd && node.getNext() instanceof TypographicText
                            && node.getNext().getChars().isContinuationOf(own)) {
                        if (lastTrigger >= own.getStartOffset()) {
                            candidates.add(node);
                        }
                        continue;
                    }
                    BasedSequence run = linkableRun(node);
                    if (run.getEndOffset() > own.getEndOffset()) {
                        runEnd = run.getEndOffset();
                        lastTrigger = lastTriggerStart(run);
                        if (lastTrigger >= 0) {
                            candidates.add(node);
                        }
                    } else if (mayHoldLink(own)) {
                        candidates.add(node);
                    }
                } else if (node.hasChildren()) {
                    collect(node, candidates);
                }
            }
        }
    }

    private static final NodeTracker NO_TRACKING = new NodeTracker() {
        @Override
        public void nodeAdded(Node node) {
        }

        @Override
        public void nodeAddedWithChildren(Node node) {
        }

        @Override
        public void nodeAddedWithDescendants(Node node) {
        }

        @Override
        public void nodeRemoved(Node node) {
        }

        @Override
        public void nodeRemovedWithChildren(Node node) {
        }

        @Override
        public void nodeRemovedWithDescendants(Node node) {
        }
    };
}
