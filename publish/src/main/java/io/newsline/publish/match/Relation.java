package io.newsline.publish.match;

/** How one article's text relates to another's, as decided by {@link Matcher#verify}. */
public enum Relation {
    /** A syndicated copy: the same text, possibly lightly edited (headline, credit, a few words or paragraphs). */
    COPY,
    /** A copy that keeps only part of the other text (dropped paragraphs, cut short): the shorter is contained. */
    TRUNCATED_COPY,
    /** Substantial shared text but not a copy (a loose rewrite); attached to a story but never a member. */
    RELATED,
    /** Not the same text (different stories, or independent reports of the same event). */
    NONE;

    /** @return true for {@link #COPY} and {@link #TRUNCATED_COPY}: the two articles belong to one story */
    public boolean isCopy() {
        return this == COPY || this == TRUNCATED_COPY;
    }
}
