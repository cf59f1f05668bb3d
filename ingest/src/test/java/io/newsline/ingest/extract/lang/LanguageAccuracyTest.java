package io.newsline.ingest.extract.lang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Measures detection accuracy on translated manual pages (Debian's manpages-LL packages): for each language folder
 * under {@code -Dnewsline.langeval.man=/usr/share/man}, up to 60 prose paragraphs (the first of the third section
 * onwards of each page), each cut to 300 and to 1000
 * characters. English comes from the untranslated {@code man1}; in the other folders, samples in which English function
 * words make up 8 % or more of the words are left out (pages left untranslated). Skipped unless the property is set.
 */
class LanguageAccuracyTest {

    private static final int PER_LANGUAGE = 60;

    @Test
    void accuracyOnTranslatedManualPages() throws IOException {
        String root = System.getProperty("newsline.langeval.man");
        Assumptions.assumeTrue(root != null, "set -Dnewsline.langeval.man=/usr/share/man to run");
        Map<String, Path> folders = new TreeMap<>();
        folders.put("en", Path.of(root, "man1"));
        try (Stream<Path> s = Files.list(Path.of(root))) {
            s.filter(p -> Files.isDirectory(p.resolve("man1")))
                    .forEach(p -> folders.put(p.getFileName().toString().replaceFirst("_.*", ""), p.resolve("man1")));
        }
        LanguageDetector detector = LanguageDetector.bundled();
        int[] total = new int[2];
        int[] correct = new int[2];
        StringBuilder report = new StringBuilder();
        for (Map.Entry<String, Path> e : folders.entrySet()) {
            List<String> samples = new ArrayList<>();
            for (String sample : samples(e.getValue())) {
                // Translated folders hold pages left in English; such a sample is not labelled by its folder.
                if (e.getKey().equals("en") || englishShare(sample) < 0.08) {
                    samples.add(sample);
                }
            }
            if (samples.size() < 10) {
                continue;
            }
            int[] ok = new int[2];
            Map<String, Integer> confusions = new TreeMap<>();
            for (String sample : samples) {
                for (int k = 0; k < 2; k++) {
                    String text = sample.substring(0, Math.min(sample.length(), k == 0 ? 300 : 1000));
                    String got = LanguageTags.primary(detector.detect(text).language());
                    if (got.equals(e.getKey()) || e.getKey().equals("zh") && got.equals("zh")) {
                        ok[k]++;
                    } else if (k == 0) {
                        if (Boolean.getBoolean("newsline.langeval.verbose")) {
                            System.out.println("miss " + e.getKey() + "->" + got + ": " + text);
                        }
                        confusions.merge(got, 1, Integer::sum);
                    }
                }
            }
            for (int k = 0; k < 2; k++) {
                total[k] += samples.size();
                correct[k] += ok[k];
            }
            report.append(String.format("%s n=%d acc300=%.3f acc1000=%.3f %s%n", e.getKey(), samples.size(),
                    (double) ok[0] / samples.size(), (double) ok[1] / samples.size(), confusions));
        }
        System.out.print(report);
        System.out.printf("langeval overall acc300=%.3f acc1000=%.3f over %d samples%n",
                (double) correct[0] / total[0], (double) correct[1] / total[1], total[0]);
        assertThat(total[0]).isPositive();
    }

    private static final java.util.Set<String> ENGLISH_FUNCTION_WORDS = java.util.Set.of("the", "of", "and", "is",
            "to", "in", "that", "with", "are", "be", "this", "for", "by", "if", "or");

    static double englishShare(String text) {
        String[] words = text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
        int english = 0;
        for (String w : words) {
            if (ENGLISH_FUNCTION_WORDS.contains(w)) {
                english++;
            }
        }
        return words.length == 0 ? 0 : (double) english / words.length;
    }

    /** Prose paragraphs of at least 300 characters from the folder's manual pages, troff markup removed. */
    private static List<String> samples(Path folder) throws IOException {
        List<String> out = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> s = Files.list(folder)) {
            pages = s.filter(p -> p.toString().endsWith(".gz")).sorted().toList();
        }
        for (Path page : pages) {
            String troff;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
                troff = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException ex) {
                continue;
            }
            StringBuilder paragraph = new StringBuilder();
            int sections = 0;
            for (String line : troff.split("\n")) {
                // Skip the NAME and SYNOPSIS sections (command names, often left untranslated).
                if (line.startsWith(".SH") || line.startsWith(".Sh")) {
                    sections++;
                }
                if (sections < 3) {
                    continue;
                }
                if (line.startsWith(".") || line.startsWith("'")) {
                    if (paragraph.length() >= 300) {
                        out.add(paragraph.toString().trim());
                        break;
                    }
                    paragraph.setLength(0);
                    continue;
                }
                // Option lists and command names stay English in translated pages: leave such lines out.
                if (line.contains("\\-") || line.startsWith("\\f")) {
                    continue;
                }
                String text = line.replaceAll("\\\\f[BIRP]|\\\\f\\(..|\\\\f\\[[^]]*]|\\\\\\(..|\\\\\\*\\(..|\\\\\\[[^]]*]|\\\\[-&e ]", " ")
                        .replaceAll("\\\\.", "");
                paragraph.append(text).append(' ');
            }
            if (out.size() >= PER_LANGUAGE) {
                break;
            }
        }
        return out;
    }
}
