package org.sitegen.markdown.fast;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.typographic.internal.QuoteDelimiterProcessorBase;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flexmark's inline parser with its hottest steps made cheaper; same matches, same nodes
 * ({@code DirectHtmlRendererTest} compares with Flexmark's own parser):
 * <ul>
 * <li>{@link #match} and {@link #matchWithGroups} take positions from the matcher; the originals
 *     ask it for {@code toMatchResult()}, which on Java 17 copies the whole text being matched (the
 *     paragraph, a {@code charAt} at a time) after every ']' of a link, entity, backtick and '<';</li>
 * <li>{@link #parseString} reads plain text from the parse's char array;</li>
 * <li>{@link #flushTextNode} makes a text node that is one slice of the source without a sequence builder;</li>
 * <li>{@link #parseDelimiters} classifies the characters around a delimiter run by table for ASCII.</li>
 * </ul>
 */
final class QuickInlineParser extends InlineParserImpl {

    /** regex + flags → whether each ASCII char, as a one-char string, matches it. */
    private static final Map<String, boolean[]> ASCII_MATCHES = new ConcurrentHashMap<>();

    private final Pattern whitespace;
    private final Pattern punctuationBefore;
    private final Pattern punctuationAfter;
    private final boolean[] asciiWhitespace;
    private final boolean[] asciiPunctuationBefore;
    private final boolean[] asciiPunctuationAfter;

    QuickInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                      Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
                      List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
        boolean directional = this.options.inlineDelimiterDirectionalPunctuations;
        whitespace = myParsing.UNICODE_WHITESPACE_CHAR;
        punctuationBefore = directional ? myParsing.PUNCTUATION_OPEN : myParsing.PUNCTUATION;
        punctuationAfter = directional ? myParsing.PUNCTUATION_CLOSE : myParsing.PUNCTUATION;
        asciiWhitespace = asciiMatches(whitespace);
        asciiPunctuationBefore = asciiMatches(punctuationBefore);
        asciiPunctuationAfter = asciiMatches(punctuationAfter);
    }

    private static boolean[] asciiMatches(Pattern pattern) {
        return ASCII_MATCHES.computeIfAbsent(pattern.pattern() + '\u0000' + pattern.flags(), key -> {
            boolean[] matches = new boolean[128];
            for (char c = 0; c < 128; c++) {
                matches[c] = pattern.matcher(String.valueOf(c)).matches();
            }
            return matches;
        });
    }

    private static boolean matches(boolean[] ascii, Pattern pattern, char c) {
        return c < 128 ? ascii[c] : pattern.matcher(String.valueOf(c)).matches();
    }

    /**
     * A run of delimiter characters ({@code *}, {@code _}, typographic quotes...), as the
     * original's {@code parseDelimiters} and {@code scanDelimiters} take it, with the characters
     * either side classified by table for ASCII: the original runs four regular expressions
     * (whitespace? punctuation?) on one-character strings at every run, and every apostrophe of
     * a briefing is one.
     */
    @Override
    protected boolean parseDelimiters(DelimiterProcessor processor, char delimiterChar) {
        int startIndex = index;
        int count = 0;
        while (peek() == delimiterChar) {
            count++;
            index++;
        }
        if (count < processor.getMinLength()) {
            index = startIndex;
            return false;
        }
        char charBefore = startIndex == 0 ? '\n' : input.charAt(startIndex - 1);
        char next = peek();
        char charAfter = next == '\0' ? '\n' : next; // '\0': the end of the input
        String before = String.valueOf(charBefore);
        String after = String.valueOf(charAfter);
        boolean beforeIsWhitespace = matches(asciiWhitespace, whitespace, charBefore);
        boolean afterIsWhitespace = matches(asciiWhitespace, whitespace, charAfter);
        boolean beforeIsPunctuation = matches(asciiPunctuationBefore, punctuationBefore, charBefore);
        boolean afterIsPunctuation = matches(asciiPunctuationAfter, punctuationAfter, charAfter);
        boolean leftFlanking = !afterIsWhitespace && (!afterIsPunctuation || beforeIsWhitespace || beforeIsPunctuation);
        boolean rightFlanking = !beforeIsWhitespace && (!beforeIsPunctuation || afterIsWhitespace || afterIsPunctuation);
        boolean canOpen = delimiterChar == processor.getOpeningCharacter() && processor.canBeOpener(before, after,
                leftFlanking, rightFlanking, beforeIsPunctuation, afterIsPunctuation, beforeIsWhitespace,
                afterIsWhitespace);
        boolean canClose = delimiterChar == processor.getClosingCharacter() && processor.canBeCloser(before, after,
                leftFlanking, rightFlanking, beforeIsPunctuation, afterIsPunctuation, beforeIsWhitespace,
                afterIsWhitespace);
        BasedSequence run = input.subSequence(startIndex, index);
        if (processor instanceof QuoteDelimiterProcessorBase && processor.getMinLength() == 1) {
            // A quote with a letter or digit on its outer side ("don't") can neither open nor close:
            // getDelimiterUse refuses it whatever its partner. Said here, where it is one test, it
            // stops every later quote from walking back over all of them (quadratic in the
            // apostrophes of a paragraph); the pairs matched are the same.
            BasedSequence base = run.getBaseSequence();
            int start = run.getStartOffset();
            int end = run.getEndOffset();
            canOpen &= start == 0 || !Character.isLetterOrDigit(base.charAt(start - 1));
            canClose &= end >= base.length() || !Character.isLetterOrDigit(base.charAt(end));
        }
        if (!canOpen && !canClose && processor.skipNonOpenerCloser()) {
            index = startIndex;
            return false;
        }
        Text node = appendSeparateText(run);
        lastDelimiter = new Delimiter(input, node, delimiterChar, canOpen, canClose, lastDelimiter, startIndex);
        lastDelimiter.setNumDelims(count);
        if (lastDelimiter.getPrevious() != null) {
            lastDelimiter.getPrevious().setNext(lastDelimiter);
        }
        return true;
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher matcher = find(re);
        if (matcher == null) {
            return null;
        }
        index = matcher.end();
        return input.subSequence(matcher.start(), matcher.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = find(re);
        if (matcher == null) {
            return null;
        }
        index = matcher.end();
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return groups;
    }

    /**
     * The ASCII special characters (those that may start inline syntax), as a table read with one
     * array access where {@link BitSet#get} is a call per character under the quick JIT. Made
     * anew for every paragraph: Flexmark adds characters to the set for custom parses (a table
     * cell's '|', through {@code parseCustom}, which parses with this method).
     */
    private final boolean[] asciiSpecial = new boolean[128];

    @Override
    public void parse(BasedSequence content, Node block) {
        java.util.Arrays.fill(asciiSpecial, false);
        for (int c = specialCharacters.nextSetBit(0); c >= 0 && c < 128; c = specialCharacters.nextSetBit(c + 1)) {
            asciiSpecial[c] = true;
        }
        asciiSpecial[0] = specialCharacters.get('\uFFFD'); // Flexmark reads NUL as U+FFFD
        super.parse(content, block);
    }

    /**
     * Plain text up to the next character that may start inline syntax. The original reads it a
     * {@code charAt} at a time through the sequence; most of a paragraph is such text, so when
     * the paragraph is a slice of the parse's char array, it is read straight from the array.
     */
    @Override
    protected boolean parseString() {
        char[] array = SourceChars.arrayOf(input);
        if (array == null) {
            return super.parseString();
        }
        int begin = index;
        int end = input.length();
        int offset = input.getStartOffset();
        boolean[] ascii = asciiSpecial;
        BitSet special = specialCharacters;
        int i = begin;
        for (char c; i < end; i++) {
            c = array[offset + i];
            if (c < 128 ? ascii[c] : special.get(c)) {
                break;
            }
        }
        index = i;
        if (i == begin) {
            return false;
        }
        appendText(input, begin, i);
        return true;
    }

    /**
     * Makes the pending text one Text node. The original pieces it together with a sequence
     * builder (several objects and arrays for every text node); text that is one contiguous slice
     * of the source, nearly all of it, is that slice, which is what the builder makes of it too.
     */
    @Override
    public boolean flushTextNode() {
        ArrayList<BasedSequence> pieces = currentText;
        if (pieces == null || pieces.isEmpty()) {
            return super.flushTextNode();
        }
        int end = pieces.get(0).getStartOffset();
        for (BasedSequence piece : pieces) {
            if (SourceChars.arrayOf(piece) == null || piece.getStartOffset() != end) {
                return super.flushTextNode();
            }
            end = piece.getEndOffset();
        }
        block.appendChild(new Text(input.baseSubSequence(pieces.get(0).getStartOffset(), end)));
        currentText = null;
        return true;
    }

    /** The first match of {@code re} from the current index, or null. */
    private Matcher find(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        return matcher.find() ? matcher : null;
    }
}
