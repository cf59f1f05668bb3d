package io.newsline.publish.match;

/**
 * The outcome of verifying one candidate pair.
 *
 * @param relation what the pair is
 * @param resemblance estimated Jaccard resemblance of the two shingle sets, 0..1
 * @param containment estimated share of the smaller text's shingles found in the larger one, 0..1
 * @param leadResemblance estimated resemblance of the two leads (first shingles), 0..1
 * @param rule the name of the rule that decided: {@code resemblance}, {@code containment-and-lead},
 *     {@code aligned-sentences},
 *     {@code related}, {@code below-thresholds}, {@code too-short} or {@code scheme-mismatch}
 */
public record MatchVerdict(Relation relation, double resemblance, double containment, double leadResemblance,
                           String rule) {

    /** @return the similarity reported for a story member: the larger of resemblance and containment */
    public double similarity() {
        return Math.max(resemblance, containment);
    }
}
