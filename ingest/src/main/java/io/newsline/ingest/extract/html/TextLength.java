package io.newsline.ingest.extract.html;

import java.util.Arrays;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Whether an element's text is longer than a bound, read no further than the bound. A rule that keeps only short
 * texts (a byline, a date line, a standfirst, a headline) and reads {@link Element#text()} of every element it
 * looks at costs, on a page nested hundreds of levels deep, the page's text once per level: the outer elements each
 * hold all of it. This reads an element's text nodes in document order and stops once more characters than the
 * bound have been seen.
 *
 * <p>Only characters that every normalisation of the text keeps are counted (no whitespace of any kind, no
 * no-break space, no soft hyphen or zero-width character), so {@code exceeds(e, n)} true means that
 * {@code e.text()}, stripped or with its spaces normalised, is longer than {@code n}: a rule may skip the element
 * without reading it. Stateless and thread-safe.
 */
public final class TextLength {

    private TextLength() {}

    /** Whether {@code element}'s text has more than {@code bound} characters that no normalisation removes. */
    public static boolean exceeds(Element element, int bound) {
        return over(element, bound, false);
    }

    /**
     * Whether {@code element}'s text has more than {@code bound} letters and digits
     * ({@link Character#isLetterOrDigit}), for rules that compare texts by their letters and digits alone.
     */
    public static boolean lettersOrDigitsExceed(Element element, int bound) {
        return over(element, bound, true);
    }

    private static boolean over(Element element, int bound, boolean lettersOrDigits) {
        int seen = 0;
        // the open elements and the index of each one's next child: children are not all pushed at once, which for
        // an element of 10,000 children would cost them all in each walk that stops early
        Element[] open = new Element[16];
        int[] next = new int[16];
        int depth = 0;
        open[0] = element;
        while (depth >= 0) {
            Element parent = open[depth];
            if (next[depth] == parent.childNodeSize()) {
                depth--;
                continue;
            }
            Node child = parent.childNode(next[depth]++);
            if (child instanceof TextNode text) {
                seen += kept(text.getWholeText(), bound - seen + 1, lettersOrDigits);
                if (seen > bound) {
                    return true;
                }
            } else if (child instanceof Element inner && inner.childNodeSize() > 0) {
                if (++depth == open.length) {
                    open = Arrays.copyOf(open, 2 * depth);
                    next = Arrays.copyOf(next, 2 * depth);
                }
                open[depth] = inner;
                next[depth] = 0;
            }
        }
        return false;
    }

    /** The characters of {@code text} that no normalisation removes, counted up to {@code enough}. */
    private static int kept(String text, int enough, boolean lettersOrDigits) {
        int count = 0;
        for (int i = 0; i < text.length() && count < enough; i++) {
            char c = text.charAt(i);
            if (lettersOrDigits ? Character.isLetterOrDigit(c)
                    : c > ' ' && !Character.isWhitespace(c) && !Character.isSpaceChar(c) && !invisible(c)) {
                count++;
            }
        }
        return count;
    }

    /** What jsoup's text drops (soft hyphen, zero-width space; some versions the zero-width joiners too). */
    private static boolean invisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D';
    }
}
