package io.newsline.publish.match;

import io.newsline.publish.match.text.Hashing;
import java.util.Arrays;
import java.util.Optional;

/**
 * An in-memory LSH index of fingerprints, for evaluation, tests, benchmarks and offline tools (the stream application
 * keeps band keys in state stores instead). Fingerprints are numbered by the order they were added; callers keep
 * their own ordinal to article id mapping.
 *
 * <p>Memory: the bins of every fingerprint in two arrays (2 bytes a bin) and one open-addressing table of
 * (32-bit band hash, ordinal) pairs, 8 bytes a slot at a load of at most 0.75. A 32-bit band hash that collides
 * only adds a candidate, which verification then rejects. Fingerprints too short to match are stored but not
 * banded. See {@link #retainedBytes()}.
 *
 * <p>Not thread-safe: confine an index to one thread or guard it.
 */
public final class FingerprintIndex {

    private static final double MAX_LOAD = 0.75;

    private final MatchScheme scheme;
    private final Matcher matcher;
    private final int bins;
    private final int leadBins;
    private char[] minima;
    private char[] leadMinima;
    private int[] shingleCounts;
    private int size;
    private long[] table;
    private int mask;
    private long entries;

    /**
     * @param scheme the scheme of every fingerprint added and queried
     * @param matcher verifies candidates
     * @param expectedSize how many fingerprints to size for (the index grows beyond it)
     */
    public FingerprintIndex(MatchScheme scheme, Matcher matcher, int expectedSize) {
        this.scheme = scheme;
        this.matcher = matcher;
        this.bins = scheme.bins();
        this.leadBins = scheme.leadBins();
        int capacity = Math.max(16, expectedSize);
        this.minima = new char[Math.multiplyExact(capacity, bins)];
        this.leadMinima = new char[Math.multiplyExact(capacity, leadBins)];
        this.shingleCounts = new int[capacity];
        long slots = Long.highestOneBit(Math.max(64L, (long) Math.ceil(capacity * (double) scheme.bands() / MAX_LOAD)));
        this.table = new long[(int) Math.min(1L << 30, slots * 2)];
        this.mask = table.length - 1;
    }

    /** @return how many fingerprints were added */
    public int size() {
        return size;
    }

    /**
     * Adds a fingerprint.
     *
     * @return its ordinal: 0 for the first added, then 1, 2...
     * @throws IllegalArgumentException if the fingerprint is of another scheme
     */
    public int add(Fingerprint fingerprint) {
        checkScheme(fingerprint);
        if (size == shingleCounts.length) {
            int capacity = size + (size >> 1);
            shingleCounts = Arrays.copyOf(shingleCounts, capacity);
            minima = Arrays.copyOf(minima, Math.multiplyExact(capacity, bins));
            leadMinima = Arrays.copyOf(leadMinima, Math.multiplyExact(capacity, leadBins));
        }
        int ordinal = size++;
        System.arraycopy(fingerprint.minima(), 0, minima, ordinal * bins, bins);
        System.arraycopy(fingerprint.leadMinima(), 0, leadMinima, ordinal * leadBins, leadBins);
        shingleCounts[ordinal] = fingerprint.shingleCount();
        if (fingerprint.shingleCount() >= matcher.thresholds().minShingles()) {
            for (long hash : fingerprint.bandHashes()) {
                if (entries + 1 > table.length * MAX_LOAD) {
                    grow();
                }
                insert(table, mask, (int) hash, ordinal);
                entries++;
            }
        }
        return ordinal;
    }

    /** @return the fingerprint added with this ordinal */
    public Fingerprint get(int ordinal) {
        if (ordinal < 0 || ordinal >= size) {
            throw new IndexOutOfBoundsException(ordinal);
        }
        return new Fingerprint(scheme.version(), scheme.rowsPerBand(), scheme.leadRowsPerBand(),
                shingleCounts[ordinal], Arrays.copyOfRange(minima, ordinal * bins, (ordinal + 1) * bins),
                Arrays.copyOfRange(leadMinima, ordinal * leadBins, (ordinal + 1) * leadBins));
    }

    /** @return the ordinals sharing at least one band key with the fingerprint, ascending, unverified */
    public int[] candidates(Fingerprint fingerprint) {
        checkScheme(fingerprint);
        int[] found = new int[16];
        int count = 0;
        for (long hash : fingerprint.bandHashes()) {
            int key = (int) hash;
            for (int slot = slotOf(key, mask); table[slot] != 0; slot = (slot + 1) & mask) {
                long entry = table[slot];
                if ((int) (entry >>> 32) == key) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = (int) entry - 1;
                }
            }
        }
        Arrays.sort(found, 0, count);
        int unique = 0;
        for (int i = 0; i < count; i++) {
            if (unique == 0 || found[unique - 1] != found[i]) {
                found[unique++] = found[i];
            }
        }
        return Arrays.copyOf(found, unique);
    }

    /**
     * Finds the candidates, verifies each and returns the strongest: a copy before a related article, then the
     * highest similarity, then the lowest ordinal (the earliest added).
     *
     * @return the best match whose relation is not {@link Relation#NONE}, if any
     */
    public Optional<IndexedMatch> bestMatch(Fingerprint fingerprint) {
        IndexedMatch best = null;
        for (int ordinal : candidates(fingerprint)) {
            MatchVerdict verdict = matcher.verify(fingerprint.minima(), 0, fingerprint.shingleCount(),
                    minima, ordinal * bins, shingleCounts[ordinal], bins,
                    fingerprint.leadMinima(), 0, leadMinima, ordinal * leadBins, leadBins);
            if (verdict.relation() != Relation.NONE && (best == null || better(verdict, best.verdict()))) {
                best = new IndexedMatch(ordinal, verdict);
            }
        }
        return Optional.ofNullable(best);
    }

    /** @return the bytes held by the arrays behind this index (capacity included) */
    public long retainedBytes() {
        return 2L * minima.length + 2L * leadMinima.length + 4L * shingleCounts.length + 8L * table.length;
    }

    private static boolean better(MatchVerdict candidate, MatchVerdict current) {
        boolean candidateCopy = candidate.relation().isCopy();
        if (candidateCopy != current.relation().isCopy()) {
            return candidateCopy;
        }
        return candidate.similarity() > current.similarity();
    }

    private void checkScheme(Fingerprint fingerprint) {
        if (fingerprint.schemeVersion() != scheme.version() || fingerprint.bins() != bins
                || fingerprint.leadMinima().length != leadBins) {
            throw new IllegalArgumentException("fingerprint of scheme v" + fingerprint.schemeVersion()
                    + " in an index of scheme v" + scheme.version());
        }
    }

    private void grow() {
        if (table.length >= 1 << 30) {
            throw new IllegalStateException("index table full");
        }
        long[] larger = new long[table.length * 2];
        int largerMask = larger.length - 1;
        for (long entry : table) {
            if (entry != 0) {
                insert(larger, largerMask, (int) (entry >>> 32), (int) entry - 1);
            }
        }
        table = larger;
        mask = largerMask;
    }

    private static void insert(long[] table, int mask, int key, int ordinal) {
        int slot = slotOf(key, mask);
        while (table[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        table[slot] = ((long) key << 32) | (ordinal + 1L);
    }

    private static int slotOf(int key, int mask) {
        // Mixed again: the key's own bits are already stored in the slot, so the position must not repeat them.
        return (int) Hashing.mix(key) & mask;
    }
}
