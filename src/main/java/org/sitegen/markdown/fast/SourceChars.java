package org.sitegen.markdown.fast;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.CharSubSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * The Markdown a document was parsed from, as one char array. Text nodes are slices of it, and
 * reading a slice from the array (appending whole runs at once) instead of through
 * {@code BasedSequence.charAt} (nested virtual calls and bounds checks for every character of
 * every body) is what keeps rendering and plain-text extraction cheaper than parsing.
 */
public final class SourceChars {
    private final Object base;
    private final char[] chars;

    public SourceChars(Document document) {
        base = document.getChars().getBase();
        char[] source = base instanceof char[] array ? array // a parse from a char array: the parser's own array
                : base instanceof CharSequence text ? text.toString().toCharArray() : null;
        chars = source == null ? null : withoutNul(source);
    }

    /** Flexmark's sequences read NUL as U+FFFD (CommonMark's rule for insecure characters); a copy does too. */
    private static char[] withoutNul(char[] source) {
        for (int i = 0; i < source.length; i++) {
            if (source[i] == '\0') {
                char[] copy = source.clone();
                for (int j = i; j < copy.length; j++) {
                    if (copy[j] == '\0') {
                        copy[j] = '\uFFFD';
                    }
                }
                return copy;
            }
        }
        return source;
    }

    /**
     * Whether {@code text} is a contiguous slice of the source, {@link #chars()} from its start
     * to its end offset. Text that Flexmark pieced together (a {@code SegmentedSequence}) is not.
     * (The source of a parse from a char array is that array, of a parse of a String the String.)
     */
    public boolean isSlice(BasedSequence text) {
        return chars != null && isContiguous(text) && text.getBase() == base;
    }

    /**
     * The char array {@code text} is a contiguous slice of, from its start to its end offset
     * (the array of the body's parse), or null. For searching it for ASCII
     * characters without a {@code charAt} per character: unlike {@link #chars()}, a NUL in it is
     * not U+FFFD, as Flexmark reads it.
     */
    public static char[] arrayOf(BasedSequence text) {
        return isContiguous(text) && text.getBase() instanceof char[] array ? array : null;
    }

    private static boolean isContiguous(BasedSequence text) {
        return text instanceof CharSubSequence || text instanceof SubSequence;
    }

    /** The source; read only, and only at the offsets of a {@link #isSlice slice}. */
    public char[] chars() {
        return chars;
    }
}
