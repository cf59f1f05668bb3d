package io.newsline.publish.match.eval;

import io.newsline.publish.match.eval.Corpus.Article;
import io.newsline.publish.match.eval.SyntheticCases.Case;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deterministic generator of the edits copies get in the wild, at every paragraph and figure of real articles
 * (the Scrapinghub bodies, MIT): a paragraph dropped (each one in turn), a figure changed (each one in turn), the
 * day changed, paragraphs reordered and the copy cut, a photo caption or a kicker put first, an excerpt of the first
 * two paragraphs, and all of them at once; and the negatives they must not be confused with: another outlet's story
 * on the same event that quotes one of the article's sentences. Templated bulletins are in {@link TemplatedBulletins};
 * next-day stories reusing background in {@link SyntheticCases}.
 */
public final class EditedCopyCases {

    private static final Pattern FIGURE = Pattern.compile("\\d[\\d,.]*\\d|\\d");
    private static final Pattern DAY = Pattern.compile(
            "\\b(on )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’']?)\\s+(?=[\"“‘A-Z0-9])");
    private static final List<String> DAYS = List.of("on Sunday", "yesterday", "on Monday", "today", "on Friday");
    private static final List<String> KICKERS = List.of("EXCLUSIVE", "World News", "UPDATE 2-", "Breaking",
            "Analysis", "Asia-Pacific");
    private static final List<String> CREDITS = List.of("(Photo by Jane Doe / AFP)", "AP Photo/John Smith",
            "(REUTERS/Staff)", "Foto: dpa", "(EFE/Archivo)", "Photo: Xinhua");
    private static final int MAX_FIGURES = 6;

    private final Random random;

    public EditedCopyCases(long seed) {
        this.random = new Random(seed);
    }

    public List<Case> generate(List<Article> articles) {
        List<Article> usable = articles.stream()
                .filter(a -> a.paragraphs().size() >= 4 && SyntheticCases.words(a.body()) >= 150).toList();
        List<Case> cases = new ArrayList<>();
        for (int n = 0; n < usable.size(); n++) {
            Article article = usable.get(n);
            addCopies(article, cases);
            Article other = usable.get((n + 1 + random.nextInt(usable.size() - 1)) % usable.size());
            addSameEvent(article, other, cases);
        }
        return cases;
    }

    private void addCopies(Article article, List<Case> cases) {
        List<String> paragraphs = article.paragraphs();
        String original = String.join("\n", paragraphs);
        int total = SyntheticCases.words(original);
        for (int drop = 0; drop < paragraphs.size(); drop++) {
            List<String> kept = new ArrayList<>(paragraphs);
            kept.remove(drop);
            cases.add(copy("copy: one paragraph dropped (each in turn)", article.id() + "-p" + drop, original, kept,
                    total));
        }
        Matcher figures = FIGURE.matcher(original);
        int figure = 0;
        while (figures.find() && figure < MAX_FIGURES) {
            String changed = original.substring(0, figures.start()) + changeFigure(figures.group())
                    + original.substring(figures.end());
            List<String> cut = cut(List.of(changed.split("\n")), 2);
            cases.add(copy("copy: a figure changed, cut after 2+ paragraphs (each figure in turn)",
                    article.id() + "-f" + figure, original, cut, total));
            figure++;
        }
        List<String> dayChanged = List.of(changeDays(original).split("\n"));
        cases.add(copy("copy: days changed, cut after 2+ paragraphs", article.id(), original, cut(dayChanged, 2),
                total));
        List<String> reordered = new ArrayList<>(paragraphs.subList(0, 2));
        List<String> tail = new ArrayList<>(paragraphs.subList(2, paragraphs.size()));
        Collections.shuffle(tail, random);
        reordered.addAll(tail);
        cases.add(copy("copy: paragraphs after the second reordered, cut", article.id(), original,
                cut(reordered, 3), total));
        List<String> captioned = new ArrayList<>();
        captioned.add(caption(paragraphs));
        captioned.addAll(cut(paragraphs, 2));
        cases.add(copy("copy: photo caption first, cut", article.id(), original, captioned, total));
        List<String> kicked = new ArrayList<>();
        kicked.add(KICKERS.get(random.nextInt(KICKERS.size())));
        kicked.addAll(cut(paragraphs, 2));
        cases.add(copy("copy: kicker first, cut", article.id(), original, kicked, total));
        List<String> excerpt = new ArrayList<>(paragraphs.subList(0, 2));
        excerpt.add("Read more: " + article.url());
        cases.add(copy("copy: excerpt of the first 2 paragraphs", article.id(), original, excerpt, total));
        List<String> everything = new ArrayList<>();
        everything.add(caption(paragraphs));
        List<String> edited = new ArrayList<>(List.of(changeDays(changeOneFigure(original)).split("\n")));
        if (edited.size() > 4) {
            edited.remove(2 + random.nextInt(edited.size() - 3));
        }
        everything.addAll(cut(edited, 2));
        cases.add(copy("copy: caption, figure, day, dropped paragraph and cut at once", article.id(), original,
                everything, total));
    }

    /**
     * Another outlet's report of the same event quotes one sentence of the article (a statement both carry): the
     * other article with that sentence as its first or its second paragraph. Not a copy.
     */
    private void addSameEvent(Article article, Article other, List<Case> cases) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : article.paragraphs()) {
            for (String sentence : SENTENCE_END.split(paragraph)) {
                if (SyntheticCases.words(sentence) >= 12) {
                    sentences.add(sentence);
                }
            }
        }
        if (sentences.isEmpty()) {
            return;
        }
        List<String> report = new ArrayList<>(other.paragraphs());
        report.add(random.nextInt(2), sentences.get(random.nextInt(sentences.size())));
        cases.add(new Case("negative: another outlet's report quoting one sentence", article.id() + "+" + other.id(),
                String.join("\n", article.paragraphs()), String.join("\n", report), false, 1));
    }

    private Case copy(String category, String name, String original, List<String> copy, int originalWords) {
        String text = String.join("\n", copy);
        return new Case(category, name, original, text, true,
                Math.min(1, (double) SyntheticCases.words(text) / originalWords));
    }

    /** The first {@code min} paragraphs and a random number of the next ones (possibly all). */
    private List<String> cut(List<String> paragraphs, int min) {
        int keep = Math.min(paragraphs.size(), min + random.nextInt(Math.max(1, paragraphs.size() - min + 1)));
        return new ArrayList<>(paragraphs.subList(0, keep));
    }

    private String caption(List<String> paragraphs) {
        String from = paragraphs.get(paragraphs.size() - 1);
        String[] words = from.split("\\s+");
        String start = String.join(" ", List.of(words).subList(0, Math.min(words.length, 14)));
        return start + " " + CREDITS.get(random.nextInt(CREDITS.size()));
    }

    private String changeOneFigure(String text) {
        Matcher figures = FIGURE.matcher(text);
        return figures.find() ? text.substring(0, figures.start()) + changeFigure(figures.group())
                + text.substring(figures.end()) : text;
    }

    /** "2,122" to "2,120": the last digit changes. */
    private String changeFigure(String figure) {
        char last = figure.charAt(figure.length() - 1);
        char changed = (char) ('0' + (last - '0' + 1 + random.nextInt(8)) % 10);
        return figure.substring(0, figure.length() - 1) + changed;
    }

    private String changeDays(String text) {
        Matcher days = DAY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (days.find()) {
            String replacement = DAYS.get(random.nextInt(DAYS.size()));
            while (replacement.equalsIgnoreCase(days.group())) {
                replacement = DAYS.get(random.nextInt(DAYS.size()));
            }
            days.appendReplacement(out, replacement);
        }
        days.appendTail(out);
        return out.toString();
    }
}
