package io.newsline.publish.match;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.LongPredicate;

/**
 * The candidate search of matching: an LSH index of article fingerprints kept in two {@link ByteStore}s, the one
 * implementation the stream application (over its state stores), {@code newsline bench} and the JMH benchmarks use.
 *
 * <p>Binary format (stored state: changing it is a migration). Every key is 8 bytes (a long; the application's
 * stores hold it big-endian):
 * <ul>
 *   <li>Every article has a short key, the first 8 bytes of SHA-256 over its id ({@link #shortKey}). Buckets hold
 *       these 8-byte keys instead of 32-character ids, which keeps the state per indexed article near 1 KB (about
 *       43 buckets of an 8-byte key and 8-byte entries, plus one fingerprint record of about 350 bytes and up to
 *       114 bytes of sentences).</li>
 *   <li>Fingerprint store: short key to {@link IndexedFingerprint} (event time, id, fingerprint bytes). It is the source of truth; the band store is derived from it ({@link #rebuild}).</li>
 *   <li>Band store: bucket key ({@link #bucketKey}: scheme version, band number, 6 bytes of the band hash) to the
 *       short keys of the articles with that band, oldest first, at most {@link #MAX_PER_BAND}. Expired or removed
 *       articles leave a bucket when it is next written. Besides the MinHash bands, the keys of an article's first
 *       long sentences ({@link SentencePrints#keys}, band number {@link SentencePrints#KEY_BAND}) are buckets too,
 *       so a short excerpt or a caption-first copy is found by a shared sentence ({@link Fingerprint#indexKeys}).
 *       A fingerprint stored without sentences has only its bands, and a rebuild files each fingerprint under the
 *       keys it has.</li>
 * </ul>
 *
 * <p>Not thread-safe: one index per thread (the application has one per task).
 */
public final class BandIndex {

    /** How many article keys one band bucket keeps (the most recent); bounds the work of a very common band. */
    public static final int MAX_PER_BAND = 64;

    private final ByteStore fingerprints;
    private final ByteStore bands;

    /**
     * @param fingerprints the fingerprint store (short key to indexed fingerprint)
     * @param bands        the band store (bucket key to short keys)
     */
    public BandIndex(ByteStore fingerprints, ByteStore bands) {
        this.fingerprints = fingerprints;
        this.bands = bands;
    }

    /**
     * Reads the articles sharing a band with the fingerprint (the article itself left out), unverified, in the
     * order of the fingerprint's bands and then of each bucket (oldest first).
     */
    public Search search(String articleId, Fingerprint fingerprint) {
        return new Search(shortKey(articleId), fingerprint);
    }

    /**
     * Indexes an article: stores its fingerprint and adds its key to the bucket of each of its bands.
     *
     * @param search the search made for the same article just before, whose reads are reused, or null
     */
    public void add(String articleId, Fingerprint fingerprint, long eventTime, Search search) {
        long self = shortKey(articleId);
        fingerprints.put(self, IndexedFingerprint.encode(eventTime, articleId, fingerprint.toBytes()));
        if (search == null) {
            addToBuckets(fingerprint, self, band -> bands.get(bucketKey(band)), key -> fingerprints.get(key) != null);
        } else {
            addToBuckets(fingerprint, self, search::bucket, search::isIndexed);
        }
    }

    /** Forgets an article's fingerprint; its key leaves the buckets as they are next written. */
    public void remove(String articleId) {
        fingerprints.delete(shortKey(articleId));
    }

    /** Forgets the fingerprints indexed before {@code cutoff} (event time, epoch ms); returns how many. */
    public int expire(long cutoff) {
        List<Long> old = new ArrayList<>();
        fingerprints.forEach((key, value) -> {
            if (IndexedFingerprint.eventTime(value) < cutoff) {
                old.add(key);
            }
        });
        old.forEach(fingerprints::delete);
        return old.size();
    }

    /** @return true when the band store is empty while fingerprints are stored (it was lost: {@link #rebuild}) */
    public boolean needsRebuild() {
        return bands.isEmpty() && !fingerprints.isEmpty();
    }

    /**
     * Fills the band store from the fingerprint store, oldest fingerprint first, as indexing them one by one in
     * arrival order would (only a bucket over {@link #MAX_PER_BAND} keys can tell the difference, and then only
     * between articles with the same event time). Returns the fingerprints indexed.
     */
    public int rebuild() {
        // (event time, short key) of every fingerprint, about 40 bytes of heap each while the rebuild runs: 40 MB per
        // million indexed articles, against the 40 band entries per article the rebuild writes.
        List<long[]> byTime = new ArrayList<>();
        fingerprints.forEach((key, value) -> byTime.add(new long[] {IndexedFingerprint.eventTime(value), key}));
        byTime.sort(Comparator.<long[]>comparingLong(e -> e[0]).thenComparingLong(e -> e[1]));
        for (long[] entry : byTime) {
            long self = entry[1];
            IndexedFingerprint indexed = IndexedFingerprint.decode(fingerprints.get(self));
            addToBuckets(indexed.fingerprint(), self, band -> bands.get(bucketKey(band)), key -> true);
        }
        return byTime.size();
    }

    /**
     * Adds {@code self} to the bucket of each of the fingerprint's bands: {@code bucketOf} gives a band's bucket as it
     * stands, {@code keep} which of its keys stay (see {@link #withKey}).
     */
    private void addToBuckets(Fingerprint fingerprint, long self, Function<BandKey, byte[]> bucketOf,
                              LongPredicate keep) {
        for (BandKey band : fingerprint.indexKeys()) {
            bands.put(bucketKey(band), withKey(bucketOf.apply(band), self, keep));
        }
    }

    /**
     * A band bucket with {@code self} appended as its most recent key: the keys {@code keep} accepts stay, in order,
     * and only the last {@link #MAX_PER_BAND} are kept.
     */
    static byte[] withKey(byte[] bucket, long self, LongPredicate keep) {
        List<Long> keys = new ArrayList<>();
        if (bucket != null) {
            ByteBuffer in = ByteBuffer.wrap(bucket);
            while (in.remaining() >= Long.BYTES) {
                long key = in.getLong();
                if (key != self && keep.test(key)) {
                    keys.add(key);
                }
            }
        }
        keys.add(self);
        if (keys.size() > MAX_PER_BAND) {
            keys = keys.subList(keys.size() - MAX_PER_BAND, keys.size());
        }
        ByteBuffer out = ByteBuffer.allocate(keys.size() * Long.BYTES);
        keys.forEach(out::putLong);
        return out.array();
    }

    /** An article's short key in the index: the first 8 bytes of SHA-256 over its id. */
    public static long shortKey(String articleId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(articleId.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A band bucket's key: scheme version (the top byte), band number (the next) and the low 6 bytes of the band
     * hash. A shortened hash only lets unrelated articles share a bucket now and then; verification decides, so it
     * costs a little work, never a wrong match.
     */
    static long bucketKey(BandKey band) {
        return ((long) (band.schemeVersion() & 0xFF) << 56) | ((long) (band.band() & 0xFF) << 48)
                | (band.hash() & 0xFFFF_FFFF_FFFFL);
    }

    /**
     * The candidates of one article and what finding them read: band buckets by band and whether a short key has a
     * fingerprint. Near-copies of one story share all their bands, so without it indexing the article afterwards
     * re-read every bucket and checked every key in it once per band: work that grew with the story's size. Valid
     * until the index next changes.
     */
    public final class Search {
        private final Map<BandKey, byte[]> buckets = new HashMap<>();
        private final Map<Long, Boolean> indexed = new HashMap<>();
        private final List<IndexedFingerprint> candidates = new ArrayList<>();

        private Search(long self, Fingerprint fingerprint) {
            Set<Long> keys = new LinkedHashSet<>();
            for (BandKey band : fingerprint.indexKeys()) {
                byte[] bucket = bands.get(bucketKey(band));
                buckets.put(band, bucket);
                if (bucket != null) {
                    ByteBuffer in = ByteBuffer.wrap(bucket);
                    while (in.remaining() >= Long.BYTES) {
                        long key = in.getLong();
                        if (key != self) {
                            keys.add(key);
                        }
                    }
                }
            }
            for (long key : keys) {
                IndexedFingerprint candidate = IndexedFingerprint.decode(fingerprints.get(key));
                indexed.put(key, candidate != null);
                if (candidate != null) {
                    candidates.add(candidate);
                }
            }
        }

        /** @return the indexed articles sharing a band with the searched one, unverified, in bucket order */
        public List<IndexedFingerprint> candidates() {
            return Collections.unmodifiableList(candidates);
        }

        private byte[] bucket(BandKey band) {
            return buckets.containsKey(band) ? buckets.get(band) : bands.get(bucketKey(band));
        }

        private boolean isIndexed(long key) {
            return indexed.computeIfAbsent(key, k -> fingerprints.get(k) != null);
        }
    }
}
