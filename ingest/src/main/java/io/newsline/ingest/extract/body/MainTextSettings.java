package io.newsline.ingest.extract.body;

/**
 * Tuning knobs of {@link MainTextExtractor}. Immutable and thread-safe; {@link #defaults()} gives the values that
 * were chosen on the project's extraction evaluation (see docs/QUALITY.md).
 *
 * @param minGoodUnitChars a text run between block boundaries counts as article-like prose when it has at least
 *     this many non-space characters outside links
 * @param maxGoodUnitLinkDensity ... and when at most this share of its characters sit inside links
 * @param boilerplatePenalty how much one character of link text or short text costs a candidate body element,
 *     relative to one character of prose it gains; higher values pick tighter elements
 * @param maxBlockLinkDensity blocks of the chosen body with a larger share of link text are dropped (link lists)
 * @param keepNegativeWithProseChars an element whose class, id or tag says boilerplate is still kept when it holds
 *     at least this many characters of prose ...
 * @param keepNegativeWithProseShare ... making up at least this share of its text
 */
public record MainTextSettings(
        int minGoodUnitChars,
        double maxGoodUnitLinkDensity,
        double boilerplatePenalty,
        double maxBlockLinkDensity,
        int keepNegativeWithProseChars,
        double keepNegativeWithProseShare) {

    public MainTextSettings {
        if (minGoodUnitChars < 1) {
            throw new IllegalArgumentException("minGoodUnitChars must be positive: " + minGoodUnitChars);
        }
        if (maxGoodUnitLinkDensity < 0 || maxGoodUnitLinkDensity > 1 || maxBlockLinkDensity < 0
                || maxBlockLinkDensity > 1 || keepNegativeWithProseShare < 0 || keepNegativeWithProseShare > 1) {
            throw new IllegalArgumentException("densities and shares must lie in [0, 1]");
        }
        if (boilerplatePenalty < 0) {
            throw new IllegalArgumentException("boilerplatePenalty must not be negative: " + boilerplatePenalty);
        }
    }

    /** The defaults used by {@link MainTextExtractor#MainTextExtractor()}. */
    public static MainTextSettings defaults() {
        return new MainTextSettings(40, 0.4, 0.5, 0.5, 600, 0.6);
    }
}
