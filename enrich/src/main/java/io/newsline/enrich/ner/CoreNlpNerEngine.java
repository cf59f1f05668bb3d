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
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Stanford CoreNLP's CRF named-entity tagger on a lean pipeline: tokenize, sentence split (every line break ends a
 * sentence) and one CRF classifier (or, for comparison, CoreNLP's default combination of three, {@link #COMBINED}:
 * three times the work, the same PERSON/ORGANIZATION/LOCATION labels as its first model, see docs/QUALITY.md). No
 * part-of-speech tagging, SUTime, numeric or fine-grained classifiers: those cost ten times the CRF and add nothing to
 * PERSON/ORGANIZATION/LOCATION/MISC. With a {@link Truecaser} ({@link #withTruecaser}; {@link #english()} has none:
 * on the CoNLL-2003 development set it cost F1, docs/QUALITY.md), a sentence written in capitals (a wire headline) is
 * tagged last, on a copy in the casing of the document's running text and the names the CRF found there; the spans
 * keep the original text's offsets.
 *
 * <p>Languages: English ({@link #english()}) and, with the CRF files this build unpacks from CoreNLP's language model
 * jars, German, Spanish and French ({@link #load(String)}), each tokenised with CoreNLP's tokenizer settings
 * for the language and labels mapped to PERSON/ORGANIZATION/LOCATION/MISC (AnCora's PERS/ORG/LUG/OTROS, WikiNER's
 * I-PER...). The English-only repairs (truecasing, given names before a person) stay off for the others.
 *
 * <p>Thread-safe: the tokenizer pipeline and the loaded CRF keep no per-call state. Loading a model takes one to
 * six seconds and 90 to 180 MB of heap (docs/BENCHMARKS.md), so create one engine per process and share it.
 */
public final class CoreNlpNerEngine implements NerEngine {

    /** The CoNLL-2003 4-class model (PERSON, ORGANIZATION, LOCATION, MISC) with distributional similarity features. */
    public static final String CONLL_4CLASS = "english.conll.4class.distsim";
    /** The 3-class model (no MISC) trained on CoNLL, MUC, ACE and more. */
    public static final String ALL_3CLASS = "english.all.3class.distsim";

    /** CoreNLP's default NER models in its order: three times the CRF work of one model. */
    public static final String COMBINED =
            "english.all.3class.distsim+english.muc.7class.distsim+english.conll.4class.distsim";

    /** German: the 4-class model (PERSON, ORGANIZATION, LOCATION, MISC) with distributional similarity features. */
    public static final String GERMAN = "german.distsim";
    /** Spanish: the AnCora/LDC-trained 4-class model (PERS, ORG, LUG, OTROS). */
    public static final String SPANISH = "spanish.ancora.distsim.s512";
    /** French: the WikiNER-trained 4-class model (I-PER, I-ORG, I-LOC, I-MISC). */
    public static final String FRENCH = "french-wikiner-4class";

    /** The languages this build has a model for ({@link #load}). */
    public static final List<String> LANGUAGES = List.of("en", "de", "es", "fr");

    private static final String CORENLP_VERSION = "4.5.10";
    private static final String MODEL_DIRECTORY = "edu/stanford/nlp/models/ner/";
    private static final String MWT_DIRECTORY = "edu/stanford/nlp/models/mwt/";

    private final StanfordCoreNLP tokenizer;
    private final AbstractSequenceClassifier<CoreLabel> classifier;
    private final String id;
    private final boolean joinGivenNames;
    private final Truecaser truecaser;
    private final String language;
    private final Contractions contractions;

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
        this(model, "en", joinGivenNames);
    }

    /**
     * @param model          a model of {@code language}, as {@link #CoreNlpNerEngine(String)}
     * @param language       the language tag the engine {@link #supports} ({@code en}, {@code de}, {@code es},
     *                       {@code fr}); also CoreNLP's {@code tokenize.language}
     * @param joinGivenNames whether a capitalised word right before a person joins the name (English titles only)
     */
    public CoreNlpNerEngine(String model, String language, boolean joinGivenNames) {
        this.joinGivenNames = joinGivenNames;
        this.truecaser = null;
        this.language = language;
        Properties properties = new Properties();
        properties.setProperty("annotators", "tokenize,ssplit");
        properties.setProperty("tokenize.language", language);
        if (language.equals("de")) {
            // the German model was trained on words that keep their hyphens: split, "Schleswig - Holstein" becomes a
            // place and an organisation
            properties.setProperty("tokenize.options", "splitHyphenated=false");
        }
        this.contractions = switch (language) {
            case "de" -> Contractions.load(MWT_DIRECTORY + "german/german-mwt.tsv");
            case "fr" -> Contractions.load(MWT_DIRECTORY + "french/french-mwt.tsv");
            default -> null;
        };
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

    private CoreNlpNerEngine(CoreNlpNerEngine engine, Truecaser truecaser) {
        this.tokenizer = engine.tokenizer;
        this.classifier = engine.classifier;
        this.id = engine.id;
        this.joinGivenNames = engine.joinGivenNames;
        this.truecaser = truecaser;
        this.language = engine.language;
        this.contractions = engine.contractions;
    }

    /**
     * @param truecaser gives sentences in capitals their running-text casing before the CRF reads them; null for none
     * @return this engine (the same loaded model, no second load) reading sentences in capitals through
     *     {@code truecaser}
     */
    public CoreNlpNerEngine withTruecaser(Truecaser truecaser) {
        return new CoreNlpNerEngine(this, truecaser);
    }

    /**
     * @return an engine with the model this project evaluates best on news: {@link #ALL_3CLASS} (see
     *     docs/QUALITY.md; it tags no MISC), reading sentences in capitals as they are (the model learned wire
     *     headlines in capitals from its training data; truecasing them first cost 0.4 points of F1 on the CoNLL-2003
     *     development set)
     */
    public static CoreNlpNerEngine english() {
        return new CoreNlpNerEngine(ALL_3CLASS);
    }

    /**
     * @param language a language tag ({@code en}, {@code de-AT}...)
     * @return a new engine for the language's model: {@link #english()} for English, {@link #GERMAN},
     *     {@link #SPANISH} or {@link #FRENCH} on their language's tokenizer; empty for other languages
     */
    public static Optional<CoreNlpNerEngine> load(String language) {
        return switch (primaryTag(language)) {
            case "en" -> Optional.of(english());
            case "de" -> Optional.of(new CoreNlpNerEngine(GERMAN, "de", false));
            case "es" -> Optional.of(new CoreNlpNerEngine(SPANISH, "es", false));
            case "fr" -> Optional.of(new CoreNlpNerEngine(FRENCH, "fr", false));
            default -> Optional.empty();
        };
    }

    /** @return the primary subtag of a language tag in lower case ("de" of "de-AT"), or "" for null */
    public static String primaryTag(String language) {
        if (language == null) {
            return "";
        }
        String tag = language.toLowerCase(Locale.ROOT);
        int cut = tag.indexOf('-') >= 0 ? tag.indexOf('-') : tag.indexOf('_');
        return cut >= 0 ? tag.substring(0, cut) : tag;
    }

    @Override
    public List<EntitySpan> recognize(String text) {
        List<EntitySpan> spans = new ArrayList<>();
        if (text.isBlank()) {
            return spans;
        }
        Annotation document = new Annotation(text);
        tokenizer.annotate(document);
        List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        List<List<CoreLabel>> labelled = new ArrayList<>(sentences.size());
        boolean capitals = false;
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (truecaser != null && Truecaser.isToTruecase(words(tokens))) {
                labelled.add(null);
                capitals = true;
            } else {
                labelled.add(classify(tokens));
            }
        }
        if (capitals) {
            // Sentences in capitals last, so that they can take the casing of the names the CRF found in the rest.
            Truecaser.DocumentForms forms = documentForms(labelled);
            for (int i = 0; i < labelled.size(); i++) {
                if (labelled.get(i) == null) {
                    List<CoreLabel> tokens = truecased(sentences.get(i).get(CoreAnnotations.TokensAnnotation.class), forms);
                    labelled.set(i, classify(tokens));
                }
            }
        }
        for (List<CoreLabel> tokens : labelled) {
            collectSpans(tokens, spans);
        }
        return spans;
    }

    private List<CoreLabel> classify(List<CoreLabel> tokens) {
        // classifySentence, unlike classify, first derives the word-shape and distributional-similarity
        // features the models were trained with; it returns labelled copies that keep the character offsets.
        List<CoreLabel> labelled = contractions == null
                ? classifier.classifySentence(tokens) : contractions.classify(tokens, classifier::classifySentence);
        if (joinGivenNames) {
            joinGivenNames(labelled);
        }
        return labelled;
    }

    private static List<String> words(List<CoreLabel> tokens) {
        return new AbstractList<>() {
            @Override
            public String get(int index) {
                return tokens.get(index).word();
            }

            @Override
            public int size() {
                return tokens.size();
            }
        };
    }

    /** The running-text forms of the document: its sentences not in capitals (null: not yet labelled) and their names. */
    private static Truecaser.DocumentForms documentForms(List<List<CoreLabel>> labelled) {
        Truecaser.DocumentForms forms = new Truecaser.DocumentForms();
        for (List<CoreLabel> tokens : labelled) {
            // a line in capitals read as it is (a dateline, "LONDON 2026-03-14", a table row) gives no form
            if (tokens != null && !Truecaser.isMostlyUpperCase(words(tokens), 1)) {
                forms.addSentence(words(tokens));
                for (CoreLabel token : tokens) {
                    if (typeOf(token.get(CoreAnnotations.AnswerAnnotation.class)) != null) {
                        forms.addName(token.word());
                    }
                }
            }
        }
        return forms;
    }

    /**
     * Copies of the tokens with their words truecased: the CRF reads the copies, whose character offsets are the
     * original's, so the spans point into the text as it is.
     */
    private List<CoreLabel> truecased(List<CoreLabel> tokens, Truecaser.DocumentForms forms) {
        List<CoreLabel> copies = new ArrayList<>(tokens.size());
        for (CoreLabel token : tokens) {
            CoreLabel copy = new CoreLabel(token);
            String word = truecaser.truecase(token.word(), forms);
            copy.setWord(word);
            copy.setValue(word);
            copies.add(copy);
        }
        return copies;
    }

    /**
     * The CRF often misses the first word of a name it has never seen ("junta chief Min [Aung Hlaing]"): a capitalised
     * untagged word directly before a person, inside a sentence, joins the person unless it is a title or honorific
     * ("NASA Administrator Jim Bridenstine"), the end of a title ("Secretary of State John Kornblum"), or a day or a
     * month ("Last Friday Mitchell", "in March Kaczmarek"; not May, a given name too).
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
                    && !PersonTitles.isTitle(word)
                    && !(DocumentConsistency.isCalendarWord(word) && !word.equals("May"))
                    && !endsTitle(tokens, i - 1)) {
                before.set(CoreAnnotations.AnswerAnnotation.class, "PERSON");
            }
        }
    }

    /**
     * Whether the word at {@code index} ends a title of the form "Secretary of State", "Minister of Finance": it
     * follows "of" (or "of the") after a title.
     */
    private static boolean endsTitle(List<CoreLabel> tokens, int index) {
        int of = index - 1;
        if (of >= 1 && tokens.get(of).word().equals("the")) {
            of--;
        }
        return of >= 1 && tokens.get(of).word().equals("of") && PersonTitles.isTitle(tokens.get(of - 1).word());
    }

    /**
     * Joins runs of equally labelled tokens; the models label inside-only (no B- tags), as CoNLL-2003 scoring expects,
     * and a B- tag, where a model has one, opens a new span. A token of dashes alone never begins or ends a span: the
     * CRF sometimes labels the dash of a wire sign-off line ("-- Jane Doe , London Newsroom") with the name after it.
     * (Other punctuation stays as labelled: a bracket or a quote can belong to a name, "Mladost ( BJ )".)
     */
    private static void collectSpans(List<CoreLabel> tokens, List<EntitySpan> spans) {
        EntityType open = null;
        int start = -1;
        int end = -1;
        for (CoreLabel token : tokens) {
            String label = token.get(CoreAnnotations.AnswerAnnotation.class);
            EntityType type = typeOf(label);
            boolean word = !isDashes(token.word());
            if (type != open || (type != null && label.startsWith("B-"))) {
                if (open != null) {
                    spans.add(new EntitySpan(start, end, open));
                }
                open = word ? type : null;
                start = token.beginPosition();
            }
            if (word) {
                end = token.endPosition();
            }
        }
        if (open != null) {
            spans.add(new EntitySpan(start, end, open));
        }
    }

    private static boolean isDashes(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.getType(word.charAt(i)) != Character.DASH_PUNCTUATION) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    /** The models' labels: English and German PERSON..., Spanish AnCora PERS/ORG/LUG/OTROS, French WikiNER I-PER... */
    private static EntityType typeOf(String label) {
        if (label == null) {
            return null;
        }
        String bare = label.startsWith("B-") || label.startsWith("I-") ? label.substring(2) : label;
        return switch (bare) {
            case "PERSON", "PER", "PERS" -> EntityType.PERSON;
            case "ORGANIZATION", "ORG" -> EntityType.ORGANIZATION;
            case "LOCATION", "LOC", "LUG" -> EntityType.LOCATION;
            case "MISC", "OTROS" -> EntityType.MISC;
            default -> null;
        };
    }

    /** The language of this engine's model, with any region ("en-GB", "de_AT"). */
    @Override
    public boolean supports(String language) {
        return primaryTag(language).equals(this.language);
    }

    @Override
    public String id() {
        return id;
    }
}
