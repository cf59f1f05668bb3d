package io.newsline.publish.match.eval;

import io.newsline.publish.match.eval.Corpus.Article;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Deterministic generator of labelled text pairs from real articles: edited and truncated copies (positives) and
 * near-miss negatives (different articles on one topic, a next-day story reusing background paragraphs). The same
 * seed always gives the same cases.
 */
public final class SyntheticCases {

    /** A labelled pair. {@code keptShare} is the share of the original's words the copy keeps (1 if not cut). */
    public record Case(String category, String name, String a, String b, boolean copy, double keptShare) {
    }

    /** Topics the benchmark's article set covers several times, by a word of their url: near-miss negatives. */
    static final List<String> TOPICS = List.of("wework", "stadia", "europa", "duvet", "feather", "meth-were",
            "plague", "omar", "home-depot", "moon", "lunar", "hibernat", "doobie", "epstein", "hong-kong", "macbook",
            "impeachment", "black-friday", "sondland", "trade");

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’']?)\\s+(?=[\"“‘A-Z0-9])");
    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(on )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    private static final Pattern MONEY = Pattern.compile("(\\$[0-9][0-9.,]*( (million|billion))?)");
    private static final List<String> NAVIGATION = List.of("Home", "Latest", "World", "Business", "Tech",
            "Recommended Video", "Text size:", "Read more: Stocks slide as investors weigh rate outlook",
            "Photo: AFP", "Advertisement", "Share this article", "Follow us on Twitter", "Most Read",
            "Read more: Markets rally after central bank holds rates");

    private final Random random;
    private final List<String> vocabulary = new ArrayList<>();

    public SyntheticCases(long seed) {
        this.random = new Random(seed);
    }

    public List<Case> generate(List<Article> articles) {
        for (Article article : articles) {
            for (String word : article.body().split("\\s+")) {
                if (word.length() > 3 && word.chars().allMatch(Character::isLetter)) {
                    vocabulary.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        List<Case> cases = new ArrayList<>();
        List<Article> usable = articles.stream()
                .filter(a -> a.paragraphs().size() >= 4 && words(a.body()) >= 150).toList();
        for (Article article : usable) {
            addCopies(article, cases);
        }
        for (int i = 0; i < usable.size(); i++) {
            Article article = usable.get(i);
            if (article.paragraphs().size() >= 6) {
                Article other = sameTopic(article, usable).orElse(usable.get((i + 1 + random.nextInt(usable.size() - 1))
                        % usable.size()));
                addNextDay(article, other, cases);
            }
        }
        for (int i = 0; i < articles.size(); i++) {
            for (int j = i + 1; j < articles.size(); j++) {
                Article a = articles.get(i);
                Article b = articles.get(j);
                String category = topicOf(a).isPresent() && topicOf(a).equals(topicOf(b))
                        ? "negative: same topic, different article" : "negative: different articles";
                cases.add(new Case(category, a.id() + "+" + b.id(), a.body(), b.body(), false, 1));
            }
        }
        return cases;
    }

    private void addCopies(Article article, List<Case> cases) {
        List<String> paragraphs = article.paragraphs();
        String original = String.join("\n", paragraphs);
        int totalWords = words(original);
        for (int keep = 1; keep < paragraphs.size(); keep++) {
            String cut = String.join("\n", paragraphs.subList(0, keep));
            cases.add(new Case("copy: truncated", article.id() + "@" + keep, original, cut, true,
                    (double) words(cut) / totalWords));
        }
        cases.add(copy("copy: sentences dropped (20%)", article, original, dropSentences(paragraphs, 0.2)));
        cases.add(copy("copy: words substituted (5%)", article, original, substitute(original, 0.05)));
        cases.add(copy("copy: words substituted (10%)", article, original, substitute(original, 0.10)));
        cases.add(copy("copy: wire edits (weekday, currency)", article, original, wireEdits(original)));
        cases.add(copy("copy: paragraphs reordered", article, original, String.join("\n", reorder(paragraphs))));
        cases.add(copy("copy: boilerplate added", article, original, addBoilerplate(paragraphs)));
        cases.add(new Case("copy: credit swapped", article.id(),
                "WASHINGTON (AFP) - " + original + "\nBy AFP",
                "Washington, (APP - UrduPoint / Pakistan Point News - 5th Mar, 2025) " + original, true, 1));
        // Everything at once: new headline, a dropped middle paragraph, cut to 60-90%, edits, boilerplate.
        List<String> edited = new ArrayList<>(paragraphs);
        edited.remove(1 + random.nextInt(edited.size() - 2));
        int keep = Math.max(2, (int) Math.round(edited.size() * (0.6 + 0.3 * random.nextDouble())));
        edited = new ArrayList<>(edited.subList(0, Math.min(keep, edited.size())));
        String combined = "Exclusive: what you need to know today\n"
                + wireEdits(substitute(addBoilerplate(edited), 0.03));
        cases.add(new Case("copy: combined edits", article.id(), original, combined, true,
                (double) words(String.join("\n", edited)) / totalWords));
    }

    private Case copy(String category, Article article, String original, String edited) {
        return new Case(category, article.id(), original, edited, true, 1);
    }

    /**
     * The article's agency writes a new story the next day: a new top (taken from another article, the same topic
     * when the set has one) over the last {@code share} of this article's paragraphs. Neither the original nor a
     * truncated copy of it is a copy of the next-day story.
     */
    private void addNextDay(Article article, Article other, List<Case> cases) {
        List<String> paragraphs = article.paragraphs();
        String original = String.join("\n", paragraphs);
        for (double share : new double[] {0.3, 0.5, 0.6}) {
            int reused = Math.max(1, (int) Math.round(paragraphs.size() * share));
            List<String> background = paragraphs.subList(paragraphs.size() - reused, paragraphs.size());
            int backgroundWords = words(String.join(" ", background));
            List<String> top = new ArrayList<>();
            for (String p : other.paragraphs()) {
                if (words(p) < 12 || !p.matches(".*[.!?\"”’]$")) {
                    continue; // only sentence-like paragraphs, which fingerprints keep: the new top must count
                }
                if (words(String.join(" ", top)) >= 0.7 * backgroundWords) {
                    break;
                }
                top.add(p);
            }
            if (words(String.join(" ", top)) < 0.7 * backgroundWords) {
                continue;
            }
            List<String> next = new ArrayList<>(top);
            next.addAll(background);
            String nextDay = String.join("\n", next);
            String label = "negative: next-day story reusing " + Math.round(share * 100) + "% background";
            cases.add(new Case(label, article.id(), original, nextDay, false, 1));
            String truncated = String.join("\n", paragraphs.subList(0, paragraphs.size() - reused / 2));
            cases.add(new Case(label + " (vs truncated copy)", article.id(), truncated, nextDay, false, 1));
        }
    }

    private String dropSentences(List<String> paragraphs, double probability) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            StringBuilder kept = new StringBuilder();
            for (String sentence : SENTENCE_END.split(p)) {
                if (random.nextDouble() >= probability) {
                    kept.append(kept.isEmpty() ? "" : " ").append(sentence);
                }
            }
            if (!kept.isEmpty()) {
                out.add(kept.toString());
            }
        }
        return String.join("\n", out);
    }

    private String substitute(String text, double probability) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String[] words = line.split(" ");
            for (int i = 0; i < words.length; i++) {
                if (random.nextDouble() < probability) {
                    words[i] = vocabulary.get(random.nextInt(vocabulary.size()));
                }
            }
            out.append(String.join(" ", words)).append('\n');
        }
        return out.toString();
    }

    private String wireEdits(String text) {
        String edited = WEEKDAY.matcher(text).replaceAll("yesterday");
        return MONEY.matcher(edited).replaceAll("$1 (approximately RM" + (2 + random.nextInt(90)) + "bil)");
    }

    private List<String> reorder(List<String> paragraphs) {
        List<String> tail = new ArrayList<>(paragraphs.subList(2, paragraphs.size()));
        Collections.shuffle(tail, random);
        List<String> out = new ArrayList<>(paragraphs.subList(0, 2));
        out.addAll(tail);
        return out;
    }

    private String addBoilerplate(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        out.add(NAVIGATION.get(random.nextInt(4)));
        for (String p : paragraphs) {
            out.add(p);
            if (random.nextDouble() < 0.3) {
                out.add(NAVIGATION.get(random.nextInt(NAVIGATION.size())));
            }
        }
        out.add("Read more: " + vocabulary.get(random.nextInt(vocabulary.size())) + " stocks fall");
        return String.join("\n", out);
    }

    private java.util.Optional<Article> sameTopic(Article article, List<Article> articles) {
        java.util.Optional<String> topic = topicOf(article);
        return articles.stream().filter(a -> a != article && topic.isPresent() && topicOf(a).equals(topic)).findFirst();
    }

    static java.util.Optional<String> topicOf(Article article) {
        String url = article.url().toLowerCase(Locale.ROOT);
        return TOPICS.stream().filter(url::contains).findFirst();
    }

    static int words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }
}
