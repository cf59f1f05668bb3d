package io.newsline.publish.match;

import io.newsline.publish.match.text.Hashing;
import io.newsline.publish.match.text.SentenceHasher;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The first sentences of a text, in order, each as its skeleton hash (32 bits: words, with numbers and day words as
 * classes), its figures hash (16 bits, 0 when it holds no digit) and its word count: the evidence of
 * {@link SentenceAlignment}, which finds copies that keep a wire story's lede and next sentences word for word while
 * changing a figure or a day, dropping, reordering or cutting paragraphs, or putting a caption first, where MinHash
 * resemblance and containment are too low.
 *
 * <p>The first {@link #KEYED_SENTENCES} long sentences ({@link #MIN_KEYED_WORDS} words or more) are also index keys
 * ({@link #keys}): a copy that is a short excerpt, or that starts with a caption, is found as a candidate by a shared
 * long sentence even when it shares no MinHash band.
 *
 * <p>Byte form: its {@link #VERSION} (1 byte), a count (1 byte), then per sentence the skeleton (4 bytes), figures
 * (2 bytes) and words (1 byte). Any change to how sentences are split, normalised or hashed
 * ({@link SentenceHasher}, {@link #MAX_SENTENCES}, the keyed sentences) needs a new version: sentences stored under
 * another version read as none, so those fingerprints are verified by MinHash alone until re-indexed by replay.
 * Immutable and thread-safe.
 */
public final class SentencePrints {

    /** How many sentences a text keeps: copies are decided on the first ones, and state stays small. */
    public static final int MAX_SENTENCES = 16;
    /** How many of the first long sentences are index keys. */
    public static final int KEYED_SENTENCES = 3;
    /** Sentences with at least this many words can be index keys: shorter ones are too common. */
    public static final int MIN_KEYED_WORDS = 10;
    /** The band number of sentence keys in a {@link BandKey}: above every MinHash band. */
    public static final int KEY_BAND = 0xF0;

    /** The version of the sentence rules, stored with every fingerprint's sentences and mixed into their keys. */
    public static final int VERSION = 1;

    /** No sentences. */
    public static final SentencePrints NONE = new SentencePrints(new int[0], new char[0], new byte[0]);

    private final int[] skeletons;
    private final char[] figures;
    private final byte[] words;

    private SentencePrints(int[] skeletons, char[] figures, byte[] words) {
        this.skeletons = skeletons;
        this.figures = figures;
        this.words = words;
    }

    /** @return how many sentences are kept */
    public int size() {
        return skeletons.length;
    }

    int skeleton(int sentence) {
        return skeletons[sentence];
    }

    /** @return the figures hash of a sentence, 0 when it has no digit */
    int figures(int sentence) {
        return figures[sentence];
    }

    int words(int sentence) {
        return Byte.toUnsignedInt(words[sentence]);
    }

    /** @return the index keys: the skeletons of the first long sentences, distinct, under the scheme's version */
    public List<BandKey> keys(int schemeVersion) {
        Set<BandKey> keys = new LinkedHashSet<>();
        for (int i = 0; i < skeletons.length && keys.size() < KEYED_SENTENCES; i++) {
            if (words(i) >= MIN_KEYED_WORDS) {
                keys.add(new BandKey(schemeVersion, KEY_BAND,
                        Hashing.mix(((long) schemeVersion << 40) ^ ((long) VERSION << 48) ^ 0x73656e74L
                                ^ ((long) skeletons[i] << 8))));
            }
        }
        return new ArrayList<>(keys);
    }

    /** @return {@link #VERSION}, {@link #size()}, then the sentences: 2 + 7 bytes each */
    byte[] toBytes() {
        ByteBuffer out = ByteBuffer.allocate(2 + 7 * skeletons.length).put((byte) VERSION)
                .put((byte) skeletons.length);
        for (int i = 0; i < skeletons.length; i++) {
            out.putInt(skeletons[i]).putChar(figures[i]).put(words[i]);
        }
        return out.array();
    }

    /** Reads {@link #toBytes()} from the buffer's position to its end; sentences of another version read as none. */
    static SentencePrints read(ByteBuffer in) {
        if (in.remaining() < 2) {
            throw new IllegalArgumentException("not sentence prints: " + in.remaining() + " bytes");
        }
        if (Byte.toUnsignedInt(in.get()) != VERSION) {
            in.position(in.limit());
            return NONE;
        }
        int count = Byte.toUnsignedInt(in.get());
        if (count > MAX_SENTENCES || in.remaining() != 7 * count) {
            throw new IllegalArgumentException("not sentence prints: " + count + " sentences in "
                    + in.remaining() + " bytes");
        }
        int[] skeletons = new int[count];
        char[] figures = new char[count];
        byte[] words = new byte[count];
        for (int i = 0; i < count; i++) {
            skeletons[i] = in.getInt();
            figures[i] = in.getChar();
            words[i] = in.get();
        }
        return new SentencePrints(skeletons, figures, words);
    }

    /** Collects the sentences of a text's kept lines ({@link SentenceHasher}), the first {@link #MAX_SENTENCES}. */
    static final class Builder implements SentenceHasher.SentenceSink {
        private final int[] skeletons = new int[MAX_SENTENCES];
        private final char[] figures = new char[MAX_SENTENCES];
        private final byte[] words = new byte[MAX_SENTENCES];
        private int size;

        void line(String line) {
            if (size < MAX_SENTENCES) {
                SentenceHasher.sentences(line, this);
            }
        }

        @Override
        public void accept(long skeleton, long figuresHash, int wordCount) {
            if (size < MAX_SENTENCES) {
                skeletons[size] = (int) (skeleton >>> 32);
                // 0 means "no digit": a figures hash that folds to 0 takes 1.
                figures[size] = figuresHash == 0 ? 0 : (char) Math.max(1, figuresHash >>> 48);
                words[size] = (byte) Math.min(255, wordCount);
                size++;
            }
        }

        SentencePrints build() {
            return size == 0 ? NONE : new SentencePrints(Arrays.copyOf(skeletons, size), Arrays.copyOf(figures, size),
                    Arrays.copyOf(words, size));
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SentencePrints that && Arrays.equals(skeletons, that.skeletons)
                && Arrays.equals(figures, that.figures) && Arrays.equals(words, that.words);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(skeletons);
    }
}
