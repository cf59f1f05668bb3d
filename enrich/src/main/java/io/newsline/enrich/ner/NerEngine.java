package io.newsline.enrich.ner;

import java.util.List;
import java.util.Optional;

/**
 * A named-entity recogniser: plain text in, typed spans out. The seam where another engine can replace CoreNLP.
 * Implementations are thread-safe.
 */
public interface NerEngine {

    /**
     * Tags the named entities of one text.
     *
     * @param text plain text; a line break always ends a sentence
     * @return non-overlapping spans in text order, with offsets exactly into {@code text}
     */
    List<EntitySpan> recognize(String text);

    /** @return whether a model of this engine fits texts in {@code language} (a BCP-47 tag; null means unknown) */
    boolean supports(String language);

    /** @return the engine and model, e.g. {@code corenlp-4.5.10/english.conll.4class.distsim} */
    String id();

    /**
     * @param language a BCP-47 tag, or null when unknown
     * @return the engine that tags texts in {@code language} (this one when it {@link #supports} it), or empty when
     *     no model fits: an engine of several languages answers with the one of that language, loading it if needed
     */
    default Optional<NerEngine> forLanguage(String language) {
        return supports(language) ? Optional.of(this) : Optional.empty();
    }
}
