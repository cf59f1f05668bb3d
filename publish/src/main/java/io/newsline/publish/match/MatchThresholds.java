package io.newsline.publish.match;

/**
 * The decision thresholds of {@link Matcher}. {@link #DEFAULT} was chosen on the evaluation in docs/QUALITY.md
 * ("Dedupe (syndicated copies)"), where the precision/recall curve behind each value is shown.
 *
 * @param minShingles texts with fewer shingles are too short to be called copies (rule {@code too-short})
 * @param copyResemblance resemblance at or above which two texts are copies (rule {@code resemblance})
 * @param copyContainment share of the smaller text found in the larger at or above which it is a (truncated) copy
 *     (rule {@code containment})
 * @param minMatchingBins bins that must agree before containment alone decides (guards very small samples)
 * @param truncatedSizeRatio a containment copy whose smaller text has less than this share of the larger's shingles
 *     is a {@link Relation#TRUNCATED_COPY}
 * @param relatedResemblance resemblance at or above which a non-copy is {@link Relation#RELATED}
 * @param relatedContainment containment at or above which a non-copy is {@link Relation#RELATED}
 */
public record MatchThresholds(int minShingles, double copyResemblance, double copyContainment, int minMatchingBins,
                              double truncatedSizeRatio, double relatedResemblance, double relatedContainment) {

    /** The measured defaults. */
    public static final MatchThresholds DEFAULT = new MatchThresholds(20, 0.5, 0.75, 8, 0.8, 1.01, 1.01);
}
