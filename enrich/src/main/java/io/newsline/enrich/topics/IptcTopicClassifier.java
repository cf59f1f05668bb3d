package io.newsline.enrich.topics;

import io.newsline.enrich.topics.internal.ArticleFeatures;
import io.newsline.enrich.topics.internal.ExtraFeatures;
import io.newsline.enrich.topics.internal.FeatureVector;
import io.newsline.enrich.topics.internal.LinearTopicModel;
import io.newsline.enrich.topics.internal.SectionModel;
import io.newsline.enrich.topics.internal.TopicDescent;
import io.newsline.enrich.topics.internal.WordClusters;
import io.newsline.enrich.topics.internal.WordVectors;
import io.newsline.schemas.reference.DataFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Assigns IPTC Media Topics to news text: multi-label, best first, level 1 always, level 2 and deeper where
 * the text gives enough evidence.
 *
 * <p>Level 1 comes from a multinomial logistic regression over hashed words, word pairs, word prefixes and
 * (in Chinese, Japanese, Thai) character pairs, trained on openly licensed topic-labelled news in many
 * languages ({@code topic-model.bin}, made by {@code scripts/train-topics.sh}; sources in
 * {@code TRAINING-DATA.md} beside it). Besides the level-1 topics the model has one class below level 1, the
 * computing industry (economy &gt; products and services &gt; computing and information technology,
 * {@code 20000225}), where IPTC files technology companies, devices and software: its probability counts for
 * economy, and when it holds most of economy's the path down to it is reported, in every language. Scores
 * are probabilities calibrated on sources the model was not trained on, so a threshold means the same on
 * every topic. A further level-1 topic is reported when its probability reaches {@link Settings#alsoShare()},
 * or when it leads at least two paragraphs holding 15 % of a long text's words. For English, the level-1
 * probabilities are a geometric mix with those of a naive Bayes built from IPTC's definitions, the cue
 * lexicon and the hand-written items, weighted more on long texts than on headlines
 * ({@link Settings#naiveBayesWeight(int)}); for short English text, the news sections first move towards those of
 * a section model ({@code section-model.bin}, {@link SectionModel}), then part of the model's news-section prior is
 * taken out ({@link Settings#shortTextPriorCorrection()}). English text then walks down the tree
 * ({@link TopicDescent}). Other languages get level 1 and the model's own branch only.
 *
 * <p>Texts get no topics rather than a guess when their language is known and not one the model was
 * measured to read well ({@code topic-languages.tsv}, written by the trainer), or when under
 * {@link Settings#minKnownShare()} of their words were seen in training. Entity hints (canonical names) are
 * read as extra words.
 *
 * <p>Immutable and thread-safe; load once and share.
 */
public final class IptcTopicClassifier implements TopicClassifier {

    static final String MODEL = "topic-model.bin";
    static final String SECTION_MODEL = "section-model.bin";
    static final String LANGUAGES = "topic-languages.tsv";
    static final String LEXICON = "topic-lexicon.tsv";
    static final String TRAINING_ITEMS = "short-items-train.tsv";
    private static final int MIN_WORDS_FOR_LANGUAGE_CHECK = 5;
    /** A further level-1 topic must lead at least this many paragraphs ... */
    private static final int MIN_PARAGRAPH_VOTES = 2;
    /** ... holding at least this share of the text's words. */
    private static final double MIN_PARAGRAPH_SHARE = 0.15;
    /** A branch class of the model is reported below its level-1 topic when it holds over this share of it. */
    private static final double BRANCH_SHARE = 0.5;

    /**
     * @param alsoShare     minimum calibrated probability of a further level-1 topic
     * @param maxTopLevel   maximum number of level-1 topics
     * @param minKnownShare minimum share of a text's words seen in training (texts of five words or more)
     * @param naiveBayesWeight weight of the naive Bayes level-1 probabilities mixed into the linear model's
     *                      for short English text (0: the linear model alone)
     * @param longTextNaiveBayesWeight the same for English texts of {@link #LONG_TEXT_WORDS} words or more; in
     *                      between, the weight goes linearly from one to the other (the linear model learned
     *                      from headlines and single sentences and reads whole articles less well)
     * @param descent       the walk below level 1
     * @param shortTextPriorCorrection how much of the model's prior ({@link LinearTopicModel#withoutPrior}: how
     *                      common each class's news section was in the English material) is taken out of its
     *                      probabilities for short English text (0: none, 1: all), fading to none at
     *                      {@link #LONG_TEXT_WORDS} words: that material is mostly world news, which pulls headlines
     *                      without strong cues there
     * @param shortTextSectionWeight how far the news sections of a short English text move towards the section
     *                      model's ({@link SectionModel#reweigh}; 0: not at all), fading to 0 at
     *                      {@link #LONG_TEXT_WORDS} words
     */
    public record Settings(double alsoShare, int maxTopLevel, double minKnownShare, double naiveBayesWeight,
                           double longTextNaiveBayesWeight, TopicDescent.Settings descent,
                           double shortTextPriorCorrection, double shortTextSectionWeight) {

        /** Texts up to this many words are short ... */
        public static final int SHORT_TEXT_WORDS = 60;
        /** ... and from this many on long. */
        public static final int LONG_TEXT_WORDS = 300;

        /** The settings the bundled model is evaluated with (docs/QUALITY.md). */
        public static Settings defaults() {
            return new Settings(0.25, 3, 0.55, 0.3, 0.7, TopicDescent.Settings.defaults(), 0.2, 0.5);
        }

        /** @return the weight of the naive Bayes for an English text of {@code words} words */
        double naiveBayesWeight(int words) {
            return naiveBayesWeight + longness(words) * (longTextNaiveBayesWeight - naiveBayesWeight);
        }

        /** @return the share of the training prior taken out for an English text of {@code words} words */
        double priorCorrection(int words) {
            return shortTextPriorCorrection * (1 - longness(words));
        }

        /** @return how far the sections move towards the section model's for an English text of {@code words} words */
        double sectionWeight(int words) {
            return shortTextSectionWeight * (1 - longness(words));
        }

        /** 0 up to {@link #SHORT_TEXT_WORDS} words, 1 from {@link #LONG_TEXT_WORDS}, linear in between. */
        private static double longness(int words) {
            return Math.min(1, Math.max(0, (double) (words - SHORT_TEXT_WORDS) / (LONG_TEXT_WORDS - SHORT_TEXT_WORDS)));
        }
    }

    private final IptcTaxonomy taxonomy;
    private final Settings settings;
    private final LinearTopicModel model;
    /** The news-section decision for short English text, or null. */
    private final SectionModel sections;
    /** The model's classes: level-1 topics, and branches below one (the computing industry under economy). */
    private final IptcTopic[] classes;
    /** The level-1 topics, in the order of the level-1 probabilities. */
    private final IptcTopic[] roots;
    /** Per model class, the slot of its level-1 topic in {@link #roots}. */
    private final int[] rootSlot;
    private final Set<String> languages;
    private final TopicDescent descent;

    private IptcTopicClassifier(IptcTaxonomy taxonomy, Settings settings, LinearTopicModel model,
                                SectionModel sections, Set<String> languages, TopicDescent descent) {
        this.taxonomy = taxonomy;
        this.settings = settings;
        this.model = model;
        this.sections = sections;
        this.languages = Set.copyOf(languages);
        this.descent = descent;
        String[] ids = model.classes();
        this.classes = new IptcTopic[ids.length];
        this.rootSlot = new int[ids.length];
        List<IptcTopic> levelOne = new ArrayList<>();
        for (int j = 0; j < ids.length; j++) {
            classes[j] = taxonomy.get(ids[j]);
            IptcTopic root = taxonomy.root(ids[j]);
            if (!levelOne.contains(root)) {
                levelOne.add(root);
            }
            rootSlot[j] = levelOne.indexOf(root);
        }
        this.roots = levelOne.toArray(IptcTopic[]::new);
        for (ExtraFeatures extras : sections == null ? List.of(model.extraFeatures())
                : List.of(model.extraFeatures(), sections.extraFeatures())) {
            // read now, once: a model that reads clusters or vectors fails here without them
            if (extras.clusterKinds() != 0) {
                WordClusters.onClassPath();
            }
            if (extras.vectorKinds() != 0) {
                WordVectors.onClassPath();
            }
        }
    }

    /** Loads the bundled model, languages, taxonomy and descent material with the default settings. */
    public static IptcTopicClassifier loadDefault() {
        return load(Settings.defaults());
    }

    /** Loads the bundled model, languages, taxonomy and descent material with the given settings. */
    public static IptcTopicClassifier load(Settings settings) {
        try (InputStream in = DataFiles.open(IptcTopicClassifier.class, MODEL);
             InputStream sectionIn = DataFiles.open(IptcTopicClassifier.class, SECTION_MODEL)) {
            return build(LinearTopicModel.read(in), bundledLanguages(), settings)
                    .withSectionModel(LinearTopicModel.read(sectionIn));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the topic model " + MODEL + ": " + e.getMessage(), e);
        }
    }

    /**
     * Builds a classifier around a given level-1 model (the trainer's cross-validation does, with models
     * trained without the source it tests on) and the bundled taxonomy and descent material.
     *
     * @param languages primary language subtags ({@code en}, {@code zh}) whose texts get topics
     */
    public static IptcTopicClassifier build(LinearTopicModel model, Set<String> languages, Settings settings) {
        IptcTaxonomy taxonomy = IptcTaxonomy.loadDefault();
        TopicDescent descent = TopicDescent.build(taxonomy, settings.descent(),
                DataFiles.lines(IptcTopicClassifier.class, LEXICON),
                DataFiles.lines(IptcTopicClassifier.class, TRAINING_ITEMS));
        return new IptcTopicClassifier(taxonomy, settings, model, null, languages, descent);
    }

    /** @return a classifier like this one that gives topics to texts in the given languages only */
    public IptcTopicClassifier withLanguages(Set<String> otherLanguages) {
        return new IptcTopicClassifier(taxonomy, settings, model, sections, otherLanguages, descent);
    }

    /** @return a classifier like this one around another level-1 model and language set */
    public IptcTopicClassifier withModel(LinearTopicModel otherModel, Set<String> otherLanguages) {
        SectionModel otherSections = sections == null ? null
                : new SectionModel(sections.model(), otherModel.classes(), taxonomy);
        return new IptcTopicClassifier(taxonomy, settings, otherModel, otherSections, otherLanguages, descent);
    }

    /** @return a classifier like this one with a section model ({@link SectionModel}'s classes) */
    public IptcTopicClassifier withSectionModel(LinearTopicModel sectionModel) {
        return new IptcTopicClassifier(taxonomy, settings, model,
                new SectionModel(sectionModel, model.classes(), taxonomy), languages, descent);
    }

    /** The primary language subtags the bundled model gives topics to: the enabled rows of the languages file. */
    public static Set<String> bundledLanguages() {
        return DataFiles.lines(IptcTopicClassifier.class, LANGUAGES).stream()
                .map(l -> l.split("\t"))
                .filter(f -> f.length > 1 && f[1].equals("yes"))
                .map(f -> f[0])
                .collect(Collectors.toUnmodifiableSet());
    }

    /** @return the taxonomy the classifier assigns from */
    public IptcTaxonomy taxonomy() {
        return taxonomy;
    }

    /** @return the primary language subtags whose texts get topics */
    public Set<String> languages() {
        return languages;
    }

    /**
     * @return the topics of the text, best first; empty when the language is one the model does not read or
     *     the text has too few words the model knows. Level-1 scores are calibrated probabilities; a child's
     *     score is its parent's times its share among its siblings.
     */
    @Override
    public List<TopicScore> classify(TopicInput input) {
        String language = primaryLanguage(input.language());
        if (language != null && !languages.contains(language)) {
            return List.of();
        }
        boolean english = language == null || language.equals("en");
        ExtraFeatures topicExtras = english ? model.extraFeatures().english() : model.extraFeatures().otherLanguages();
        ExtraFeatures sectionExtras = english && sections != null ? sections.extraFeatures() : ExtraFeatures.NONE;
        // the text is read once, headline, paragraphs and hints apart, for the topic, section and paragraph vectors
        ArticleFeatures features = new ArticleFeatures(input.title(), input.text(), input.entityHints());
        FeatureVector vector = features.topicVector(topicExtras);
        double known = model.knownShare(vector);
        if (known * vector.wordCount() < 1
                || (vector.wordCount() >= MIN_WORDS_FOR_LANGUAGE_CHECK && known < settings.minKnownShare())) {
            return List.of();
        }
        double[] modelP = model.probabilities(vector);
        if (english) {
            double sectionWeight = settings.sectionWeight(vector.wordCount());
            if (sections != null && sectionWeight > 0) {
                sections.reweigh(modelP, features.sectionVector(sectionExtras, input.title(), input.text()),
                        sectionWeight);
            }
            model.withoutPrior(modelP, settings.priorCorrection(vector.wordCount()));
        }
        double[] p = levelOne(modelP);
        TopicDescent.Evidence evidence = english ? evidence(input, input.text()) : null;
        double w = settings.naiveBayesWeight(vector.wordCount());
        double[] nb = english && w > 0 ? descent.levelOne(evidence, rootIds()) : null;
        if (nb != null) {
            // English: a geometric mix with the naive Bayes of the curated material, which knows news
            // vocabulary the labelled English news lacks (measured: better level-1 accuracy on held-out sources)
            for (int j = 0; j < p.length; j++) {
                p[j] = (1 - w) * Math.log(p[j]) + w * Math.log(nb[j]);
            }
            LinearTopicModel.softmax(p);
        }
        Integer[] order = rank(p);
        List<TopicScore> out = new ArrayList<>();
        boolean[] chosen = new boolean[p.length];
        double best = p[order[0]];
        for (int r = 0; r < order.length && r < settings.maxTopLevel(); r++) {
            double score = p[order[r]];
            if (r > 0 && score < settings.alsoShare()) {
                break;
            }
            chosen[order[r]] = true;
            add(order[r], score, evidence, modelP, out);
        }
        if (features.paragraphs().size() > 1) {
            paragraphTopics(features, topicExtras, chosen, best, english, modelP, out);
        }
        out.sort(Comparator.comparingDouble(TopicScore::score).reversed().thenComparingInt(TopicScore::level));
        return List.copyOf(out);
    }

    /**
     * Paragraph by paragraph, each paragraph votes for its best level-1 topic, so a topic that leads a good
     * part of a long article is reported even when another one leads the whole. Its level-2 path is read
     * from the paragraphs it won.
     */
    private void paragraphTopics(ArticleFeatures features, ExtraFeatures extras, boolean[] chosen, double best,
                                 boolean english, double[] modelP, List<TopicScore> out) {
        List<String> paragraphs = features.paragraphs();
        int[] votes = new int[chosen.length];
        int[] words = new int[chosen.length];
        List<StringBuilder> won = new ArrayList<>();
        for (int j = 0; j < chosen.length; j++) {
            won.add(new StringBuilder());
        }
        int total = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            FeatureVector v = features.paragraphVector(i, extras);
            int winner = rank(levelOne(model.probabilities(v)))[0];
            votes[winner]++;
            words[winner] += v.wordCount();
            total += v.wordCount();
            won.get(winner).append(paragraphs.get(i)).append('\n');
        }
        for (int j = 0; j < chosen.length; j++) {
            double share = total == 0 ? 0 : (double) words[j] / total;
            if (!chosen[j] && votes[j] >= MIN_PARAGRAPH_VOTES && share >= MIN_PARAGRAPH_SHARE) {
                chosen[j] = true;
                TopicDescent.Evidence own = english ? descent.newEvidence().addText(won.get(j)) : null;
                add(j, Math.min(best, share), own, modelP, out);
            }
        }
    }

    /**
     * Adds a level-1 topic and the path below it: the model's own branch of that topic when it holds more than
     * {@link #BRANCH_SHARE} of the topic's probability (in any language), otherwise, for English, the naive
     * Bayes walk.
     */
    private void add(int slot, double score, TopicDescent.Evidence evidence, double[] modelP, List<TopicScore> out) {
        IptcTopic topic = roots[slot];
        out.add(new TopicScore(topic.id(), topic.label(), 1, round(score)));
        double mass = 0;
        int branch = -1;
        for (int j = 0; j < classes.length; j++) {
            if (rootSlot[j] == slot) {
                mass += modelP[j];
                branch = classes[j].level() > 1 && (branch < 0 || modelP[j] > modelP[branch]) ? j : branch;
            }
        }
        if (branch >= 0 && modelP[branch] > BRANCH_SHARE * mass) {
            double branchScore = score * modelP[branch] / mass;
            List<IptcTopic> path = taxonomy.path(classes[branch].id());
            for (IptcTopic below : path.subList(1, path.size())) {
                out.add(new TopicScore(below.id(), below.label(), below.level(), round(branchScore)));
            }
            if (evidence != null) {
                descent.descend(evidence, classes[branch].id(), branchScore, out);
            }
        } else if (evidence != null) {
            descent.descend(evidence, topic.id(), score, out);
        }
    }

    /** The level-1 probabilities: each model class's probability added to its level-1 topic's. */
    private double[] levelOne(double[] modelP) {
        double[] p = new double[roots.length];
        for (int j = 0; j < modelP.length; j++) {
            p[rootSlot[j]] += modelP[j];
        }
        return p;
    }

    private String[] rootIds() {
        String[] ids = new String[roots.length];
        for (int i = 0; i < roots.length; i++) {
            ids[i] = roots[i].id();
        }
        return ids;
    }

    private static double round(double score) {
        return Math.round(score * 1e4) / 1e4;
    }

    private TopicDescent.Evidence evidence(TopicInput input, String text) {
        TopicDescent.Evidence evidence = descent.newEvidence().addTitle(input.title());
        input.entityHints().forEach(evidence::addText);
        return evidence.addText(text);
    }

    private static Integer[] rank(double[] p) {
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
        return order;
    }

    /** @return the lower-cased primary subtag of a language tag, or null when the tag is absent or "und" */
    static String primaryLanguage(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String l = tag.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = l.indexOf('-');
        String primary = dash < 0 ? l : l.substring(0, dash);
        return primary.equals("und") ? null : primary;
    }
}
