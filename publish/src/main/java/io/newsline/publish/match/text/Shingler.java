package io.newsline.publish.match.text;

import io.newsline.schemas.reference.DataFiles;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns article text into a stream of 64-bit shingle hashes: the text is normalised (Unicode NFKC, case folded,
 * punctuation, quotes and dashes dropped), the caller's dateline and credit and a leading dateline pattern are
 * removed, boilerplate and navigation-like lines are left out, and the remaining words (or, for scripts written
 * without spaces, characters) are hashed in overlapping windows.
 *
 * <p>A line is kept when it has at least {@value #MIN_LINE_TOKENS} tokens and either ends like a sentence or has at
 * least {@value #MIN_UNPUNCTUATED_LINE_TOKENS} tokens: menus, bylines, "Read more" links, section heads and photo
 * credits are left out, so copies that add or drop them still match. The title is left out too (copies get new
 * headlines). Boilerplate prefixes and dateline patterns are data files beside this class.
 *
 * <p>Immutable and thread-safe.
 */
public final class Shingler {

    static final int MIN_LINE_TOKENS = 3;
    static final int MIN_UNPUNCTUATED_LINE_TOKENS = 10;
    private static final long SHINGLE_MULTIPLIER = 0x9E3779B97F4A7C15L;

    private final int wordShingleSize;
    private final int charShingleSize;
    private final List<String> boilerplatePrefixes;
    private final List<Pattern> datelinePatterns;

    /** A shingler with the boilerplate prefixes and dateline patterns shipped with this library. */
    public Shingler(int wordShingleSize, int charShingleSize) {
        this(wordShingleSize, charShingleSize, readLines("boilerplate-lines.txt"),
                readLines("dateline-patterns.txt").stream().map(Pattern::compile).toList());
    }

    public Shingler(int wordShingleSize, int charShingleSize, List<String> boilerplatePrefixes,
                    List<Pattern> datelinePatterns) {
        if (wordShingleSize < 1 || charShingleSize < 1) {
            throw new IllegalArgumentException("shingle sizes must be positive");
        }
        this.wordShingleSize = wordShingleSize;
        this.charShingleSize = charShingleSize;
        this.boilerplatePrefixes = boilerplatePrefixes.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
        this.datelinePatterns = List.copyOf(datelinePatterns);
    }

    /** Receives shingles in text order. */
    @FunctionalInterface
    public interface ShingleSink {

        /**
         * @param hash the 64-bit shingle hash
         * @param sentence true when the shingle starts on a line that ends like a sentence (body text rather than a
         *     headline, caption credit or list line that is long enough to be kept)
         */
        void accept(long hash, boolean sentence);
    }

    /** Receives the content lines the shingles come from, in text order. */
    @FunctionalInterface
    public interface LineSink {

        /**
         * @param line a kept line: NFKC-normalised, stripped, its leading dateline removed, not boilerplate or the
         *     title, long enough and sentence-like enough to be shingled
         */
        void accept(String line);
    }

    /**
     * Normalises and shingles one article.
     *
     * @param text the article text, paragraphs separated by line breaks; may be null
     * @param title the headline, left out of the shingles wherever it appears as a line; may be null
     * @param dateline the dateline the caller knows (e.g. "MOSCOW"), removed; may be null
     * @param credit the credit the caller knows (e.g. "AFP", "By Jane Doe"), removed; may be null
     * @param sink receives each shingle hash, in text order, duplicates included
     * @return the number of shingles passed to the sink
     */
    public int shingles(String text, String title, String dateline, String credit, ShingleSink sink) {
        return shingles(text, title, dateline, credit, sink, null);
    }

    /**
     * {@link #shingles(String, String, String, String, ShingleSink)}, also giving each kept line to {@code lines}
     * (null: none), so that evidence made per line sees exactly the text the shingles come from.
     */
    public int shingles(String text, String title, String dateline, String credit, ShingleSink sink,
                        LineSink lines) {
        TokenBuffer tokens = tokens(text, title, dateline, credit, lines);
        int size = tokens.charTokens > tokens.wordTokens ? charShingleSize : wordShingleSize;
        int n = tokens.size;
        if (n == 0) {
            return 0;
        }
        long[] hashes = tokens.hashes;
        boolean[] sentence = tokens.sentence;
        if (n < size) {
            sink.accept(shingleHash(hashes, 0, n), sentence[0]);
            return 1;
        }
        for (int i = 0; i + size <= n; i++) {
            sink.accept(shingleHash(hashes, i, size), sentence[i]);
        }
        return n - size + 1;
    }

    private static long shingleHash(long[] hashes, int from, int length) {
        long h = length;
        for (int i = from; i < from + length; i++) {
            h = (h + hashes[i]) * SHINGLE_MULTIPLIER;
        }
        return Hashing.mix(h);
    }

    private TokenBuffer tokens(String rawText, String title, String dateline, String credit, LineSink lines) {
        if (rawText == null || rawText.isEmpty()) {
            return new TokenBuffer(16);
        }
        // About one token per six characters in spaced scripts: sized once instead of grown by copies.
        TokenBuffer buffer = new TokenBuffer(Math.max(64, rawText.length() / 5));
        String text = removeWhole(removeWhole(rawText, dateline), credit);
        text = nfkc(text);
        String normalisedTitle = title == null ? null : nfkc(title).strip();
        boolean seenContent = false;
        int lineStart = 0;
        int length = text.length();
        while (lineStart < length) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = length;
            }
            String line = text.substring(lineStart, lineEnd).strip();
            lineStart = lineEnd + 1;
            if (line.isEmpty() || isBoilerplate(line)
                    || (normalisedTitle != null && line.equalsIgnoreCase(normalisedTitle))) {
                continue;
            }
            if (!seenContent) {
                line = stripDateline(line).strip();
                if (line.isEmpty()) {
                    continue; // a line that was only a dateline ("MOSCOW (AFP) -")
                }
            }
            int mark = buffer.size;
            int words = buffer.wordTokens;
            int chars = buffer.charTokens;
            int lineTokens = tokenise(line, buffer);
            boolean sentence = endsLikeSentence(line);
            boolean keep = lineTokens >= MIN_LINE_TOKENS && (sentence || lineTokens >= MIN_UNPUNCTUATED_LINE_TOKENS);
            if (keep) {
                seenContent = true;
                java.util.Arrays.fill(buffer.sentence, mark, buffer.size, sentence);
                if (lines != null) {
                    lines.accept(line);
                }
            } else {
                buffer.size = mark;
                buffer.wordTokens = words;
                buffer.charTokens = chars;
            }
        }
        return buffer;
    }

    private boolean isBoilerplate(String line) {
        for (String prefix : boilerplatePrefixes) {
            if (line.regionMatches(true, 0, prefix, 0, prefix.length())) {
                return true;
            }
        }
        return false;
    }

    private String stripDateline(String line) {
        if (!mayStartWithDateline(line)) {
            return line;
        }
        for (Pattern pattern : datelinePatterns) {
            Matcher matcher = pattern.matcher(line);
            if (matcher.lookingAt()) {
                return line.substring(matcher.end());
            }
        }
        return line;
    }

    /** Every dateline has a parenthesis, colon or dash near the start: a cheap test that spares most regexes. */
    private static boolean mayStartWithDateline(String line) {
        int end = Math.min(line.length(), 160);
        for (int i = 0; i < end; i++) {
            switch (line.charAt(i)) {
                case '(', ':', '-', '\u2013', '\u2014':
                    return true;
                default:
                    break;
            }
        }
        return false;
    }

    private static boolean endsLikeSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return switch (last) {
            case '.', '!', '?', '"', '\'', ')', ':', ';', '\u2019', '\u201D', '\u00BB', '\u2026', '\u3002', '\uFF01',
                 '\uFF1F', '\u0964' -> true;
            default -> false;
        };
    }

    /** Appends the line's tokens; returns how many. Word tokens are letter/digit runs, case folded. */
    private static int tokenise(String line, TokenBuffer buffer) {
        int count = 0;
        long hash = 0;
        boolean inWord = false;
        boolean inCharToken = false;
        int i = 0;
        int length = line.length();
        while (i < length) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                boolean alnum = (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9');
                if (cp >= 'A' && cp <= 'Z') {
                    cp += 32;
                    alnum = true;
                }
                if (alnum) {
                    if (inCharToken) {
                        buffer.add(Hashing.mix(hash), false);
                        count++;
                        inCharToken = false;
                    }
                    if (!inWord) {
                        hash = Hashing.start();
                        inWord = true;
                    }
                    hash = Hashing.addCodePoint(hash, cp);
                    continue;
                }
            } else {
                int type = Character.getType(cp);
                boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                        || type == Character.ENCLOSING_MARK;
                if (mark && (inWord || inCharToken)) {
                    hash = Hashing.addCodePoint(hash, cp);
                    continue;
                }
                if (Character.isLetterOrDigit(cp)) {
                    int folded = Character.toLowerCase(Character.toUpperCase(cp));
                    boolean noSpaceScript = cp >= 0x0E00 && writtenWithoutSpaces(cp);
                    if (inCharToken || (noSpaceScript && inWord)) {
                        buffer.add(Hashing.mix(hash), inCharToken);
                        count++;
                        inCharToken = false;
                        inWord = false;
                    }
                    if (noSpaceScript) {
                        hash = Hashing.addCodePoint(Hashing.start(), folded);
                        inCharToken = true;
                    } else {
                        if (!inWord) {
                            hash = Hashing.start();
                            inWord = true;
                        }
                        hash = Hashing.addCodePoint(hash, folded);
                    }
                    continue;
                }
            }
            if (inWord || inCharToken) {
                buffer.add(Hashing.mix(hash), inCharToken);
                count++;
                inWord = false;
                inCharToken = false;
            }
        }
        if (inWord || inCharToken) {
            buffer.add(Hashing.mix(hash), inCharToken);
            count++;
        }
        return count;
    }

    private static boolean writtenWithoutSpaces(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> true;
            default -> false;
        };
    }

    private static String nfkc(String text) {
        for (int i = 0; i < text.length(); i++) {
            // Most non-ASCII text (curly quotes, accents, Cyrillic) is already NFKC: checking is much cheaper than
            // normalising, which copies the whole text.
            if (text.charAt(i) >= 0x80) {
                return Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text
                        : Normalizer.normalize(text, Normalizer.Form.NFKC);
            }
        }
        return text;
    }

    /** Removes whole-word occurrences of a known dateline or credit (so "AP" does not eat "APPLE"). */
    private static String removeWhole(String text, String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return text;
        }
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(phrase.strip()) + "(?![\\p{L}\\p{N}])");
        return pattern.matcher(text).replaceAll(" ");
    }

    private static List<String> readLines(String resource) {
        return DataFiles.lines(Shingler.class, "/io/newsline/publish/match/" + resource).stream()
                .map(String::strip).toList();
    }

    /** Token hashes of one text, with counts of word and character tokens to choose the shingle size. */
    private static final class TokenBuffer {
        long[] hashes;
        boolean[] sentence;
        int size;

        TokenBuffer(int capacity) {
            hashes = new long[capacity];
            sentence = new boolean[capacity];
        }
        int wordTokens;
        int charTokens;

        void add(long hash, boolean charToken) {
            if (size == hashes.length) {
                hashes = java.util.Arrays.copyOf(hashes, size * 2);
                sentence = java.util.Arrays.copyOf(sentence, size * 2);
            }
            hashes[size++] = hash;
            if (charToken) {
                charTokens++;
            } else {
                wordTokens++;
            }
        }
    }
}
