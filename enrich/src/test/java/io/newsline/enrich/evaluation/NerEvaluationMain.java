package io.newsline.enrich.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsline.enrich.ArticleEnricher;
import io.newsline.enrich.Enrichment;
import io.newsline.enrich.EnrichmentInput;
import io.newsline.enrich.FunctionNerEngine;
import io.newsline.enrich.Mention;
import io.newsline.enrich.TextField;
import io.newsline.enrich.link.EntityLinker;
import io.newsline.enrich.ner.CoreNlpNerEngine;
import io.newsline.enrich.ner.Truecaser;
import io.newsline.enrich.ner.EntitySpan;
import io.newsline.enrich.ner.NerEngine;
import io.newsline.enrich.ner.WireSteps;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Tags a JSON-lines file of articles ({@code {"id"|"articleId", "text", "title"?, "language"?}}) and writes one
 * prediction line per article ({@code {"id", "mentions": [{"start", "end", "type", "text"}]}}) for the text field,
 * the format {@code score.py} of the NER dev set reads. Run by {@code scripts/eval-ner.sh}.
 *
 * <p>Usage: {@code NerEvaluationMain INPUT.jsonl OUTPUT.jsonl [enrich|bare] [model]}: {@code enrich} (default) runs
 * the whole {@link ArticleEnricher} (consistency, merging, linking) without reuse; {@code bare} the CRF alone.
 * {@code model} is an English model name ({@link CoreNlpNerEngine#ALL_3CLASS} by default) or a language, {@code de},
 * {@code es} or {@code fr}: that language's model ({@link CoreNlpNerEngine.load}), and the articles are given
 * to the enricher in that language unless they say theirs. Mode {@code english-steps} runs such a model through the
 * enricher as if the articles were English, with the steps the enricher keeps for English (results lines,
 * competitions, organisation cues, document consistency), to measure what they would do in that language.
 */
public final class NerEvaluationMain {

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: NerEvaluationMain INPUT.jsonl OUTPUT.jsonl [enrich|bare] [model]");
            System.exit(2);
        }
        boolean bare = args.length > 2 && args[2].equals("bare");
        boolean englishSteps = args.length > 2 && args[2].equals("english-steps");
        String model = args.length > 3 ? args[3] : CoreNlpNerEngine.ALL_3CLASS;
        boolean otherLanguage = model.length() == 2 && !model.equals("en");
        String defaultLanguage = otherLanguage ? model : "en";
        CoreNlpNerEngine engine = otherLanguage
                ? CoreNlpNerEngine.load(model).orElseThrow() : new CoreNlpNerEngine(model);
        // as the app's engine (CoreNlpNerEngine.english(): sentences in capitals read as they are);
        // -Dnewsline.truecase=true measures the English engine with the truecaser instead
        NerEngine enricherEngine = !otherLanguage && Boolean.getBoolean("newsline.truecase")
                ? engine.withTruecaser(Truecaser.fromCoreNlpModels()) : engine;
        if (englishSteps) {
            enricherEngine = asEnglish(engine);
        }
        String enricherLanguage = englishSteps ? "en" : null;
        // -Dnewsline.wireSteps=DATELINE,CLUBS (or "none") picks the WireSteps to measure; the kept ones by default
        String chosen = System.getProperty("newsline.wireSteps");
        Function<String, Set<WireSteps.Step>> wireSteps = chosen == null ? WireSteps::kept : language -> chosen
                .equals("none") ? Set.of() : Arrays.stream(chosen.split(",")).map(WireSteps.Step::valueOf)
                .collect(Collectors.toSet());
        ArticleEnricher enricher = new ArticleEnricher(enricherEngine, EntityLinker.standard(),
                input -> List.of(), (title, text, language, max) -> List.of(), 0, wireSteps);
        ObjectMapper json = new ObjectMapper();
        long started = System.nanoTime();
        int articles = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
                BufferedWriter out = Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode article = json.readTree(line);
                String id = article.has("id") ? article.get("id").asText() : article.get("articleId").asText();
                String text = article.path("text").asText("");
                ObjectNode prediction = json.createObjectNode().put("id", id);
                ArrayNode mentions = prediction.putArray("mentions");
                if (bare) {
                    for (EntitySpan span : engine.recognize(text)) {
                        mentions.addObject().put("start", span.start()).put("end", span.end())
                                .put("type", span.type().name()).put("text", text.substring(span.start(), span.end()));
                    }
                } else {
                    Enrichment enrichment = enricher.enrich(new EnrichmentInput(id, article.path("title").asText(""),
                            text, enricherLanguage != null ? enricherLanguage : article.path("language").asText(defaultLanguage), false));
                    for (Mention m : enrichment.mentions()) {
                        if (m.in() == TextField.TEXT) {
                            mentions.addObject().put("start", m.start()).put("end", m.end())
                                    .put("type", m.type().name()).put("text", m.text());
                        }
                    }
                }
                out.write(json.writeValueAsString(prediction));
                out.newLine();
                articles++;
            }
        }
        System.err.printf("%s, %s: %d articles in %.1f s%n", engine.id(),
                bare ? "bare CRF" : englishSteps ? "enricher with the English steps" : "enricher",
                articles, (System.nanoTime() - started) / 1e9);
    }

    /** {@code engine} answering for English too, so that the enricher applies its English-only steps to its spans. */
    private static NerEngine asEnglish(NerEngine engine) {
        return new FunctionNerEngine(engine.id(), engine::recognize);
    }
}
