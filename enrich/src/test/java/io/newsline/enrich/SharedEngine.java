package io.newsline.enrich;

import io.newsline.enrich.ner.CoreNlpNerEngine;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The CoreNLP engines for all tests of one JVM: loading a model takes seconds and hundreds of megabytes. */
public final class SharedEngine {

    private static CoreNlpNerEngine engine;
    private static final Map<String, CoreNlpNerEngine> others = new HashMap<>();

    private SharedEngine() {}

    public static synchronized CoreNlpNerEngine english() {
        if (engine == null) {
            engine = CoreNlpNerEngine.english();
        }
        return engine;
    }

    /** @return the engine of {@code language} ({@code de}, {@code es}, {@code fr}), loaded once per JVM */
    public static synchronized Optional<CoreNlpNerEngine> load(String language) {
        if (!others.containsKey(language)) {
            CoreNlpNerEngine.load(language).ifPresent(loaded -> others.put(language, loaded));
        }
        return Optional.ofNullable(others.get(language));
    }
}
