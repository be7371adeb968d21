package org.sitegen.markdown;

import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import org.sitegen.diag.Diagnostics;

/**
 * Goes over the raw HTML of a body that {@link HtmlSanitizer} is about to clean, piece by piece
 * (each HTML block, inline tag or comment), so that cleaning neither loses text nor removes
 * anything without a word. A piece that would swallow the rest of the body ("the &lt;style&gt;
 * element" in prose: an HTML parser reads everything after {@code <style>} as CSS, and after
 * {@code <plaintext>} as plain text) is shown as the text it is, and each element, attribute
 * and comment the sanitiser will take out is a warning at its line.
 */
final class RawHtmlGuard {
    private RawHtmlGuard() {
    }

    static void check(Document ast, BodyPositions positions, Diagnostics diagnostics) {
        List<Node> pieces = new ArrayList<>();
        collect(ast, pieces);
        for (Node piece : pieces) {
            BasedSequence html = piece instanceof HtmlBlockBase block ? block.getContentChars() : piece.getChars();
            HtmlSanitizer.Piece read = HtmlSanitizer.read(html.toString());
            if (read.hidesText()) {
                diagnostics.warning(positions.at(piece.getStartOffset()), "raw HTML with " + read.hides()
                        + " would hide the text after it; shown as text");
                showAsText(piece, html);
                continue;
            }
            for (HtmlSanitizer.Removal removal : read.removals()) {
                int offset = Math.max(0, Math.min(removal.offset(), html.length() - 1));
                diagnostics.warning(positions.at(html.getIndexOffset(offset)), removal.message());
            }
        }
    }

    private static void collect(Node parent, List<Node> pieces) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
                pieces.add(node);
            } else {
                collect(node, pieces);
            }
        }
    }

    /** An inline piece becomes text where it stands; a block, a paragraph of its text. */
    private static void showAsText(Node piece, BasedSequence html) {
        Node text = new Text(piece instanceof HtmlBlockBase ? html.trimEOL() : html);
        if (piece instanceof HtmlBlockBase) {
            Paragraph paragraph = new Paragraph(html.trimEOL());
            paragraph.appendChild(text);
            text = paragraph;
        }
        piece.insertBefore(text);
        piece.unlink();
    }
}
