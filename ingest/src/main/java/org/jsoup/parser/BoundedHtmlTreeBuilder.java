package org.jsoup.parser;

import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * jsoup's HTML tree builder with its cost per token bounded, for pages built to be slow. It lives in jsoup's package
 * because the hooks it needs are package-private there; it changes no parse result, only how fast it is reached.
 *
 * <p>The tree is capped at {@link Parser#getMaxDepth()} levels (512 by default, as WebKit and Chromium cap it):
 * jsoup pops the deepest open element when the stack reaches the cap, so deeper elements become siblings under the
 * 512th ancestor and their text stays. jsoup's own bookkeeping for that pop scans the whole list of active
 * formatting elements, which grows by one marker per unclosed {@code <td>}, so 300,000 unclosed cells cost
 * 300,000 squared steps; and every scope check ("is a {@code <p>} open?") walks the whole stack of 512 elements. Here
 * both stacks count their elements by name and identity once they hold {@link CountingList#COUNT_FROM} entries, so a
 * question whose answer is "not there" costs one lookup, and the answer is the same as jsoup's: the full walk runs
 * whenever the element may be there. Below that size the walks are short and cost less than keeping the counts,
 * which real pages, a few dozen levels deep, would otherwise pay on every element opened and closed.
 *
 * <p>Besides depth, a page gets a budget of elements and of text characters (script and style data not counted):
 * parsing stops where either runs out, and the document holds what came before that point. Real pages stay far
 * below both (see {@code HtmlParsing}); a page of millions of tags or megabytes of text is read from its start.
 *
 * <p>Read from an {@link ArrayReader}, the builder hands the text of a {@code <style>}, {@code <script>} and the
 * other raw-text elements to the tree in one string: jsoup's reader holds 2,048 characters at a time, so the
 * tokeniser read a long style sheet in chunks, each a string appended to a growing builder (a tenth of the parse on
 * news pages, which inline hundreds of kilobytes of CSS). Raw text runs to the first {@code <} whatever else it
 * holds, so when a raw-text state begins the builder finds that {@code <} in the array, lets the reader leave out
 * the characters before it that jsoup's buffer has not taken yet, and puts them back into the text token before the
 * tree sees it (null characters as the tokeniser replaces them): the tokens, and so the tree, are jsoup's.
 *
 * <p>One instance per parse (not thread-safe); {@link #prunedForDepth()} says how many elements were attached to
 * their 512th ancestor instead of their own parent, {@link #stoppedBy()} which budget, if any, ended the parse.
 */
public final class BoundedHtmlTreeBuilder extends HtmlTreeBuilder {

    /** Which budget ended a parse early. */
    public enum Budget { ELEMENTS, TEXT }

    private final int maxElements;
    private final long maxTextChars;
    private int prunedForDepth;
    private int elements;
    private long textChars;
    private Budget stoppedBy;
    /** The text being parsed, when it is read from an array (raw text is then skipped ahead, see above). */
    private ArrayReader array;
    /** Characters the reader left out so far: a position of jsoup's reader plus this is a position in the array. */
    private int skipped;
    /**
     * The raw text being read ahead, from {@code rawStart} of the array (or -1) to the {@code <} at {@code rawEnd};
     * its token holds the first {@code rawBuffered} characters of that, then what jsoup reads from the {@code <} on.
     */
    private int rawStart = -1;
    private int rawEnd;
    private int rawBuffered;

    /**
     * The tokeniser's state, which says when a raw-text state begins: jsoup keeps it in a private field with no
     * accessor (a jsoup without that field fails here, when the class loads, not in a parse).
     */
    private static final VarHandle TOKENISER_STATE;

    static {
        try {
            TOKENISER_STATE = MethodHandles.privateLookupIn(Tokeniser.class, MethodHandles.lookup())
                    .findVarHandle(Tokeniser.class, "state", TokeniserState.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * @param maxElements parsing stops after this many elements
     * @param maxTextChars parsing stops after this many characters of text outside script and style
     */
    public BoundedHtmlTreeBuilder(int maxElements, long maxTextChars) {
        this.maxElements = maxElements;
        this.maxTextChars = maxTextChars;
    }

    /** The budget that ended the parse before the end of the input, or null when all of it was read. */
    public Budget stoppedBy() {
        return stoppedBy;
    }

    /** Elements created. */
    public int elements() {
        return elements;
    }

    /** Elements that went deeper than the cap and were attached higher up. */
    public int prunedForDepth() {
        return prunedForDepth;
    }

    /** Characters of raw text the reader left out and the builder put back (for tests). */
    int skippedRawText() {
        return skipped;
    }

    @Override
    protected void initialiseParse(Reader input, String baseUri, Parser parser) {
        super.initialiseParse(input, baseUri, parser);
        array = input instanceof ArrayReader a ? a : null;
        skipped = 0;
        rawStart = -1;
        stack = new CountingList(stack);
        formattingElements = new CountingList(formattingElements);
    }

    @Override
    HtmlTreeBuilder newInstance() {
        return new BoundedHtmlTreeBuilder(maxElements, maxTextChars);
    }

    @Override
    boolean stepParser() {
        if (stoppedBy == null && elements > maxElements) {
            stoppedBy = Budget.ELEMENTS;
        } else if (stoppedBy == null && textChars > maxTextChars) {
            stoppedBy = Budget.TEXT;
        }
        if (stoppedBy != null) {
            return false;
        }
        if (array != null) {
            Object state = TOKENISER_STATE.get(tokeniser);
            if (state == TokeniserState.Rawtext || state == TokeniserState.ScriptData) {
                skipRawTextAhead();
            }
        }
        return super.stepParser();
    }

    /**
     * At the start of a raw-text state (the step after the element's start tag; nothing of its text read yet): the
     * text up to the first {@code <} is data whatever it holds, so the characters of it that jsoup's reader has not
     * buffered yet are left out of the reader and kept aside for the token ({@link #process}).
     */
    private void skipRawTextAhead() {
        int from = reader.pos() + skipped;
        int buffered = array.position();
        int lessThan = array.indexOf('<', from);
        if (lessThan > buffered) {
            rawStart = from;
            rawEnd = lessThan;
            rawBuffered = buffered - from;
            skipped += lessThan - buffered;
            array.skipTo(lessThan);
        }
    }

    @Override
    protected boolean process(Token token) {
        if (rawStart >= 0 && token.isCharacter()) {
            // the raw text's token: what the reader left out goes back where it was, nulls as the tokeniser puts them
            Token.Character text = token.asCharacter();
            String read = text.getData();
            String ahead = array.text(rawStart, rawEnd);
            text.data(read.length() == rawBuffered ? ahead : ahead.concat(read.substring(rawBuffered)));
            rawStart = -1;
        }
        return super.process(token);
    }

    @Override
    void onNodeInserted(org.jsoup.nodes.Node node) {
        if (node instanceof Element) {
            elements++;
        }
        super.onNodeInserted(node);
    }

    @Override
    void insertCharacterToElement(Token.Character token, Element element) {
        if (!element.nameIs("script") && !element.nameIs("style")) {
            textChars += token.getData().length();
        }
        super.insertCharacterToElement(token, element);
    }

    @Override
    void onStackPrunedForDepth(Element element) {
        prunedForDepth++;
        super.onStackPrunedForDepth(element);
    }

    @Override
    void removeFromActiveFormattingElements(Element element) {
        if (formatting().holds(element)) {
            super.removeFromActiveFormattingElements(element);
        }
    }

    @Override
    boolean isInActiveFormattingElements(Element element) {
        return formatting().holds(element) && super.isInActiveFormattingElements(element);
    }

    @Override
    boolean inScope(String[] targetNames) {
        for (String name : targetNames) {
            if (open().holds(name)) {
                return super.inScope(targetNames);
            }
        }
        return false;
    }

    @Override
    boolean inScope(String targetName) {
        return open().holds(targetName) && super.inScope(targetName);
    }

    @Override
    boolean inScope(String targetName, String[] extras) {
        return open().holds(targetName) && super.inScope(targetName, extras);
    }

    @Override
    boolean inListItemScope(String targetName) {
        return open().holds(targetName) && super.inListItemScope(targetName);
    }

    @Override
    boolean inButtonScope(String targetName) {
        return open().holds(targetName) && super.inButtonScope(targetName);
    }

    @Override
    boolean inTableScope(String targetName) {
        return open().holds(targetName) && super.inTableScope(targetName);
    }

    @Override
    boolean inSelectScope(String targetName) {
        return open().holds(targetName) && super.inSelectScope(targetName);
    }

    @Override
    boolean onStack(Element element) {
        return open().holds(element) && super.onStack(element);
    }

    @Override
    boolean onStack(String elName) {
        return open().holds(elName) && super.onStack(elName);
    }

    @Override
    Element getFromStack(String elName) {
        return open().holds(elName) ? super.getFromStack(elName) : null;
    }

    /**
     * A reader of characters held in an array, which the tree builder can tell to leave out a run ahead of what it
     * has read (raw text, see the class description). Not thread-safe.
     */
    public static final class ArrayReader extends Reader {
        private final char[] chars;
        private final int end;
        private int position;

        /** Reads {@code chars[0, length)}, which must not change while it is read. */
        public ArrayReader(char[] chars, int length) {
            if (length < 0 || length > chars.length) {
                throw new IndexOutOfBoundsException("length " + length + " of " + chars.length);
            }
            this.chars = chars;
            this.end = length;
        }

        @Override
        public int read(char[] buffer, int offset, int count) {
            if (position >= end) {
                return -1;
            }
            int n = Math.min(count, end - position);
            System.arraycopy(chars, position, buffer, offset, n);
            position += n;
            return n;
        }

        @Override
        public void close() {}

        /** Where the next read starts. */
        int position() {
            return position;
        }

        /** The next reads start at {@code to}, at or after where they would have. */
        void skipTo(int to) {
            position = to;
        }

        /** The first index at or after {@code from} that holds {@code c}, or the end of the text. */
        int indexOf(char c, int from) {
            int i = from;
            while (i < end && chars[i] != c) {
                i++;
            }
            return i;
        }

        /** {@code chars[from, to)} as raw text reads them: each null character as U+FFFD. */
        String text(int from, int to) {
            String text = new String(chars, from, to - from);
            return text.indexOf(TokeniserState.nullChar) < 0 ? text
                    : text.replace(TokeniserState.nullChar, Tokeniser.replacementChar);
        }
    }

    private CountingList open() {
        return (CountingList) stack;
    }

    private CountingList formatting() {
        return (CountingList) formattingElements;
    }

    /**
     * A list of elements (and null markers) that knows, without a walk, whether it holds a given element or an
     * element of a given name, once it holds {@link #COUNT_FROM} entries; below that, it says "may hold" and the
     * caller walks it, as jsoup does, except for {@code p}, whose elements it counts at every size. Every way jsoup
     * changes its stacks goes through the methods overridden here (the iterators' {@code remove} and {@code set} call
     * {@code remove(int)} and {@code set} of the list itself).
     */
    static final class CountingList extends ArrayList<Element> {
        /**
         * The size from which the list counts its entries; it stops again below half of it. Shallower lists are walked
         * in fewer steps than counting every entry in and out costs (the 181 Scrapinghub pages nest a few dozen levels
         * deep at most; counting all their elements cost more than their scope walks saved).
         */
        static final int COUNT_FROM = 64;

        private final Map<String, Integer> byName = new HashMap<>();
        private final Map<Element, Integer> byIdentity = new IdentityHashMap<>();
        private boolean counting;
        /**
         * Entries named {@code p}, counted at every size: most start tags of a page ask whether a {@code p} is open
         * in button scope, and on a page without one open the walk of the stack was 5 % of the parse.
         */
        private int paragraphs;

        CountingList(Collection<Element> initial) {
            super(Math.max(32, initial.size()));
            addAll(initial);
        }

        /** False only when no element of the name is in the list; true when one may be. */
        boolean holds(String normalName) {
            if (normalName.equals("p")) {
                return paragraphs > 0;
            }
            return !counting || byName.containsKey(normalName);
        }

        private static boolean isParagraph(Element e) {
            return e != null && e.normalName().equals("p");
        }

        /** False only when the element is not in the list; true when it may be. */
        boolean holds(Element element) {
            return !counting || byIdentity.containsKey(element);
        }

        /** Whether the list keeps counts now (for tests). */
        boolean counting() {
            return counting;
        }

        private void counted(Element e) {
            if (e != null) {
                byName.merge(e.normalName(), 1, Integer::sum);
                byIdentity.merge(e, 1, Integer::sum);
            }
        }

        private void uncounted(Element e) {
            if (e != null) {
                byName.computeIfPresent(e.normalName(), (k, n) -> n == 1 ? null : n - 1);
                byIdentity.computeIfPresent(e, (k, n) -> n == 1 ? null : n - 1);
            }
        }

        /** After an entry came in ({@code added}, counted if the list counts already). */
        private void grown(Element added) {
            if (isParagraph(added)) {
                paragraphs++;
            }
            if (counting) {
                counted(added);
            } else if (size() >= COUNT_FROM) {
                counting = true;
                for (int i = 0; i < size(); i++) {
                    counted(get(i));
                }
            }
        }

        /** After an entry left ({@code removed}). */
        private void shrunk(Element removed) {
            if (isParagraph(removed)) {
                paragraphs--;
            }
            if (!counting) {
                return;
            }
            if (size() < COUNT_FROM / 2) {
                counting = false;
                byName.clear();
                byIdentity.clear();
            } else {
                uncounted(removed);
            }
        }

        @Override
        public boolean add(Element e) {
            super.add(e);
            grown(e);
            return true;
        }

        @Override
        public void add(int index, Element e) {
            super.add(index, e);
            grown(e);
        }

        @Override
        public boolean addAll(Collection<? extends Element> all) {
            all.forEach(this::add);
            return !all.isEmpty();
        }

        @Override
        public Element set(int index, Element e) {
            Element old = super.set(index, e);
            paragraphs += (isParagraph(e) ? 1 : 0) - (isParagraph(old) ? 1 : 0);
            if (counting) {
                uncounted(old);
                counted(e);
            }
            return old;
        }

        @Override
        public Element remove(int index) {
            Element old = super.remove(index);
            shrunk(old);
            return old;
        }

        @Override
        public boolean remove(Object o) {
            boolean removed = super.remove(o);
            if (removed) {
                shrunk((Element) o);
            }
            return removed;
        }

        @Override
        public void clear() {
            super.clear();
            paragraphs = 0;
            counting = false;
            byName.clear();
            byIdentity.clear();
        }

        @Override
        public boolean removeAll(Collection<?> c) {
            throw new UnsupportedOperationException("bulk removal would bypass the counts");
        }

        @Override
        public boolean retainAll(Collection<?> c) {
            throw new UnsupportedOperationException("bulk removal would bypass the counts");
        }

        @Override
        public boolean removeIf(java.util.function.Predicate<? super Element> filter) {
            throw new UnsupportedOperationException("bulk removal would bypass the counts");
        }

        @Override
        protected void removeRange(int from, int to) {
            throw new UnsupportedOperationException("bulk removal would bypass the counts");
        }
    }
}
