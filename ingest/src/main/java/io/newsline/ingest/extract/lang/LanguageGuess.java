package io.newsline.ingest.extract.lang;

/**
 * A language and how sure the guess is.
 *
 * @param language BCP-47 tag; {@code und} when undetermined
 * @param confidence 0..1
 */
public record LanguageGuess(String language, double confidence) {
    public static final LanguageGuess UNDETERMINED = new LanguageGuess("und", 0.0);
}
