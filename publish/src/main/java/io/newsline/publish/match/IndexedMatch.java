package io.newsline.publish.match;

/**
 * A verified match found in a {@link FingerprintIndex}.
 *
 * @param ordinal the ordinal {@link FingerprintIndex#add} returned for the matched fingerprint
 * @param verdict the verification of the query against it
 */
public record IndexedMatch(int ordinal, MatchVerdict verdict) {
}
