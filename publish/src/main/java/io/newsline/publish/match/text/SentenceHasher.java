package io.newsline.publish.match.text;

import java.util.Set;

/**
 * Splits a content line into sentences and hashes each one twice: its <em>skeleton</em> (the words with every number
 * a single class and every weekday or relative-day word a single class) and its <em>figures</em> (the digits it
 * holds, in order). Two copies of a wire sentence that differ only in a figure ("2,122" vs "2,120"), a day ("on
 * Sunday" vs "yesterday", "dimanche" vs "hier", "el domingo" vs "ayer", "am Sonntag" vs "gestern"), quotes, dashes,
 * punctuation or case have the same skeleton; whether their figures agree is kept apart, because in a templated
 * bulletin the figures are the news.
 *
 * <p>Words are letter or digit runs, case folded (the line is NFKC already: {@link Shingler.LineSink}). A sentence
 * ends at '.', '!', '?' or an ideographic stop followed (after any closing quotes or brackets) by white space or the
 * end of the line; "2.5" or "U.S.-led" do not end one. Sentences under {@link #MIN_WORDS} words ("he said.") are
 * left out: too common to be evidence.
 *
 * <p>Stateless and thread-safe.
 */
public final class SentenceHasher {

    /** Sentences with fewer words are not hashed. */
    public static final int MIN_WORDS = 5;

    /** Words for a day relative to the story or a weekday, in the languages the agencies write in. */
    private static final Set<String> DAY_WORDS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "yesterday", "today", "tomorrow", "tonight",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "demain",
            "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo", "ayer",
            "hoy", "anoche",
            "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag", "gestern",
            "heute", "morgen", "hui");

    /** Words that only introduce a day ("on Sunday", "el domingo", "am Sonntag", "ce lundi"): dropped before one. */
    private static final Set<String> DAY_INTRODUCERS = Set.of("on", "last", "this", "el", "le", "ce", "am",
            "aujourd");

    private static final long DAY_CLASS = 0x6461795f636c6173L;
    private static final long NUMBER_CLASS = 0x6e756d5f636c6173L;

    /** Receives each sentence of a line. */
    @FunctionalInterface
    public interface SentenceSink {

        /**
         * @param skeleton the 64-bit hash of the sentence's words, numbers and day words as classes
         * @param figures  the 64-bit hash of its digits in order, 0 when it has none
         * @param words    how many words it has
         */
        void accept(long skeleton, long figures, int words);
    }

    private SentenceHasher() {
    }

    /** Hashes each sentence of one line of at least {@link #MIN_WORDS} words, in order. */
    public static void sentences(String line, SentenceSink sink) {
        Sentence sentence = new Sentence();
        StringBuilder word = new StringBuilder();
        boolean ending = false;
        int length = line.length();
        for (int i = 0; i < length; ) {
            int cp = line.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || isMark(cp) && !word.isEmpty()) {
                if (ending) {
                    // "2.5", "U.S.-led": a stop followed by a word character ends no sentence.
                    ending = false;
                }
                word.appendCodePoint(Character.toLowerCase(cp));
                continue;
            }
            sentence.add(word);
            if (cp == '.' || cp == '!' || cp == '?' || cp == '\u3002' || cp == '\uFF01' || cp == '\uFF1F') {
                ending = true;
            } else if (Character.isWhitespace(cp)) {
                if (ending) {
                    sentence.emit(sink);
                    ending = false;
                }
            } else if (!isClosing(cp)) {
                ending = false;
            }
        }
        sentence.add(word);
        sentence.emit(sink);
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isClosing(int cp) {
        return switch (cp) {
            case '"', '\'', ')', ']', '\u2019', '\u201D', '\u00BB' -> true;
            default -> false;
        };
    }

    /** The sentence being read: its hashes so far and one held-back word that may introduce a day. */
    private static final class Sentence {
        private long skeleton = Hashing.start();
        private long figures;
        private int words;
        private long heldHash;
        private boolean held;

        void add(StringBuilder word) {
            if (word.isEmpty()) {
                return;
            }
            String text = word.toString();
            word.setLength(0);
            words++;
            boolean digits = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    digits = true;
                    figures = (figures + c) * 0x9E3779B97F4A7C15L + 1;
                }
            }
            if (digits) {
                figures = figures * 31 + 7; // a separator, so "21 22" and "2 122" differ
                append(NUMBER_CLASS, false);
            } else if (DAY_WORDS.contains(text)) {
                // The word before it only introduced the day: "on Sunday" and "yesterday" are one class.
                held = false;
                append(DAY_CLASS, false);
            } else {
                long hash = Hashing.start();
                for (int i = 0; i < text.length(); ) {
                    int cp = text.codePointAt(i);
                    i += Character.charCount(cp);
                    hash = Hashing.addCodePoint(hash, cp);
                }
                append(hash, DAY_INTRODUCERS.contains(text));
            }
        }

        private void append(long hash, boolean hold) {
            if (held) {
                skeleton = (skeleton + Hashing.mix(heldHash)) * 0x9E3779B97F4A7C15L;
            }
            held = hold;
            if (hold) {
                heldHash = hash;
            } else {
                skeleton = (skeleton + Hashing.mix(hash)) * 0x9E3779B97F4A7C15L;
            }
        }

        void emit(SentenceSink sink) {
            if (held) {
                skeleton = (skeleton + Hashing.mix(heldHash)) * 0x9E3779B97F4A7C15L;
            }
            if (words >= MIN_WORDS) {
                sink.accept(Hashing.mix(skeleton), figures == 0 ? 0 : Hashing.mix(figures) | 1, words);
            }
            skeleton = Hashing.start();
            figures = 0;
            words = 0;
            held = false;
        }
    }
}
