package io.newsline.enrich;

import io.newsline.enrich.ner.EntitySpan;
import io.newsline.enrich.ner.NerEngine;
import java.util.List;
import java.util.function.Function;

/** A test engine for every language whose spans a function of the text gives. */
public record FunctionNerEngine(String id, Function<String, List<EntitySpan>> spans) implements NerEngine {

    @Override
    public List<EntitySpan> recognize(String text) {
        return spans.apply(text);
    }

    @Override
    public boolean supports(String language) {
        return true;
    }
}
