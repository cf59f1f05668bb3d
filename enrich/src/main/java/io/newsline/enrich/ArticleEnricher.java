package io.newsline.enrich;

import io.newsline.enrich.keywords.Keyword;
import io.newsline.enrich.keywords.KeywordExtractor;
import io.newsline.enrich.link.EntityLinker;
import io.newsline.enrich.ner.BodyText;
import io.newsline.enrich.ner.CompetitionNames;
import io.newsline.enrich.ner.CoreNlpNerEngine;
import io.newsline.enrich.ner.DocumentConsistency;
import io.newsline.enrich.ner.EntityResolver;
import io.newsline.enrich.ner.OrganisationNames;
import io.newsline.enrich.ner.EntitySpan;
import io.newsline.enrich.ner.FieldSpan;
import io.newsline.enrich.ner.NerEngine;
import io.newsline.enrich.ner.ResultLines;
import io.newsline.enrich.ner.WireSteps;
import io.newsline.enrich.topics.TopicClassifier;
import io.newsline.enrich.topics.TopicInput;
import io.newsline.enrich.topics.TopicScore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Enriches one clean article: entity mentions with offsets, merged and linked entities, IPTC Media Topics and
 * keywords. The entry point of this library.
 *
 * <p>Steps: pages flagged not-article are skipped; articles in a language for which the {@link NerEngine} has no model
 * ({@link NerEngine#forLanguage}) get topics and keywords only (the classifier and extractor receive the language and
 * decide for themselves whether they can handle it), with a note saying why entities are missing. Otherwise the
 * language's engine runs on title and text, then, for English only (their cues are English words and CoNLL-English
 * layouts, and on the German, Spanish and French sets consistency added nothing or cost an entity),
 * {@link ResultLines} (teams of sports results lines), {@link CompetitionNames} (competitions are MISC),
 * {@link OrganisationNames} (company forms, share prices, clubs in match reports) and {@link DocumentConsistency};
 * for German, Spanish and French the {@link WireSteps} kept for that language (datelines, name edges, clubs); for
 * every language {@link EntityResolver} (merging, linking, salience), topics (with the entity names as hints) and
 * keywords. docs/QUALITY.md measures what each step around the engine adds, per language.
 *
 * <p>Reuse: the engine's raw spans, topics and keywords are kept in a bounded LRU cache keyed by the SHA-256 of the
 * normalised body text ({@link BodyText}). A syndicated copy whose normalised text was seen skips NER: the cached
 * spans are placed into this copy's own text through the offset maps (so offsets stay exact when only whitespace or
 * quote styles differ), a different headline alone is run through NER, and the cheap steps after NER run again. Its
 * status is {@link EnrichmentStatus#REUSED}.
 *
 * <p>Thread-safe when its engine, topic classifier and keyword extractor are (their contracts require it); the cache
 * is guarded by its own lock, and two threads enriching the same new text at once may both run NER.
 */
public final class ArticleEnricher {

    /** How many keywords an article gets at most. */
    public static final int MAX_KEYWORDS = 8;
    /**
     * Characters of body text given to NER, so that one page's cost is bounded (ingest lets up to 500,000 through):
     * entities are found in the first 50,000 characters, ten times a long news article.
     */
    public static final int MAX_NER_CHARS = 50_000;

    private final NerEngine ner;
    private final EntityResolver resolver;
    private final ResultLines resultLines;
    private final OrganisationNames organisations;
    private final WireSteps wireSteps;
    private final Function<String, Set<WireSteps.Step>> wireStepsOf;
    private final TopicClassifier topics;
    private final KeywordExtractor keywords;
    private final Map<String, Cached> cache;
    private final int cacheSize;

    /**
     * @param ner            the entity recogniser, e.g. {@code CoreNlpNerEngine.english()}, or one per language
     *                       ({@code LanguageNerEngines})
     * @param linker         the entity linker, e.g. {@code EntityLinker.standard()}
     * @param topics         the IPTC Media Topic classifier
     * @param keywords       the keyword extractor
     * @param reuseCacheSize how many body texts to remember for reuse; 0 turns reuse off
     */
    public ArticleEnricher(
            NerEngine ner, EntityLinker linker, TopicClassifier topics, KeywordExtractor keywords, int reuseCacheSize) {
        this(ner, linker, topics, keywords, reuseCacheSize, WireSteps::kept);
    }

    /**
     * As above, with the {@link WireSteps} to apply to each language's spans (English pages get none of them);
     * {@link WireSteps#kept} by default, other choices to measure what each step does.
     */
    public ArticleEnricher(NerEngine ner, EntityLinker linker, TopicClassifier topics, KeywordExtractor keywords,
            int reuseCacheSize, Function<String, Set<WireSteps.Step>> wireStepsOf) {
        this.wireSteps = new WireSteps(linker::isNation);
        this.wireStepsOf = Objects.requireNonNull(wireStepsOf, "wireStepsOf");
        this.ner = Objects.requireNonNull(ner, "ner");
        this.resolver = new EntityResolver(Objects.requireNonNull(linker, "linker"));
        this.resultLines = new ResultLines(linker::isNation);
        this.organisations = new OrganisationNames(linker::isNation);
        this.topics = Objects.requireNonNull(topics, "topics");
        this.keywords = Objects.requireNonNull(keywords, "keywords");
        if (reuseCacheSize < 0) {
            throw new IllegalArgumentException("reuseCacheSize must be >= 0, was " + reuseCacheSize);
        }
        this.cacheSize = reuseCacheSize;
        this.cache = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
                return size() > cacheSize;
            }
        };
    }

    /** What the cache keeps of an enriched text; spans of the body in normalised offsets. */
    private record Cached(
            List<EntitySpan> normalisedBodySpans,
            String title,
            List<EntitySpan> titleSpans,
            List<TopicScore> topics,
            List<Keyword> keywords) {}

    public Enrichment enrich(EnrichmentInput input) {
        String title = input.title();
        String language = input.language();
        BodyText body = BodyText.of(input.text());
        String hash = body.contentHash();
        if (input.notArticle()) {
            return new Enrichment(List.of(), List.of(), List.of(), List.of(), language,
                    EnrichmentStatus.SKIPPED_NOT_ARTICLE, "flagged not-article by ingest", ner.id(), hash);
        }
        NerEngine engine = ner.forLanguage(language).orElse(null);
        if (engine == null) {
            String note = language == null
                    ? "language unknown: entities skipped, no model fits for certain"
                    : "no entity model for language '" + language + "': entities skipped";
            return new Enrichment(List.of(), List.of(),
                    topics.classify(new TopicInput(title, input.text(), language, List.of())),
                    keywords.extract(title, input.text(), language, MAX_KEYWORDS),
                    language, EnrichmentStatus.SKIPPED_LANGUAGE, note, ner.id(), hash);
        }

        Cached cached = cacheGet(hash);
        List<EntitySpan> bodySpans;
        List<EntitySpan> titleSpans;
        boolean sameTitle = cached != null && cached.title().equals(title);
        if (cached != null) {
            bodySpans = toRaw(body, cached.normalisedBodySpans());
            titleSpans = sameTitle ? cached.titleSpans() : engine.recognize(title);
        } else {
            bodySpans = engine.recognize(nerPrefix(input.text()));
            titleSpans = engine.recognize(title);
        }

        List<FieldSpan> spans = new ArrayList<>(titleSpans.size() + bodySpans.size());
        addFieldSpans(spans, TextField.TITLE, title, titleSpans);
        addFieldSpans(spans, TextField.TEXT, input.text(), bodySpans);
        if (isEnglish(language)) {
            spans = CompetitionNames.apply(title, input.text(), resultLines.apply(TextField.TEXT, input.text(), spans));
            spans = organisations.apply(title, input.text(), spans, OrganisationNames.ALL_STEPS);
            // a name spread to its other mentions may stand inside a competition's name there ("U.S. Open")
            spans = CompetitionNames.apply(title, input.text(), DocumentConsistency.apply(title, input.text(), spans));
        } else {
            spans = wireSteps.apply(language, title, input.text(), spans, wireStepsOf.apply(language));
        }
        EntityResolver.Resolved resolved = resolver.resolve(input.text(), spans);

        List<TopicScore> topicScores;
        List<Keyword> keywordList;
        if (sameTitle) {
            topicScores = cached.topics();
            keywordList = cached.keywords();
        } else {
            List<String> hints = resolved.entities().stream().map(Entity::canonicalName).toList();
            topicScores = List.copyOf(topics.classify(new TopicInput(title, input.text(), language, hints)));
            keywordList = List.copyOf(keywords.extract(title, input.text(), language, MAX_KEYWORDS));
        }
        if (cached == null || !sameTitle) {
            List<EntitySpan> normalised = cached != null ? cached.normalisedBodySpans() : toNormalised(body, bodySpans);
            cachePut(hash, new Cached(normalised, title, List.copyOf(titleSpans), topicScores, keywordList));
        }
        String note = input.text().length() > MAX_NER_CHARS
                ? "entities from the first " + MAX_NER_CHARS + " characters of " + input.text().length() : null;
        return new Enrichment(resolved.mentions(), resolved.entities(), topicScores, keywordList, language,
                cached != null ? EnrichmentStatus.REUSED : EnrichmentStatus.ENRICHED, note, engine.id(), hash);
    }

    /**
     * @param language a BCP-47 tag, or null when unknown
     * @return whether articles in {@code language} get entities: the engine has a model of it (loaded or not)
     */
    public boolean hasEntityModel(String language) {
        return language != null && ner.supports(language);
    }

    private static boolean isEnglish(String language) {
        return CoreNlpNerEngine.primaryTag(language).equals("en");
    }

    /** The text NER reads: all of it, or its first {@link #MAX_NER_CHARS} characters cut at a space. */
    static String nerPrefix(String text) {
        if (text.length() <= MAX_NER_CHARS) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_NER_CHARS);
        return text.substring(0, cut > MAX_NER_CHARS / 2 ? cut : MAX_NER_CHARS);
    }

    private static void addFieldSpans(List<FieldSpan> out, TextField in, String field, List<EntitySpan> spans) {
        for (EntitySpan span : spans) {
            out.add(new FieldSpan(in, span.start(), span.end(), span.type(), field.substring(span.start(), span.end())));
        }
    }

    private static List<EntitySpan> toNormalised(BodyText body, List<EntitySpan> rawSpans) {
        List<EntitySpan> result = new ArrayList<>(rawSpans.size());
        for (EntitySpan span : rawSpans) {
            int start = body.normalisedIndex(span.start());
            int last = body.normalisedIndex(span.end() - 1);
            if (start >= 0 && last >= start) {
                result.add(new EntitySpan(start, last + 1, span.type()));
            }
        }
        return List.copyOf(result);
    }

    private static List<EntitySpan> toRaw(BodyText body, List<EntitySpan> normalisedSpans) {
        List<EntitySpan> result = new ArrayList<>(normalisedSpans.size());
        for (EntitySpan span : normalisedSpans) {
            result.add(new EntitySpan(body.rawIndex(span.start()), body.rawIndex(span.end() - 1) + 1, span.type()));
        }
        return result;
    }

    private Cached cacheGet(String hash) {
        if (cacheSize == 0) {
            return null;
        }
        synchronized (cache) {
            return cache.get(hash);
        }
    }

    private void cachePut(String hash, Cached entry) {
        if (cacheSize == 0) {
            return;
        }
        synchronized (cache) {
            cache.put(hash, entry);
        }
    }
}
