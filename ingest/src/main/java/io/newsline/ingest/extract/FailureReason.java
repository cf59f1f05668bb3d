package io.newsline.ingest.extract;

/** Why a page could not be turned into an article at all (it goes to the dead-letter topic). */
public enum FailureReason {
    /** The page, or its gunzipped form, is larger than {@link ExtractorSettings#maxBodyBytes()}. */
    OVERSIZE,
    /** The bytes cannot be read as text: corrupt gzip, binary content, or no usable characters. */
    UNDECODABLE,
    /** The page went past its work budget ({@link PageBudget}) before anything that could be an article. */
    TOO_COMPLEX
}
