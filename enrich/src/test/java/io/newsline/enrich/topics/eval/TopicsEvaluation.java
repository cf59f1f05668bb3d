package io.newsline.enrich.topics.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.enrich.topics.IptcTaxonomy;
import io.newsline.enrich.topics.IptcTopicClassifier;
import io.newsline.enrich.topics.TopicInput;
import io.newsline.enrich.topics.TopicScore;
import io.newsline.schemas.reference.DataFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates {@link IptcTopicClassifier}: level-1 accuracy on the hand-labelled scrapinghub articles, the
 * four-section accuracy on short items (the first sentences of those articles, and hand-written items), and
 * the level-2 overlap. Run by {@code scripts/eval-topics.sh}.
 *
 * <p>Usage: {@code TopicsEvaluation TOPICS_JSONL GROUND_TRUTH_JSON HELD_OUT_TSV... [--errors]}
 */
public final class TopicsEvaluation {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][\"'\u201d\u2019]?\\s+(?=[\"'\u201c\u2018]?[A-Z0-9])");

    private TopicsEvaluation() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: TopicsEvaluation TOPICS_JSONL GROUND_TRUTH_JSON HELD_OUT_TSV... [--errors]");
            System.exit(2);
        }
        boolean showErrors = List.of(args).contains("--errors");
        List<Path> heldOutFiles = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                heldOutFiles.add(Path.of(args[i]));
            }
        }
        IptcTopicClassifier classifier = IptcTopicClassifier.load(ExperimentSettings.classifier());
        IptcTaxonomy tax = classifier.taxonomy();
        List<Row> rows = readRows(Path.of(args[0]), Path.of(args[1]));
        System.out.println("== scrapinghub articles, full text, level 1 (" + rows.size() + " rows)");
        articleScores(classifier, rows, false, showErrors);
        articleScores(classifier, rows.stream().filter(r -> !r.notNews).toList(), true, false);
        perTopic(classifier, rows);

        System.out.println();
        System.out.println("== four sections, short items (section of the best topic, followed down its best path;"
                + " in brackets: best level-1 topic alone)");
        List<Item> leads = new ArrayList<>();
        for (Row r : rows) {
            leads.add(new Item("", lead(r.body), goldSection(r, tax), r.top));
        }
        sectionScores("scrapinghub leads (first 1-2 sentences), all", classifier, leads, showErrors);
        List<Item> newsLeads = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).notNews) {
                newsLeads.add(leads.get(i));
            }
        }
        sectionScores("scrapinghub leads, not_news=false", classifier, newsLeads, false);
        List<Item> heldOut = new ArrayList<>();
        for (Path file : heldOutFiles) {
            List<Item> items;
            try (InputStream in = Files.newInputStream(file)) {
                items = readItems(DataFiles.numberedLines(in, file.toString()).stream().map(DataFiles.Line::text)
                        .toList(), tax);
            }
            sectionScores("held out: " + file.getFileName(), classifier, items, showErrors);
            heldOut.addAll(items);
        }
        if (heldOutFiles.size() > 1) {
            sectionScores("held out: all", classifier, heldOut, false);
        }
        List<Item> train = readItems(DataFiles.lines(IptcTopicClassifier.class, "short-items-train.tsv"), tax);
        sectionScores("hand-written items, training (not a test)", classifier, train, false);
    }

    private static void articleScores(IptcTopicClassifier c, List<Row> rows, boolean newsOnly, boolean errors) {
        IptcTaxonomy tax = c.taxonomy();
        int correct = 0;
        int acceptable = 0;
        int l2rows = 0;
        int l2hit = 0;
        int empty = 0;
        for (Row r : rows) {
            List<TopicScore> topics = c.classify(new TopicInput("", r.body, "en", List.of()));
            if (topics.isEmpty()) {
                empty++;
            }
            String best = topics.isEmpty() ? "" : topics.get(0).id();
            if (best.equals(r.top)) {
                correct++;
            } else if (r.also.contains(best)) {
                acceptable++;
            } else if (errors) {
                System.out.printf("   miss: gold %s got %s  %s%n", r.top, describe(topics, 3), r.url);
            }
            if (!r.second.isEmpty()) {
                l2rows++;
                boolean hit = false;
                for (TopicScore t : topics) {
                    if (t.level() < 2) {
                        continue;
                    }
                    for (String s : r.second) {
                        hit |= tax.isUnder(t.id(), s) || tax.isUnder(s, t.id());
                    }
                }
                if (hit) {
                    l2hit++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%-22s accuracy %.3f (%d/%d)  acceptable %.3f  accuracy+acceptable %.3f"
                        + "  level-2 overlap %.3f (%d/%d)  no topics %d%n",
                newsOnly ? "not_news=false" : "all", ratio(correct, rows.size()), correct, rows.size(),
                ratio(acceptable, rows.size()), ratio(correct + acceptable, rows.size()),
                ratio(l2hit, l2rows), l2hit, l2rows, empty);
    }

    /** Per level-1 topic: precision and recall of the best topic against {@code top}, all rows. */
    private static void perTopic(IptcTopicClassifier c, List<Row> rows) {
        Map<String, int[]> counts = new java.util.TreeMap<>(); // gold, answered, right
        for (Row r : rows) {
            List<TopicScore> topics = c.classify(new TopicInput("", r.body, "en", List.of()));
            String best = topics.isEmpty() ? "" : topics.get(0).id();
            counts.computeIfAbsent(r.top, k -> new int[3])[0]++;
            if (!best.isEmpty()) {
                counts.computeIfAbsent(best, k -> new int[3])[1]++;
                counts.get(best)[2] += best.equals(r.top) ? 1 : 0;
            }
        }
        System.out.println("  | topic | rows | answered | precision | recall |");
        counts.forEach((id, n) -> System.out.printf(Locale.ROOT, "  | %s %s | %d | %d | %.2f | %.2f |%n", id,
                c.taxonomy().get(id).label(), n[0], n[1], ratio(n[2], n[1]), ratio(n[2], n[0])));
    }

    private static double sectionScores(String name, IptcTopicClassifier c, List<Item> items, boolean errors) {
        int correct = 0;
        int correctStrict = 0;
        Map<NewsSection, int[]> perSection = new EnumMap<>(NewsSection.class);
        for (Item it : items) {
            List<TopicScore> topics = c.classify(new TopicInput(it.title, it.text, "en", List.of()));
            NewsSection got = NewsSection.ofAnswer(topics, c.taxonomy());
            int[] counts = perSection.computeIfAbsent(it.gold, k -> new int[2]);
            counts[1]++;
            if (got == it.gold) {
                correct++;
                counts[0]++;
            } else if (errors) {
                System.out.printf("   miss: gold %s got %s [%s]  %s | %s%n", it.gold, got, describe(topics, 3),
                        it.title, abbreviate(it.text, 100));
            }
            if (NewsSection.ofBestTopicOnly(topics, c.taxonomy()) == it.gold) {
                correctStrict++;
            }
        }
        StringBuilder per = new StringBuilder();
        perSection.forEach((s, n) -> per.append(String.format(Locale.ROOT, " %s %.2f (%d)", s.name().toLowerCase(
                Locale.ROOT), ratio(n[0], n[1]), n[1])));
        System.out.printf(Locale.ROOT, "%-50s accuracy %.3f (%d/%d) [%.3f] |%s%n", name, ratio(correct, items.size()),
                correct, items.size(), ratio(correctStrict, items.size()), per);
        return ratio(correct, items.size());
    }

    /** The gold section of an article: its top topic's, or science/technology when a second topic is in the IT branch. */
    private static NewsSection goldSection(Row r, IptcTaxonomy tax) {
        NewsSection top = NewsSection.ofTopic(r.top, tax);
        if (top == NewsSection.BUSINESS) {
            for (String s : r.second) {
                if (tax.isUnder(s, NewsSection.ECONOMY) && NewsSection.ofTopic(s, tax) == NewsSection.SCITECH) {
                    return NewsSection.SCITECH;
                }
            }
        }
        return top;
    }

    static String lead(String body) {
        String text = body.strip();
        Matcher m = SENTENCE_END.matcher(text);
        int end = text.length();
        int sentences = 0;
        int from = 0;
        while (m.find(from)) {
            end = m.start() + 1;
            sentences++;
            if (sentences >= 2 || end >= 120) {
                break;
            }
            from = m.end();
        }
        if (end > 400) {
            end = text.lastIndexOf(' ', 400) > 0 ? text.lastIndexOf(' ', 400) : 400;
        }
        return text.substring(0, Math.min(end, text.length()));
    }

    private record Row(String url, String body, String top, List<String> also, List<String> second, boolean notNews) {}

    private record Item(String title, String text, NewsSection gold, String iptc) {}

    private static List<Row> readRows(Path topics, Path groundTruth) throws IOException {
        JsonNode gt = JSON.readTree(groundTruth.toFile());
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(topics, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = JSON.readTree(line);
            JsonNode article = gt.get(n.get("id").asText());
            rows.add(new Row(n.get("url").asText(), article.get("articleBody").asText(""), n.get("top").asText(),
                    strings(n.get("also")), strings(n.get("second")), n.get("not_news").asBoolean()));
        }
        return rows;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(x -> out.add(x.asText()));
        }
        return out;
    }

    private static List<Item> readItems(List<String> lines, IptcTaxonomy tax) {
        List<Item> items = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            items.add(new Item(f[1], f.length > 2 ? f[2] : "", NewsSection.ofTopic(f[0], tax), f[0]));
        }
        return items;
    }

    private static String describe(List<TopicScore> topics, int max) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < topics.size() && i < max; i++) {
            TopicScore t = topics.get(i);
            b.append(i > 0 ? ", " : "").append(t.label()).append(String.format(Locale.ROOT, " %.2f", t.score()));
        }
        return b.toString();
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }
}
