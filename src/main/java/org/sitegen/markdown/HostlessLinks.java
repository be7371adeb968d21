package org.sitegen.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * A bare "http://" (or "https://.", "http://:80/") found by the autolinker names no host: as a
 * link it would lead nowhere, so it stays the text it was (GFM: an extended autolink is a scheme
 * followed by a valid domain; issue 21). Links written in angle brackets are the writer's. The fast
 * autolinker calls {@link #keepAsText} on each node it linked text of; with plain Flexmark this
 * extension, after Flexmark's autolinks, looks at every node.
 */
final class HostlessLinks implements Parser.ParserExtension {

    /** The hostless links among {@code parent}'s children (and in the text nodes the autolinker made) made text again. */
    static void keepAsText(Node parent) {
        for (Node node = parent.getFirstChild(); node != null; ) {
            Node next = node.getNext();
            if (node instanceof AutoLink link && link.getOpeningMarker().isEmpty() && !hasHost(link.getUrl())) {
                link.insertBefore(new Text(link.getChars()));
                link.unlink();
            } else if (node instanceof TextBase) {
                keepAsText(node); // the autolinker wraps the text it splits in one
            }
            node = next;
        }
    }

    /** Whether the host of a "scheme://host..." URL has a letter or digit; true for other kinds (mail). */
    static boolean hasHost(CharSequence url) {
        String text = url.toString();
        int start = text.indexOf("://");
        if (start < 0) {
            return true;
        }
        for (int i = start + 3; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '/' || c == '?' || c == '#' || c == ':') {
                return false;
            }
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void parserOptions(MutableDataHolder options) {
    }

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new DocumentPostProcessorFactory() {
            @Override
            public DocumentPostProcessor apply(Document document) {
                return new DocumentPostProcessor() {
                    @Override
                    public Document processDocument(Document document) {
                        everywhere(document);
                        return document;
                    }
                };
            }
        });
    }

    private static void everywhere(Node parent) {
        keepAsText(parent);
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node.hasChildren()) {
                everywhere(node);
            }
        }
    }
}
