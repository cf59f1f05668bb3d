package io.newsline.ingest.extract.charset;

/**
 * A page's text with its markup blanked, for judging how it reads: every script element, style element, comment and
 * tag becomes one space. The same as replacing
 * {@code (?is)<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<[^>]{0,2000}>} with a space, in one pass
 * and in linear time: a search for a closing {@code </script>}, {@code </style>}, {@code -->} or {@code >} that
 * failed is not repeated for a later opening. Stateless and thread-safe.
 */
final class VisibleText {

    /** The longest tag taken for one: a {@code <} with no {@code >} within this many characters stays text. */
    static final int MAX_TAG_CHARS = 2000;

    private VisibleText() {}

    static String of(String html) {
        char[] out = new char[html.length()];
        return new String(out, 0, blank(html, out));
    }

    /**
     * Writes {@code html} with its markup blanked into {@code out} (at least {@code html.length()} long) and returns
     * the length written: the text between markup is copied in bulk up to each {@code <}.
     */
    static int blank(String html, char[] out) {
        Scan scan = new Scan(html);
        int n = 0;
        int i = 0;
        while (i < html.length()) {
            int lt = html.indexOf('<', i);
            int textEnd = lt < 0 ? html.length() : lt;
            html.getChars(i, textEnd, out, n);
            n += textEnd - i;
            i = textEnd;
            if (lt < 0) {
                break;
            }
            int end = scan.markupEnd(lt);
            if (end < 0) {
                out[n++] = '<';
                i = lt + 1;
            } else {
                out[n++] = ' ';
                i = end;
            }
        }
        return n;
    }

    /** One page's scan: where the closings are, remembered so that no failed search runs twice. */
    private static final class Scan {
        private final String s;
        private int noScriptCloseFrom = Integer.MAX_VALUE;
        private int noStyleCloseFrom = Integer.MAX_VALUE;
        private int noCommentCloseFrom = Integer.MAX_VALUE;
        private int nextGt = -1;

        Scan(String s) {
            this.s = s;
        }

        /** The end (exclusive) of the markup starting with the {@code <} at {@code i}, or -1 when it is text. */
        int markupEnd(int i) {
            int end = -1;
            if (startsWithWord(i + 1, "script")) {
                end = elementEnd(i + 7, "script");
            }
            if (end < 0 && startsWithWord(i + 1, "style")) {
                end = elementEnd(i + 6, "style");
            }
            if (end < 0 && s.startsWith("!--", i + 1)) {
                end = commentEnd(i + 4);
            }
            if (end < 0) {
                end = tagEnd(i);
            }
            return end;
        }

        private int elementEnd(int from, String name) {
            boolean script = name.equals("script");
            if (from >= (script ? noScriptCloseFrom : noStyleCloseFrom)) {
                return -1;
            }
            for (int j = s.indexOf('<', from); j >= 0; j = s.indexOf('<', j + 1)) {
                if (j + 1 < s.length() && s.charAt(j + 1) == '/' && regionIsAscii(j + 2, name)) {
                    int k = j + 2 + name.length();
                    while (k < s.length() && isRegexSpace(s.charAt(k))) {
                        k++;
                    }
                    if (k < s.length() && s.charAt(k) == '>') {
                        return k + 1;
                    }
                }
            }
            if (script) {
                noScriptCloseFrom = from;
            } else {
                noStyleCloseFrom = from;
            }
            return -1;
        }

        private int commentEnd(int from) {
            if (from >= noCommentCloseFrom) {
                return -1;
            }
            int j = s.indexOf("-->", from);
            if (j < 0) {
                noCommentCloseFrom = from;
                return -1;
            }
            return j + 3;
        }

        private int tagEnd(int i) {
            if (nextGt <= i) {
                nextGt = s.indexOf('>', i + 1);
                if (nextGt < 0) {
                    nextGt = Integer.MAX_VALUE;
                }
            }
            return nextGt != Integer.MAX_VALUE && nextGt - (i + 1) <= MAX_TAG_CHARS ? nextGt + 1 : -1;
        }

        /** {@code name} (lower case) at {@code at}, any ASCII case, not followed by a word character. */
        private boolean startsWithWord(int at, String name) {
            if (!regionIsAscii(at, name)) {
                return false;
            }
            int after = at + name.length();
            if (after >= s.length()) {
                return true;
            }
            int next = s.codePointAt(after);
            if (next < 0x80) {
                return !(next == '_' || next >= '0' && next <= '9' || (next | 0x20) >= 'a' && (next | 0x20) <= 'z');
            }
            // as java.util.regex's \b: a combining mark continues the word of the letter before it
            return !(next == '_' || Character.isLetterOrDigit(next) || Character.getType(next) == Character.NON_SPACING_MARK);
        }

        private boolean regionIsAscii(int at, String name) {
            if (at + name.length() > s.length()) {
                return false;
            }
            for (int k = 0; k < name.length(); k++) {
                char c = s.charAt(at + k);
                char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
                if (lower != name.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        private static boolean isRegexSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
        }
    }
}
