package io.newsline.publish.match;

/**
 * The decision thresholds of {@link Matcher}. {@link #DEFAULT} was chosen on the evaluation in docs/QUALITY.md
 * ("Dedupe (syndicated copies)"), where the precision/recall curve behind each value is shown.
 *
 * @param minShingles texts with fewer shingles are too short to be called copies (rule {@code too-short})
 * @param copyResemblance resemblance at or above which two texts are copies whatever their leads
 *     (rule {@code resemblance})
 * @param copyContainment share of the smaller text found in the larger at or above which it is a (truncated) copy,
 *     provided the leads agree (rule {@code containment-and-lead})
 * @param copyLeadResemblance lead resemblance needed by the containment rule: a copy keeps the lead of the text it
 *     copies, while an agency's next-day story puts a new top over reused background
 * @param minMatchingBins bins that must agree before containment decides (guards very small samples)
 * @param truncatedSizeRatio a copy whose smaller text has less than this share of the larger's shingles is a
 *     {@link Relation#TRUNCATED_COPY}
 * @param relatedResemblance resemblance at or above which a non-copy is {@link Relation#RELATED} (above 1: never)
 * @param relatedContainment containment at or above which a non-copy is {@link Relation#RELATED} (above 1: never)
 */
public record MatchThresholds(int minShingles, double copyResemblance, double copyContainment,
                              double copyLeadResemblance, int minMatchingBins, double truncatedSizeRatio,
                              double relatedResemblance, double relatedContainment) {

    /**
     * The measured defaults. {@code RELATED} is off: on the evaluation every overlap level that caught rewrites
     * also caught next-day stories and independent reports, which must stay apart.
     */
    public static final MatchThresholds DEFAULT = new MatchThresholds(20, 0.6, 0.6, 0.3, 8, 0.8, 1.01, 1.01);
}
