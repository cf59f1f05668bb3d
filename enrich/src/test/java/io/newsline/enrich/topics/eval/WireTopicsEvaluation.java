package io.newsline.enrich.topics.eval;

import io.newsline.enrich.topics.IptcTaxonomy;
import io.newsline.enrich.topics.IptcTopicClassifier;
import io.newsline.enrich.topics.TopicInput;
import io.newsline.enrich.topics.TopicScore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bundled topic classifier on real wire stories labelled by hand: each item is a story's headline and its first
 * one or two sentences, labelled with one IPTC level-1 topic (or the computing-industry branch) and with the desk a
 * wire service files it under (world, sports, business, scitech). Prints, per set and for all items: the
 * four-section accuracy against the desk labels (the section of the best topic followed down its best path, as
 * {@link NewsSection#ofAnswer}), the mean of the four recalls, the confusion matrix, and the level-1 accuracy
 * against the IPTC labels. Built by {@code scripts/eval-topics-wire.sh} from a user's copies of the stories.
 *
 * <p>Usage: {@code WireTopicsEvaluation ITEMS_TSV [--errors]}, the file's columns: id, set, headline, lead, iptc,
 * desk. An item whose IPTC column is {@code -} has a desk label only (a four-class benchmark): the IPTC figures are
 * then read over the items that have one, and left out when none has.
 */
public final class WireTopicsEvaluation {

    /** The IPTC column of an item that has a desk label only. */
    private static final String NO_IPTC_LABEL = "-";

    private WireTopicsEvaluation() {}

    private record Item(String id, String set, String headline, String lead, String iptc, NewsSection desk) {}

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: WireTopicsEvaluation ITEMS_TSV [--errors]");
            System.exit(2);
        }
        boolean errors = List.of(args).contains("--errors");
        IptcTopicClassifier classifier = IptcTopicClassifier.load(ExperimentSettings.classifier());
        IptcTaxonomy taxonomy = classifier.taxonomy();
        Map<String, List<Item>> bySet = new LinkedHashMap<>();
        List<Item> all = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            Item item = new Item(f[0], f[1], f[2], f[3], f[4], NewsSection.valueOf(f[5].toUpperCase(Locale.ROOT)));
            bySet.computeIfAbsent(item.set(), k -> new ArrayList<>()).add(item);
            all.add(item);
        }
        bySet.forEach((set, items) -> score(set, items, classifier, taxonomy, errors));
        score("all", all, classifier, taxonomy, false);
    }

    private static void score(String name, List<Item> items, IptcTopicClassifier classifier, IptcTaxonomy taxonomy,
            boolean errors) {
        int sections = NewsSection.values().length;
        int[][] confusion = new int[sections][sections];
        int level1 = 0;
        int iptcSectionRight = 0;
        int withIptc = 0;
        int[] unanswered = new int[sections];
        for (Item item : items) {
            List<TopicScore> topics = classifier.classify(new TopicInput(item.headline(), item.lead(), "en", List.of()));
            NewsSection got = NewsSection.ofAnswer(topics, taxonomy);
            if (topics.isEmpty()) {
                unanswered[item.desk().ordinal()]++;
            }
            confusion[item.desk().ordinal()][got.ordinal()]++;
            if (!item.iptc().equals(NO_IPTC_LABEL)) {
                withIptc++;
                String best = topics.isEmpty() ? "" : topics.get(0).id();
                String gold = item.iptc().equals(NewsSection.COMPUTING_INDUSTRY) ? NewsSection.ECONOMY : item.iptc();
                if (best.equals(gold)) {
                    level1++;
                }
                if (got == NewsSection.ofTopic(item.iptc(), taxonomy)) {
                    iptcSectionRight++;
                }
            }
            if (errors && got != item.desk()) {
                System.out.printf(Locale.ROOT, "   miss %s: desk %s got %s [%s] | %s | %s%n", item.id(), item.desk(), got,
                        topics.isEmpty() ? "no topic" : topics.get(0).label(), item.headline(), item.lead());
            }
        }
        int right = 0;
        double recalls = 0;
        StringBuilder rows = new StringBuilder();
        String largest = "-";
        double largestShare = 0;
        for (NewsSection gold : NewsSection.values()) {
            int total = 0;
            for (int n : confusion[gold.ordinal()]) {
                total += n;
            }
            right += confusion[gold.ordinal()][gold.ordinal()];
            recalls += ratio(confusion[gold.ordinal()][gold.ordinal()], total);
            rows.append(String.format(Locale.ROOT, "  %-8s %4d |", gold.name().toLowerCase(Locale.ROOT), total));
            for (NewsSection got : NewsSection.values()) {
                double share = ratio(confusion[gold.ordinal()][got.ordinal()], total);
                rows.append(String.format(Locale.ROOT, " %5.3f", share));
                if (got != gold && share > largestShare) {
                    largestShare = share;
                    largest = gold.name().toLowerCase(Locale.ROOT) + " -> " + got.name().toLowerCase(Locale.ROOT);
                }
            }
            rows.append('\n');
        }
        System.out.printf(Locale.ROOT, "== %s: %d items%n", name, items.size());
        System.out.printf(Locale.ROOT, "  desk accuracy %.3f (%d/%d), equal weight %.3f, largest confusion %s %.3f%n",
                ratio(right, items.size()), right, items.size(), recalls / sections, largest, largestShare);
        int none = 0;
        for (int n : unanswered) {
            none += n;
        }
        System.out.printf(Locale.ROOT, "  no topic for %d items (counted as world above); with them wrong: accuracy %.3f%n",
                none, ratio(right - unanswered[NewsSection.WORLD.ordinal()], items.size()));
        if (withIptc > 0) {
            System.out.printf(Locale.ROOT, "  level-1 IPTC accuracy %.3f; section of the IPTC label %.3f (%d items)%n",
                    ratio(level1, withIptc), ratio(iptcSectionRight, withIptc), withIptc);
        }
        System.out.println("  desk      rows | answered: world sports business scitech");
        System.out.print(rows);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
