package io.newsline.enrich.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsline.enrich.ner.MatchScores;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How often the score test that opens {@code WireSteps.CLUBS} fires on sport and on other news, before and after
 * clock times were told from scores ({@link MatchScores}), on Wikinews first sentences in German, Spanish and French
 * labelled by Wikinews category (MewsC-16 in {@code ../shared/topics-train/mewsc16.jsonl}, read at run time, never
 * copied). A non-sport item with a score is a story whose places the step may retype as clubs. Run by
 * {@code scripts/eval-ner.sh ../shared/topics-train/mewsc16.jsonl match-scores}.
 *
 * <p>Usage: {@code MatchScoresMeasureMain MEWSC16.jsonl [EXAMPLES]}: a table per language, then up to EXAMPLES
 * (default 10) non-sport items per language that still hold a score, and sport items that held one before and no
 * longer do, to read.
 */
public final class MatchScoresMeasureMain {

    /** The score test of {@code WireSteps} before {@link MatchScores} (any two numbers joined by a dash or colon). */
    private static final Pattern BEFORE = Pattern.compile("(?<![\\d.,])\\d{1,3} ?[-:] ?\\d{1,3}(?![\\d.,:])");
    private static final String SPORT = "medtop:15000000";

    private record Counts(int[] items, int[] before, int[] after, List<String> stillFlagged, List<String> lost) {
        Counts() {
            this(new int[2], new int[2], new int[2], new ArrayList<>(), new ArrayList<>());
        }
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/topics-train/mewsc16.jsonl");
        int examples = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        if (!Files.isRegularFile(file)) {
            System.err.println("skipped: " + file + " is absent (../shared/topics-train holds it)");
            return;
        }
        Map<String, Counts> byLanguage = new LinkedHashMap<>();
        for (String language : List.of("de", "es", "fr")) {
            byLanguage.put(language, new Counts());
        }
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode item = json.readTree(line);
                Counts counts = byLanguage.get(item.path("lang").asText());
                if (counts == null || item.path("iptc").isEmpty()) {
                    continue;
                }
                String text = (item.path("title").asText() + "\n" + item.path("text").asText()).strip();
                int sport = item.path("iptc").toString().contains(SPORT) ? 1 : 0;
                counts.items()[sport]++;
                boolean before = BEFORE.matcher(text).find();
                counts.before()[sport] += before ? 1 : 0;
                boolean after = MatchScores.anyIn(text);
                counts.after()[sport] += after ? 1 : 0;
                if (after && sport == 0 && counts.stillFlagged().size() < examples) {
                    counts.stillFlagged().add(text);
                }
                if (before && !after && sport == 1 && counts.lost().size() < examples) {
                    counts.lost().add(text);
                }
            }
        }
        System.out.println("| language | sport items | with a score before | after | other items | with a score before "
                + "| after |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        byLanguage.forEach((language, c) -> System.out.printf("| %s | %d | %s | %s | %d | %s | %s |%n", language,
                c.items()[1], share(c.before()[1], c.items()[1]), share(c.after()[1], c.items()[1]),
                c.items()[0], share(c.before()[0], c.items()[0]), share(c.after()[0], c.items()[0])));
        byLanguage.forEach((language, c) -> {
            System.out.println();
            System.out.println(language + ": other items that still hold a score");
            c.stillFlagged().forEach(text -> System.out.println("  " + text.replace('\n', ' ')));
            System.out.println(language + ": sport items whose score is no longer one");
            c.lost().forEach(text -> System.out.println("  " + text.replace('\n', ' ')));
        });
    }

    private static String share(int count, int of) {
        return String.format("%d (%.1f %%)", count, of == 0 ? 0.0 : 100.0 * count / of);
    }
}
