package io.newsline.enrich.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsline.enrich.TextField;
import io.newsline.enrich.ner.CompetitionNames;
import io.newsline.enrich.ner.CoreNlpNerEngine;
import io.newsline.enrich.ner.DocumentConsistency;
import io.newsline.enrich.ner.DocumentConsistency.Step;
import io.newsline.enrich.ner.EntitySpan;
import io.newsline.enrich.ner.FieldSpan;
import io.newsline.enrich.ner.OrganisationNames;
import io.newsline.enrich.ner.ResultLines;
import io.newsline.enrich.ner.Truecaser;
import io.newsline.enrich.link.EntityLinker;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ablation of the entity steps: tags a gold JSON-lines file once with the CRF alone and once with the CRF and its
 * given-name repair, then writes the predictions of every variant (each step around the CRF left out of the default
 * in turn, and each added alone to the CRF) to {@code OUTPUT_DIR/<variant>.jsonl} for {@code score.py}. Run by
 * {@code scripts/eval-ner.sh GOLD ablation [model]}. The body text only, as {@link NerEvaluationMain}.
 *
 * <p>Usage: {@code NerAblationMain INPUT.jsonl OUTPUT_DIR [model]}.
 */
public final class NerAblationMain {

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: NerAblationMain INPUT.jsonl OUTPUT_DIR [model]");
            System.exit(2);
        }
        String model = args.length > 2 ? args[2] : CoreNlpNerEngine.ALL_3CLASS;
        CoreNlpNerEngine crf = new CoreNlpNerEngine(model, false);
        CoreNlpNerEngine repaired = new CoreNlpNerEngine(model, true);
        Truecaser truecaser = Truecaser.fromCoreNlpModels();
        CoreNlpNerEngine crfTruecased = crf.withTruecaser(truecaser);
        CoreNlpNerEngine repairedTruecased = repaired.withTruecaser(truecaser);
        ResultLines resultLines = new ResultLines(EntityLinker.standard()::isNation);
        OrganisationNames organisations = new OrganisationNames(EntityLinker.standard()::isNation);
        ObjectMapper json = new ObjectMapper();
        Map<String, Variant> variants = variants();
        Map<String, List<String>> lines = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode article = json.readTree(line);
            String id = article.get("id").asText();
            String text = article.get("text").asText();
            List<FieldSpan> crfSpans = fieldSpans(text, crf.recognize(text));
            List<FieldSpan> repairedSpans = fieldSpans(text, repaired.recognize(text));
            List<FieldSpan> crfTruecasedSpans = fieldSpans(text, crfTruecased.recognize(text));
            List<FieldSpan> repairedTruecasedSpans = fieldSpans(text, repairedTruecased.recognize(text));
            for (Map.Entry<String, Variant> entry : variants.entrySet()) {
                Variant variant = entry.getValue();
                List<FieldSpan> spans = variant.truecase()
                        ? variant.join() ? repairedTruecasedSpans : crfTruecasedSpans
                        : variant.join() ? repairedSpans : crfSpans;
                if (variant.resultLines()) {
                    spans = resultLines.apply(TextField.TEXT, text, spans);
                }
                if (variant.competitions()) {
                    spans = CompetitionNames.apply("", text, spans);
                }
                spans = organisations.apply("", text, spans, variant.organisationSteps());
                List<FieldSpan> result = DocumentConsistency.apply("", text, spans, variant.steps());
                lines.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(prediction(json, id, result));
            }
        }
        Path directory = Files.createDirectories(Path.of(args[1]));
        for (Map.Entry<String, List<String>> variant : lines.entrySet()) {
            try (BufferedWriter out = Files.newBufferedWriter(directory.resolve(variant.getKey() + ".jsonl"))) {
                for (String line : variant.getValue()) {
                    out.write(line);
                    out.newLine();
                }
            }
        }
    }

    /** One combination of the steps around the CRF. */
    private record Variant(boolean join, boolean resultLines, boolean competitions, Set<Step> steps,
            Set<OrganisationNames.Step> organisationSteps, boolean truecase) {

        Variant(boolean join, boolean resultLines, boolean competitions, Set<Step> steps) {
            this(join, resultLines, competitions, steps, OrganisationNames.ALL_STEPS, false);
        }

        Variant(boolean join, boolean resultLines, boolean competitions, Set<Step> steps,
                Set<OrganisationNames.Step> organisationSteps) {
            this(join, resultLines, competitions, steps, organisationSteps, false);
        }
    }

    /**
     * The CRF alone; the pipeline as it was before the ablation (given-name repair and every consistency step, no
     * results lines or competitions); the default before the organisation steps ({@link OrganisationNames});
     * today's default; today's default with each element left out or added; and each element alone on the CRF.
     */
    private static Map<String, Variant> variants() {
        Map<String, Variant> variants = new LinkedHashMap<>();
        Set<Step> none = EnumSet.noneOf(Step.class);
        Set<Step> before = DocumentConsistency.ALL_STEPS;
        Set<Step> standard = DocumentConsistency.DEFAULT_STEPS;
        Set<OrganisationNames.Step> noOrganisationSteps = EnumSet.noneOf(OrganisationNames.Step.class);
        variants.put("crf", new Variant(false, false, false, none, noOrganisationSteps));
        variants.put("before", new Variant(true, false, false, before, noOrganisationSteps));
        variants.put("before-organisations", new Variant(true, true, true, standard, noOrganisationSteps));
        variants.put("default+truecase", new Variant(true, true, true, standard, OrganisationNames.ALL_STEPS, true));
        variants.put("default", new Variant(true, true, true, standard));
        variants.put("default-join", new Variant(false, true, true, standard));
        variants.put("default-resultLines", new Variant(true, false, true, standard));
        variants.put("default-competitions", new Variant(true, true, false, standard));
        variants.put("crf+join", new Variant(true, false, false, none, noOrganisationSteps));
        variants.put("crf+resultLines", new Variant(false, true, false, none, noOrganisationSteps));
        variants.put("crf+competitions", new Variant(false, false, true, none, noOrganisationSteps));
        variants.put("crf+truecase", new Variant(false, false, false, none, noOrganisationSteps, true));
        for (OrganisationNames.Step step : OrganisationNames.Step.values()) {
            EnumSet<OrganisationNames.Step> without = EnumSet.copyOf(OrganisationNames.ALL_STEPS);
            without.remove(step);
            variants.put("default-" + step, new Variant(true, true, true, standard, without));
            variants.put("crf+" + step, new Variant(false, false, false, none, EnumSet.of(step)));
        }
        for (Step step : Step.values()) {
            EnumSet<Step> changed = EnumSet.copyOf(standard);
            String name = standard.contains(step) ? "default-" + step : "default+" + step;
            if (!changed.remove(step)) {
                changed.add(step);
            }
            variants.put(name, new Variant(true, true, true, changed));
            variants.put("crf+" + step, new Variant(false, false, false, EnumSet.of(step), noOrganisationSteps));
        }
        return variants;
    }

    private static List<FieldSpan> fieldSpans(String text, List<EntitySpan> spans) {
        List<FieldSpan> result = new ArrayList<>(spans.size());
        for (EntitySpan span : spans) {
            result.add(new FieldSpan(TextField.TEXT, span.start(), span.end(), span.type(),
                    text.substring(span.start(), span.end())));
        }
        return result;
    }

    private static String prediction(ObjectMapper json, String id, List<FieldSpan> spans) throws Exception {
        ObjectNode prediction = json.createObjectNode().put("id", id);
        ArrayNode mentions = prediction.putArray("mentions");
        for (FieldSpan span : spans) {
            if (span.in() == TextField.TEXT) {
                mentions.addObject().put("start", span.start()).put("end", span.end())
                        .put("type", span.type().name()).put("text", span.text());
            }
        }
        return json.writeValueAsString(prediction);
    }
}
