package io.newsline.enrich;

import io.newsline.enrich.ner.CoreNlpNerEngine;

/** The CoreNLP engine for all tests of one JVM: loading a model takes seconds and hundreds of megabytes. */
public final class SharedEngine {

    private static CoreNlpNerEngine engine;

    private SharedEngine() {}

    public static synchronized CoreNlpNerEngine english() {
        if (engine == null) {
            engine = CoreNlpNerEngine.english();
        }
        return engine;
    }
}
