package io.newsline.publish.match.eval;

import io.newsline.publish.match.eval.SyntheticCases.Case;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The syndication development sets in {@code ../shared/fixtures} (third-party page text: read there at run time,
 * never copied): every pair of pages of a set in the layout of {@code syndication-dev2} ({@code CLUSTERS.tsv} with
 * {@code file group kind ...}, one text file per page), labelled as {@code score.py} counts them: pages of one group
 * are copies, pairs with a {@code rewrite} member are not counted, not-articles and different groups are negatives.
 * The page text is used as captured (url and label lines dropped), furniture included.
 */
public final class SharedSets {

    private SharedSets() {
    }

    /** The shared folder: {@code -Dnewsline.shared}, else {@code NEWSLINE_SHARED}, else ../shared (../../shared from a module). */
    public static Optional<Path> fixtures() {
        String configured = System.getProperty("newsline.shared", System.getenv("NEWSLINE_SHARED"));
        List<Path> tried = configured != null ? List.of(Path.of(configured))
                : List.of(Path.of("../shared"), Path.of("../../shared"));
        return tried.stream().map(p -> p.resolve("fixtures")).filter(Files::isDirectory).findFirst();
    }

    /** The labelled pairs of one set, or empty when the set is absent. */
    public static List<Case> pairs(String set) {
        Optional<Path> root = fixtures();
        if (root.isEmpty() || !Files.isRegularFile(root.get().resolve(set).resolve("CLUSTERS.tsv"))) {
            return List.of();
        }
        Path dir = root.get().resolve(set);
        try {
            List<String> rows = Files.readAllLines(dir.resolve("CLUSTERS.tsv"), StandardCharsets.UTF_8);
            List<String[]> pages = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (String row : rows.subList(1, rows.size())) {
                String[] f = row.split("\t");
                Path file = dir.resolve(f[0]);
                if (!Files.isRegularFile(file)) {
                    continue; // a row naming a page kept elsewhere (the seed of the first set)
                }
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                int skip = !lines.isEmpty() && lines.get(0).startsWith("url: ") ? 2 : 0;
                pages.add(f);
                texts.add(String.join("\n", lines.subList(Math.min(skip, lines.size()), lines.size())));
            }
            List<Case> cases = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                for (int j = i + 1; j < pages.size(); j++) {
                    String[] a = pages.get(i);
                    String[] b = pages.get(j);
                    boolean same = a[1].equals(b[1]) && !a[1].equals("none");
                    boolean rewrite = same && (a[2].equals("rewrite") || b[2].equals("rewrite"));
                    String category = rewrite ? set + ": rewrite pair (not counted)"
                            : same ? set + ": copies (one group)" : set + ": different groups";
                    cases.add(new Case(category, a[0] + "+" + b[0], texts.get(i), texts.get(j), same && !rewrite,
                            rewrite ? -1 : 1));
                }
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
