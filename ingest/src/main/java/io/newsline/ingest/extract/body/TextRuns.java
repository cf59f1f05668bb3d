package io.newsline.ingest.extract.body;

import org.jsoup.nodes.TextNode;

/**
 * The open run of text of a pass over the DOM: the visible characters since the last block boundary and how many of
 * them are link text. Passes add text nodes, tell it when they enter and leave an element, and take the run at every
 * block boundary. Not thread-safe; one per pass.
 */
final class TextRuns {

    private int anchorDepth;
    private long chars;
    private long linkChars;

    /** Adds a text node to the open run and returns its visible characters. */
    int add(TextNode text) {
        int n = TextMeasure.visibleChars(text.getWholeText());
        chars += n;
        if (anchorDepth > 0) {
            linkChars += n;
        }
        return n;
    }

    /** Whether text added now is link text. */
    boolean inLink() {
        return anchorDepth > 0;
    }

    /** An element entered; {@code link} when it is a link ({@link ElementClassifier#isLink}). */
    void enter(boolean link) {
        if (link) {
            anchorDepth++;
        }
    }

    /** The element last entered and not yet left is left; {@code link} as it was entered. */
    void leave(boolean link) {
        if (link) {
            anchorDepth--;
        }
    }

    long chars() {
        return chars;
    }

    long linkChars() {
        return linkChars;
    }

    /** Closes the open run: the next text starts a new one. */
    void clear() {
        chars = 0;
        linkChars = 0;
    }
}
