package io.newsline.enrich.ner;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.newsline.enrich.EntityType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Stanford CoreNLP's CRF named-entity tagger on a lean pipeline: tokenize, sentence split (every line break ends a
 * sentence) and one CRF classifier (or, for comparison, CoreNLP's default combination of three, {@link #COMBINED}:
 * three times the work, the same PERSON/ORGANIZATION/LOCATION labels as its first model, see docs/QUALITY.md). No
 * part-of-speech tagging, SUTime, numeric or fine-grained classifiers: those cost ten times the CRF and add nothing to
 * PERSON/ORGANIZATION/LOCATION/MISC.
 *
 * <p>Thread-safe: the tokenizer pipeline and the loaded CRF keep no per-call state. Loading a model takes one to
 * three seconds and a few hundred megabytes, so create one engine per process and share it.
 */
public final class CoreNlpNerEngine implements NerEngine {

    /** The CoNLL-2003 4-class model (PERSON, ORGANIZATION, LOCATION, MISC) with distributional similarity features. */
    public static final String CONLL_4CLASS = "english.conll.4class.distsim";
    /** The 3-class model (no MISC) trained on CoNLL, MUC, ACE and more. */
    public static final String ALL_3CLASS = "english.all.3class.distsim";

    /** CoreNLP's default NER models in its order: three times the CRF work of one model. */
    public static final String COMBINED =
            "english.all.3class.distsim+english.muc.7class.distsim+english.conll.4class.distsim";

    private static final String CORENLP_VERSION = "4.5.10";
    private static final String MODEL_DIRECTORY = "edu/stanford/nlp/models/ner/";

    private final StanfordCoreNLP tokenizer;
    private final AbstractSequenceClassifier<CoreLabel> classifier;
    private final String id;
    private final boolean joinGivenNames;

    /**
     * @param model one of {@link #CONLL_4CLASS}, {@link #ALL_3CLASS}, loaded from the CoreNLP models jar; or several
     *     joined by {@code +}, combined as CoreNLP's default NER combines them ({@link ClassifierCombiner}: the
     *     first model's labels stand, later models add only classes the earlier ones lack), e.g. {@link #COMBINED}
     */
    public CoreNlpNerEngine(String model) {
        this(model, true);
    }

    /**
     * @param model          as {@link #CoreNlpNerEngine(String)}
     * @param joinGivenNames whether a capitalised word right before a person joins the name (see {@link #recognize})
     */
    public CoreNlpNerEngine(String model, boolean joinGivenNames) {
        this.joinGivenNames = joinGivenNames;
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize,ssplit");
        properties.setProperty("tokenize.language", "en");
        // One sentence per line in CoNLL-style input, one paragraph per line in clean articles: joining lines
        // would let an entity run across them ("Marit Jansen" + "GHENT").
        properties.setProperty("ssplit.newlineIsSentenceBreak", "always");
        this.tokenizer = new StanfordCoreNLP(properties, false);
        try {
            String[] paths = Arrays.stream(model.split("\\+")).map(m -> MODEL_DIRECTORY + m + ".crf.ser.gz")
                    .toArray(String[]::new);
            this.classifier = paths.length == 1
                    ? CRFClassifier.getClassifier(paths[0]) : new ClassifierCombiner<>(paths);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load CoreNLP model " + model, e);
        }
        this.id = "corenlp-" + CORENLP_VERSION + "/" + model;
    }

    /**
     * @return an engine with the model this project evaluates best on news: {@link #ALL_3CLASS} (see
     *     docs/QUALITY.md; it tags no MISC)
     */
    public static CoreNlpNerEngine english() {
        return new CoreNlpNerEngine(ALL_3CLASS);
    }

    @Override
    public List<EntitySpan> recognize(String text) {
        List<EntitySpan> spans = new ArrayList<>();
        if (text.isBlank()) {
            return spans;
        }
        Annotation document = new Annotation(text);
        tokenizer.annotate(document);
        for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
            // classifySentence, unlike classify, first derives the word-shape and distributional-similarity
            // features the models were trained with; it returns labelled copies that keep the character offsets.
            List<CoreLabel> tokens = classifier.classifySentence(sentence.get(CoreAnnotations.TokensAnnotation.class));
            if (joinGivenNames) {
                joinGivenNames(tokens);
            }
            collectSpans(tokens, spans);
        }
        return spans;
    }

    /**
     * The CRF often misses the first word of a name it has never seen ("junta chief Min [Aung Hlaing]"): a capitalised
     * untagged word directly before a person, inside a sentence, joins the person unless it is a title or honorific.
     */
    private static void joinGivenNames(List<CoreLabel> tokens) {
        for (int i = tokens.size() - 1; i >= 2; i--) {
            String label = tokens.get(i).get(CoreAnnotations.AnswerAnnotation.class);
            CoreLabel before = tokens.get(i - 1);
            String word = before.word();
            if ("PERSON".equals(label)
                    && "O".equals(before.get(CoreAnnotations.AnswerAnnotation.class))
                    && before.endPosition() + 1 == tokens.get(i).beginPosition()
                    && word.length() > 1
                    && Character.isUpperCase(word.charAt(0))
                    && word.chars().skip(1).allMatch(Character::isLowerCase)
                    && !PersonTitles.isTitle(word)) {
                before.set(CoreAnnotations.AnswerAnnotation.class, "PERSON");
            }
        }
    }

    /** Joins runs of equally labelled tokens; the models label inside-only (no B- tags), as CoNLL-2003 scoring expects. */
    private static void collectSpans(List<CoreLabel> tokens, List<EntitySpan> spans) {
        EntityType open = null;
        int start = -1;
        int end = -1;
        for (CoreLabel token : tokens) {
            EntityType type = typeOf(token.get(CoreAnnotations.AnswerAnnotation.class));
            if (type != open) {
                if (open != null) {
                    spans.add(new EntitySpan(start, end, open));
                }
                open = type;
                start = token.beginPosition();
            }
            end = token.endPosition();
        }
        if (open != null) {
            spans.add(new EntitySpan(start, end, open));
        }
    }

    private static EntityType typeOf(String label) {
        if (label == null) {
            return null;
        }
        return switch (label) {
            case "PERSON" -> EntityType.PERSON;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "LOCATION" -> EntityType.LOCATION;
            case "MISC" -> EntityType.MISC;
            default -> null;
        };
    }

    /** Only English: the CoreNLP CRF models of other languages are not shipped in this build. */
    @Override
    public boolean supports(String language) {
        if (language == null) {
            return false;
        }
        String tag = language.toLowerCase(Locale.ROOT);
        return tag.equals("en") || tag.startsWith("en-") || tag.startsWith("en_");
    }

    @Override
    public String id() {
        return id;
    }
}
