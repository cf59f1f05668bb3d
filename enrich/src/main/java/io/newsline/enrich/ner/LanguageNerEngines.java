package io.newsline.enrich.ner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One {@link NerEngine} per language: {@link #forLanguage} answers with the engine of a page's language, loaded on the
 * first page in that language (or all at construction, {@code eager}), and nothing for a language without a
 * configured model. English is the default: {@link #recognize}, {@link #id} and {@link #supports} of a language
 * outside the set refer to it.
 *
 * <p>Thread-safe: each language's engine is loaded once, under that language's own lock, so a page in one language
 * does not wait for another's model to load; the engines themselves are thread-safe.
 */
public final class LanguageNerEngines implements NerEngine {

    private final NerEngine english;
    private final Map<String, Lazy> others = new LinkedHashMap<>();

    /**
     * @param english   the English engine, e.g. {@code CoreNlpNerEngine.english()}
     * @param languages the other languages to tag (primary subtags: {@code de}, {@code es}, {@code fr}); {@code en} is
     *                  ignored here, English always has its engine
     * @param loader    makes the engine of one of those languages (e.g. {@code CoreNlpNerEngine::load});
     *                  called at most once per language
     * @param eager     load every language's model now instead of on its first page
     */
    public LanguageNerEngines(
            NerEngine english, List<String> languages, Function<String, Optional<? extends NerEngine>> loader,
            boolean eager) {
        this.english = english;
        for (String language : languages) {
            String tag = CoreNlpNerEngine.primaryTag(language.strip());
            if (!tag.isEmpty() && !english.supports(tag)) {
                others.put(tag, new Lazy(tag, loader));
            }
        }
        if (eager) {
            others.values().forEach(Lazy::get);
        }
    }

    /**
     * @return a set of English and the languages of {@code languages}, with CoreNLP's models of this build
     * @throws IllegalArgumentException for a language this build has no model of
     * @throws IllegalStateException    when this JVM's heap cannot hold the languages' models ({@link #checkHeap})
     */
    public static LanguageNerEngines coreNlp(List<String> languages, boolean eager) {
        for (String language : languages) {
            if (!CoreNlpNerEngine.LANGUAGES.contains(CoreNlpNerEngine.primaryTag(language.strip()))) {
                throw new IllegalArgumentException("no entity model for language '" + language.strip()
                        + "' in this build; choose from " + CoreNlpNerEngine.LANGUAGES);
            }
        }
        checkHeap(languages, Runtime.getRuntime().maxMemory());
        return new LanguageNerEngines(CoreNlpNerEngine.english(), languages, CoreNlpNerEngine::load, eager);
    }

    /** Heap each language's loaded model retains, in MB (docs/BENCHMARKS.md, Entity models per language). */
    static final Map<String, Integer> MODEL_HEAP_MB = Map.of("en", 121, "de", 179, "es", 93, "fr", 149);
    /** Heap an enrich app needs besides the entity models (topics, gazetteer, Kafka clients, pages in flight), MB. */
    static final int APP_HEAP_MB = 192;

    /**
     * Refuses, at startup, a heap too small for the models of {@code languages}: the models load on the first page in
     * each language, and a heap that cannot hold them would fail there, with an out-of-memory error that stops the
     * app, hours after it started. English is always counted.
     *
     * @param languages    the configured languages ({@code enrich.ner.languages})
     * @param maxHeapBytes the heap the JVM may grow to ({@link Runtime#maxMemory()})
     * @return the heap the languages need, in MB
     * @throws IllegalStateException naming the heap needed, the heap given and the two ways out
     */
    static int checkHeap(List<String> languages, long maxHeapBytes) {
        List<Integer> others = languages.stream()
                .map(language -> CoreNlpNerEngine.primaryTag(language.strip())).filter(tag -> !tag.equals("en"))
                .distinct().map(tag -> MODEL_HEAP_MB.getOrDefault(tag, 0)).toList();
        // English loads at startup into an empty heap; the others load while pages are in flight, and reading a model
        // takes about its own size again until the read ends: room for the largest of them once more
        int loading = others.stream().mapToInt(Integer::intValue).max().orElse(0);
        int needed = APP_HEAP_MB + MODEL_HEAP_MB.get("en") + others.stream().mapToInt(Integer::intValue).sum() + loading;
        long given = maxHeapBytes / (1024 * 1024);
        if (given < needed) {
            throw new IllegalStateException("entity models of enrich.ner.languages=" + String.join(",", languages)
                    + " need a heap of about " + needed + " MB, this JVM has " + given + " MB: raise -Xmx"
                    + " (NEWSLINE_JAVA_OPTS) or list fewer languages (enrich.ner.languages=en needs "
                    + (APP_HEAP_MB + MODEL_HEAP_MB.get("en")) + " MB)");
        }
        return needed;
    }

    @Override
    public Optional<NerEngine> forLanguage(String language) {
        if (english.supports(language)) {
            return Optional.of(english);
        }
        Lazy lazy = others.get(CoreNlpNerEngine.primaryTag(language));
        return lazy == null ? Optional.empty() : Optional.of(lazy.get());
    }

    /** Tags {@code text} with the English engine; use {@link #forLanguage} for a page in another language. */
    @Override
    public List<EntitySpan> recognize(String text) {
        return english.recognize(text);
    }

    @Override
    public boolean supports(String language) {
        return english.supports(language) || others.containsKey(CoreNlpNerEngine.primaryTag(language));
    }

    /** @return the English engine's id; the engine of each page says which model tagged it */
    @Override
    public String id() {
        return english.id();
    }

    /** One language's engine, loaded on first use. */
    private static final class Lazy {
        private final String language;
        private final Function<String, Optional<? extends NerEngine>> loader;
        private volatile NerEngine engine;

        Lazy(String language, Function<String, Optional<? extends NerEngine>> loader) {
            this.language = language;
            this.loader = loader;
        }

        NerEngine get() {
            NerEngine loaded = engine;
            if (loaded == null) {
                synchronized (this) {
                    loaded = engine;
                    if (loaded == null) {
                        loaded = loader.apply(language).orElseThrow(() -> new IllegalArgumentException(
                                "no entity model for language '" + language + "' in this build (en, de, es, fr)"));
                        engine = loaded;
                    }
                }
            }
            return loaded;
        }
    }
}
