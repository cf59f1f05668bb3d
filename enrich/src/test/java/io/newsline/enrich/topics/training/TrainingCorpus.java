package io.newsline.enrich.topics.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.enrich.topics.IptcTaxonomy;
import io.newsline.enrich.topics.IptcTopic;
import io.newsline.enrich.topics.IptcTopicClassifier;
import io.newsline.enrich.topics.eval.NewsSection;
import io.newsline.enrich.topics.internal.ExtraFeatures;
import io.newsline.enrich.topics.internal.FeatureVector;
import io.newsline.schemas.reference.DataFiles;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the training material: the topic-labelled news of {@code ../shared/topics-train} (each item's first
 * level-1 IPTC code is its class) and the project's own bundled material (hand-written short items, IPTC
 * labels and definitions, the cue lexicon), each labelled with its level-1 topic.
 *
 * <p>Items whose source category is deliberately unmapped are dropped, except HuffPost's world-news
 * sections, which are kept unlabelled as held-out "world" items for the four-section check.
 */
final class TrainingCorpus {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final List<String> SOURCES = List.of("mewsc16", "sib200", "huffpost", "wikinews-ja-jfinteb");
    private static final Set<String> NEWS_SOURCES = Set.of("mewsc16", "sib200", "huffpost", "jfinteb");
    private static final Set<String> HUFFPOST_WORLD = Set.of("WORLD NEWS", "WORLDPOST", "THE WORLDPOST",
            "POLITICS", "CRIME");
    private static final Set<String> HUFFPOST_BUSINESS = Set.of("BUSINESS", "MONEY");
    private static final Set<String> HUFFPOST_SCITECH = Set.of("TECH", "SCIENCE");
    /** IPTC's computing and information technology, under economy &gt; products and services. */
    static final String COMPUTING_INDUSTRY = "20000225";
    private static final String SCIENCE = "13000000";
    private static final String POLITICS = "11000000";
    private static final String CONFLICT = "16000000";
    private static final String HEALTH = "07000000";
    private static final String LIFESTYLE = "10000000";
    /** HuffPost's lifestyle sections that carry health and medical stories. */
    private static final Set<String> HUFFPOST_WELLNESS = Set.of("WELLNESS", "HEALTHY LIVING");
    private final BranchCues computingCues = new BranchCues(BranchCues.COMPUTING_INDUSTRY);
    private final BranchCues conflictCues = new BranchCues(BranchCues.ARMED_CONFLICT);
    private final BranchCues medicalResearchCues = new BranchCues(BranchCues.MEDICAL_RESEARCH);

    private final IptcTaxonomy taxonomy;
    private final List<String> classes;
    private final Map<String, Integer> classIndex = new HashMap<>();
    private final TrainingSettings settings;

    TrainingCorpus(IptcTaxonomy taxonomy, TrainingSettings settings) {
        this.taxonomy = taxonomy;
        this.settings = settings;
        List<String> ids = new ArrayList<>(taxonomy.topLevel().stream().map(IptcTopic::id).toList());
        ids.add(COMPUTING_INDUSTRY);
        this.classes = List.copyOf(ids);
        for (int i = 0; i < classes.size(); i++) {
            classIndex.put(classes.get(i), i);
        }
    }

    /** @return the model's classes in order: the level-1 IPTC ids, then the computing-industry branch */
    List<String> classes() {
        return classes;
    }

    /** Reads every source file of {@code dir} and the bundled material. */
    List<TrainingItem> read(Path dir) throws IOException {
        List<TrainingItem> items = new ArrayList<>();
        for (String source : SOURCES) {
            Path file = dir.resolve(source + ".jsonl");
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (!line.isBlank()) {
                        TrainingItem item = newsItem(source.startsWith("wikinews-ja") ? "jfinteb" : source,
                                JSON.readTree(line));
                        if (item != null) {
                            items.add(item);
                        }
                    }
                }
            }
        }
        items.addAll(bundled());
        items = relabel(items, SCIENCE, COMPUTING_INDUSTRY, computingCues);
        items = relabel(items, POLITICS, CONFLICT, conflictCues);
        if (settings.medicalResearchFromHealth()) {
            items = relabel(items, HEALTH, SCIENCE, medicalResearchCues);
        }
        if (settings.medicalResearchFromLifestyle()) {
            items = relabel(items, LIFESTYLE, SCIENCE, medicalResearchCues, HUFFPOST_WELLNESS::contains);
        }
        return items;
    }

    /**
     * Moves labelled English news items of class {@code from} that contain one of the cues to class {@code to},
     * where the sources file a topic differently from IPTC: technology news (products, apps, the companies making
     * them) is filed under science and technology, where IPTC puts the computing industry under economy; war
     * stories under politics; medical research under health. A SIB-200 sentence moves in every language when its
     * English original does (the translations share its FLORES id). The project's own material is labelled by IPTC
     * already and stays.
     */
    private List<TrainingItem> relabel(List<TrainingItem> items, String from, String to, BranchCues cues) {
        return relabel(items, from, to, cues, category -> true);
    }

    /** The same, for the items of {@code from} whose source category {@code categories} accepts. */
    private List<TrainingItem> relabel(List<TrainingItem> items, String from, String to, BranchCues cues,
                                       java.util.function.Predicate<String> categories) {
        int fromClass = classIndex.get(from);
        int toClass = classIndex.get(to);
        Set<String> sibSentences = new java.util.HashSet<>();
        for (TrainingItem item : items) {
            if (item.source().equals("sib200") && item.label() == fromClass && item.lang().equals("en")
                    && cues.matches(item.text())) {
                sibSentences.add(floresId(item.id()));
            }
        }
        List<TrainingItem> out = new ArrayList<>(items.size());
        for (TrainingItem item : items) {
            boolean news = NEWS_SOURCES.contains(item.source());
            boolean moves = item.label() == fromClass && news && categories.test(item.category())
                    && (item.source().equals("sib200")
                    ? sibSentences.contains(floresId(item.id()))
                    : item.lang().equals("en") && cues.matches(item.title() + " " + item.text()));
            out.add(moves ? item.withLabel(toClass) : item);
        }
        return out;
    }

    private static String floresId(String id) {
        return id.substring(id.lastIndexOf(':') + 1);
    }

    private TrainingItem newsItem(String source, JsonNode n) {
        String category = n.path("labels").path(0).asText("");
        int label = -1;
        for (JsonNode code : n.path("iptc")) {
            String id = code.asText().replace("medtop:", "");
            Integer index = classIndex.get(id);
            if (index != null) {
                label = index;
                break;
            }
        }
        NewsSection section = label >= 0 ? NewsSection.ofTopic(classes.get(label), taxonomy) : null;
        if (source.equals("huffpost")) {
            section = HUFFPOST_WORLD.contains(category) ? NewsSection.WORLD
                    : category.equals("SPORTS") ? NewsSection.SPORTS
                    : HUFFPOST_BUSINESS.contains(category) ? NewsSection.BUSINESS
                    : HUFFPOST_SCITECH.contains(category) ? NewsSection.SCITECH : null;
        }
        if (label < 0 && section == null) {
            return null;
        }
        String title = n.path("title").asText("");
        String text = n.path("text").asText("");
        String lang = n.path("lang").asText();
        return new TrainingItem(source, n.path("id").asText(), lang, title, text, label, section, category,
                n.path("date").asText(""), settings.sourceWeight(source), features(lang, title, text));
    }

    /** The project's own items, IPTC's labels and definitions, and the cue lexicon, all English. */
    private List<TrainingItem> bundled() {
        List<TrainingItem> out = new ArrayList<>();
        for (String line : DataFiles.lines(IptcTopicClassifier.class, "short-items-train.tsv")) {
            String[] f = line.split("\t");
            String text = f.length > 2 ? f[2] : "";
            out.add(ownItem("items", f[0], f[1], text));
        }
        for (IptcTopic topic : taxonomy.all()) {
            out.add(ownItem("iptc", topic.id(), topic.label(), topic.definition()));
        }
        for (String line : DataFiles.lines(IptcTopicClassifier.class, "topic-lexicon.tsv")) {
            String[] f = line.split("\t");
            // one item per term, so no word pair joins the end of one term to the next
            for (String term : f[1].split(",")) {
                out.add(ownItem("lexicon", f[0], "", term.trim()));
            }
        }
        return out;
    }

    private TrainingItem ownItem(String source, String iptcId, String title, String text) {
        int label = taxonomy.isUnder(iptcId, COMPUTING_INDUSTRY) ? classIndex.get(COMPUTING_INDUSTRY)
                : classIndex.get(taxonomy.root(iptcId).id());
        return new TrainingItem(source, source + ":" + iptcId, "en", title, text, label,
                NewsSection.ofTopic(iptcId, taxonomy), "", "", settings.sourceWeight(source),
                features("en", title, text));
    }

    /**
     * The topic model's features of an item, as the classifier reads the text: the words, and, when the model reads
     * them, for English the word clusters and word vectors, for other languages the letter sequences inside long
     * words.
     */
    private FeatureVector features(String lang, String title, String text) {
        ExtraFeatures extras = lang.equals("en") ? settings.topicExtras().english()
                : settings.topicExtras().otherLanguages();
        if (extras.isNone()) {
            return FeatureVector.of(title, text);
        }
        return new FeatureVector.Collector().add(title).add(text).addExtras(title, extras).addExtras(text, extras)
                .build();
    }
}
