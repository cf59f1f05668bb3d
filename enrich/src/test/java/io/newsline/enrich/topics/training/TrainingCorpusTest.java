package io.newsline.enrich.topics.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.enrich.topics.IptcTaxonomy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingCorpusTest {

    private static final String HEALTH = "07000000";
    private static final String LIFESTYLE = "10000000";
    private static final String SCIENCE = "13000000";

    @TempDir
    Path dir;

    private static String item(String id, String lang, String title, String text, String label, String iptc) {
        return "{\"id\":\"" + id + "\",\"lang\":\"" + lang + "\",\"title\":\"" + title + "\",\"text\":\"" + text
                + "\",\"labels\":[\"" + label + "\"],\"iptc\":[\"medtop:" + iptc + "\"]}";
    }

    private void write(String source, String... lines) throws IOException {
        Files.write(dir.resolve(source + ".jsonl"), List.of(lines), StandardCharsets.UTF_8);
    }

    /** The news items' classes by id, read with the given medical-research setting. */
    private Map<String, String> classes(String medicalResearch) throws IOException {
        write("mewsc16",
                item("m:en:1", "en", "", "Researchers found a gene linked to the disease.", "Health", HEALTH),
                item("m:en:2", "en", "", "Flu cases rise as hospitals run short of beds.", "Health", HEALTH),
                item("m:de:1", "de", "", "Forscher fanden ein Gen, das mit der Krankheit zusammenhängt.", "Gesundheit",
                        HEALTH));
        write("sib200",
                item("sib200:eng_Latn:7", "en", "", "A clinical trial of the vaccine began in May.", "health", HEALTH),
                item("sib200:fra_Latn:7", "fr", "", "Un essai clinique du vaccin a commencé en mai.", "health", HEALTH));
        write("huffpost",
                item("huffpost:1", "en", "study links sleep to memory", "", "WELLNESS", LIFESTYLE),
                item("huffpost:2", "en", "a study of the best beaches", "", "TRAVEL", LIFESTYLE));
        write("wikinews-ja-jfinteb");
        TrainingSettings d = TrainingSettings.defaults();
        TrainingSettings settings = new TrainingSettings(d.bucketBits(), d.knownBits(), d.epochs(), d.learningRate(),
                d.l2(), d.balance(), d.huffpost(), d.wikinews(), d.sib(), d.ownItems(), d.definitions(), d.seed(),
                d.sectionBalance(), d.wordClusters(), d.clusterFeatures(), d.wordVectors(), d.vectorFeatures(),
                d.vectorScale(), medicalResearch, d.subwords());
        TrainingCorpus corpus = new TrainingCorpus(IptcTaxonomy.loadDefault(), settings);
        return corpus.read(dir).stream().filter(i -> !List.of("items", "iptc", "lexicon").contains(i.source()))
                .collect(Collectors.toMap(TrainingItem::id, i -> corpus.classes().get(i.label())));
    }

    @Test
    void medicalResearchStaysWhereTheSourcesFileItByDefault() throws IOException {
        assertThat(classes("none")).containsEntry("m:en:1", HEALTH).containsEntry("sib200:fra_Latn:7", HEALTH)
                .containsEntry("huffpost:1", LIFESTYLE);
    }

    @Test
    void englishHealthNewsNamingResearchMovesToScienceWithItsTranslations() throws IOException {
        Map<String, String> classes = classes("health");
        assertThat(classes).containsEntry("m:en:1", SCIENCE).containsEntry("m:en:2", HEALTH)
                .containsEntry("sib200:eng_Latn:7", SCIENCE).containsEntry("sib200:fra_Latn:7", SCIENCE)
                .containsEntry("huffpost:1", LIFESTYLE);
        // a Wikinews item in another language has no English cue to read, so it stays
        assertThat(classes).containsEntry("m:de:1", HEALTH);
    }

    @Test
    void wellnessHeadlinesNamingResearchMoveOnlyWhenAsked() throws IOException {
        Map<String, String> classes = classes("health,lifestyle");
        assertThat(classes).containsEntry("huffpost:1", SCIENCE).containsEntry("huffpost:2", LIFESTYLE)
                .containsEntry("m:en:1", SCIENCE);
    }
}
