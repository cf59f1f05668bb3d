package io.newsline.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.enrich.keywords.Keyword;
import io.newsline.enrich.keywords.KeywordExtractor;
import io.newsline.enrich.link.EntityLinker;
import io.newsline.enrich.ner.EntitySpan;
import io.newsline.enrich.ner.NerEngine;
import io.newsline.enrich.topics.TopicClassifier;
import io.newsline.enrich.topics.TopicInput;
import io.newsline.enrich.topics.TopicScore;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The facade's flow: skips, reuse of syndicated copies, offsets into each copy's own text. Uses a dictionary engine. */
class ArticleEnricherTest {

    private static final EntityLinker LINKER = EntityLinker.standard();
    private static final String TITLE = "Putin hails Myanmar ties";
    private static final String TEXT = "President Vladimir Putin praised ties with Myanmar.\n\n"
            + "\u201CWe have great potential,\u201D Putin told Min Aung Hlaing in Moscow.";

    private final DictionaryNerEngine ner = new DictionaryNerEngine()
            .name("Vladimir Putin", EntityType.PERSON)
            .name("Putin", EntityType.PERSON)
            .name("Min Aung Hlaing", EntityType.PERSON)
            .name("Myanmar", EntityType.LOCATION)
            .name("Moscow", EntityType.LOCATION);
    private final List<TopicInput> topicCalls = new CopyOnWriteArrayList<>();
    private final TopicClassifier topics = input -> {
        topicCalls.add(input);
        return List.of(new TopicScore("11000000", "politics", 1, 0.9));
    };
    private final KeywordExtractor keywords = (title, text, language, max) -> List.of(new Keyword("nuclear plant", 1.0));

    private ArticleEnricher enricher(int cacheSize) {
        return new ArticleEnricher(ner, LINKER, topics, keywords, cacheSize);
    }

    @Test
    void nerReadsABoundedPrefixOfAVeryLongTextAndTheEnrichmentSaysSo() {
        String filler = "The council met again and talked about the roads. ".repeat(2_000);
        String text = TEXT + " " + filler + " Talks go on in Geneva.";
        ner.name("Geneva", EntityType.LOCATION);
        Enrichment result = enricher(10).enrich(new EnrichmentInput("a2", TITLE, text, "en", false));
        assertThat(text.length()).isGreaterThan(ArticleEnricher.MAX_NER_CHARS);
        assertThat(result.entities()).extracting(Entity::canonicalName).contains("Vladimir Putin")
                .as("a name only past the cap is not looked for").doesNotContain("Geneva");
        assertThat(result.note()).startsWith("entities from the first 50000 characters");
        String prefix = ArticleEnricher.nerPrefix(text);
        assertThat(prefix.length()).isLessThanOrEqualTo(ArticleEnricher.MAX_NER_CHARS);
        assertThat(text.startsWith(prefix) && text.charAt(prefix.length()) == ' ').as("cut at a space").isTrue();
    }

    @Test
    void mentionsPointIntoTheirOwnFieldAndBelongToMergedEntities() {
        Enrichment result = enricher(10).enrich(new EnrichmentInput("a1", TITLE, TEXT, "en", false));

        assertThat(result.status()).isEqualTo(EnrichmentStatus.ENRICHED);
        assertThat(result.mentions()).allSatisfy(m -> {
            String field = m.in() == TextField.TITLE ? TITLE : TEXT;
            assertThat(field.substring(m.start(), m.end())).isEqualTo(m.text());
            assertThat(result.entities().get(m.entityIndex()).type()).isEqualTo(m.type());
        });
        assertThat(result.mentions().get(0).in()).isEqualTo(TextField.TITLE);
        Entity putin = result.entities().get(0);
        assertThat(putin.canonicalName()).isEqualTo("Vladimir Putin");
        assertThat(putin.count()).isEqualTo(3);
        assertThat(putin.firstOffset()).isEqualTo(TEXT.indexOf("Vladimir"));
        assertThat(result.entities()).extracting(Entity::canonicalName)
                .containsExactlyInAnyOrder("Vladimir Putin", "Myanmar", "Min Aung Hlaing", "Moscow");
        assertThat(result.entities().stream().mapToDouble(Entity::salience).sum()).isCloseTo(1.0, within());
        assertThat(result.topics()).extracting(TopicScore::label).containsExactly("politics");
        assertThat(result.keywords()).extracting(Keyword::text).containsExactly("nuclear plant");
        assertThat(topicCalls.get(0).entityHints()).contains("Vladimir Putin", "Moscow");
        assertThat(result.contentHash()).hasSize(64);
    }

    @Test
    void aSyndicatedCopyReusesTheResultWithoutRunningNerAgain() {
        ArticleEnricher enricher = enricher(10);
        Enrichment first = enricher.enrich(new EnrichmentInput("a1", TITLE, TEXT, "en", false));
        int nerCalls = ner.recognisedTexts.size();

        Enrichment copy = enricher.enrich(new EnrichmentInput("a2", TITLE, TEXT, "en", false));

        assertThat(copy.status()).isEqualTo(EnrichmentStatus.REUSED);
        assertThat(ner.recognisedTexts).hasSize(nerCalls);
        assertThat(topicCalls).hasSize(1);
        assertThat(copy.mentions()).isEqualTo(first.mentions());
        assertThat(copy.entities()).isEqualTo(first.entities());
        assertThat(copy.contentHash()).isEqualTo(first.contentHash());
    }

    @Test
    void aCopyWithOtherWhitespaceAndQuotesGetsOffsetsIntoItsOwnText() {
        ArticleEnricher enricher = enricher(10);
        Enrichment first = enricher.enrich(new EnrichmentInput("a1", TITLE, TEXT, "en", false));
        String copyText = "  President  Vladimir\u00A0Putin praised ties with Myanmar.\n"
                + "\"We have great potential,\"   Putin told Min Aung Hlaing in Moscow.\n";
        int nerCalls = ner.recognisedTexts.size();

        Enrichment copy = enricher.enrich(new EnrichmentInput("a2", TITLE, copyText, "en", false));

        assertThat(copy.status()).isEqualTo(EnrichmentStatus.REUSED);
        assertThat(copy.contentHash()).isEqualTo(first.contentHash());
        assertThat(ner.recognisedTexts).hasSize(nerCalls);
        List<Mention> textMentions = copy.mentions().stream().filter(m -> m.in() == TextField.TEXT).toList();
        assertThat(textMentions).extracting(Mention::text)
                .containsExactly("Vladimir\u00A0Putin", "Myanmar", "Putin", "Min Aung Hlaing", "Moscow");
        assertThat(textMentions).allSatisfy(m -> assertThat(copyText.substring(m.start(), m.end())).isEqualTo(m.text()));
        assertThat(textMentions.get(0).start()).isEqualTo(copyText.indexOf("Vladimir"));
    }

    @Test
    void aCopyUnderAnotherHeadlineRunsNerOnTheHeadlineOnly() {
        ArticleEnricher enricher = enricher(10);
        enricher.enrich(new EnrichmentInput("a1", TITLE, TEXT, "en", false));
        String otherTitle = "Junta chief Min Aung Hlaing visits Moscow";
        int nerCalls = ner.recognisedTexts.size();

        Enrichment copy = enricher.enrich(new EnrichmentInput("a2", otherTitle, TEXT, "en", false));

        assertThat(copy.status()).isEqualTo(EnrichmentStatus.REUSED);
        assertThat(ner.recognisedTexts.subList(nerCalls, ner.recognisedTexts.size())).containsExactly(otherTitle);
        assertThat(copy.mentions()).filteredOn(m -> m.in() == TextField.TITLE).extracting(Mention::text)
                .containsExactly("Min Aung Hlaing", "Moscow");
    }

    @Test
    void theReuseCacheForgetsTheLeastRecentlyUsedText() {
        ArticleEnricher enricher = enricher(1);
        enricher.enrich(new EnrichmentInput("a1", TITLE, TEXT, "en", false));
        enricher.enrich(new EnrichmentInput("b1", "", "Moscow is cold.", "en", false));

        Enrichment again = enricher.enrich(new EnrichmentInput("a2", TITLE, TEXT, "en", false));

        assertThat(again.status()).isEqualTo(EnrichmentStatus.ENRICHED);
    }

    @Test
    void reuseCanBeTurnedOff() {
        ArticleEnricher enricher = enricher(0);
        enricher.enrich(new EnrichmentInput("a1", TITLE, TEXT, "en", false));

        assertThat(enricher.enrich(new EnrichmentInput("a2", TITLE, TEXT, "en", false)).status())
                .isEqualTo(EnrichmentStatus.ENRICHED);
    }

    @Test
    void anArticleInALanguageWithoutModelGetsTopicsButNoGuessedEntities() {
        Enrichment result = enricher(10).enrich(new EnrichmentInput(
                "fr1", "Poutine salue les liens", "Vladimir Putin a salué les liens avec le Myanmar.", "fr", false));

        assertThat(result.status()).isEqualTo(EnrichmentStatus.SKIPPED_LANGUAGE);
        assertThat(result.note()).contains("'fr'");
        assertThat(result.mentions()).isEmpty();
        assertThat(result.entities()).isEmpty();
        assertThat(ner.recognisedTexts).isEmpty();
        assertThat(topicCalls).singleElement().extracting(TopicInput::language).isEqualTo("fr");
        assertThat(result.language()).isEqualTo("fr");
    }

    @Test
    void anArticleOfUnknownLanguageIsNotGuessed() {
        Enrichment result = enricher(10).enrich(new EnrichmentInput("x", TITLE, TEXT, null, false));

        assertThat(result.status()).isEqualTo(EnrichmentStatus.SKIPPED_LANGUAGE);
        assertThat(result.note()).contains("unknown");
        assertThat(ner.recognisedTexts).isEmpty();
    }

    @Test
    void aPageFlaggedNotArticleIsSkippedEntirely() {
        Enrichment result = enricher(10).enrich(new EnrichmentInput("idx", TITLE, TEXT, "en", true));

        assertThat(result.status()).isEqualTo(EnrichmentStatus.SKIPPED_NOT_ARTICLE);
        assertThat(result.mentions()).isEmpty();
        assertThat(result.topics()).isEmpty();
        assertThat(ner.recognisedTexts).isEmpty();
        assertThat(topicCalls).isEmpty();
    }

    @Test
    void teamsOfResultsLinesAreOrganisationsAndCompetitionsAreMisc() {
        DictionaryNerEngine places = new DictionaryNerEngine()
                .name("Boston", EntityType.LOCATION)
                .name("Miami", EntityType.LOCATION)
                .name("Davis Cup", EntityType.ORGANIZATION);
        String text = "Boston beat Miami in the Davis Cup town .\nBOSTON 118 Miami 104";
        Enrichment result = new ArticleEnricher(places, LINKER, topics, keywords, 0)
                .enrich(new EnrichmentInput("nba", "", text, "en", false));

        assertThat(result.mentions()).extracting(m -> m.text() + "@" + m.start() + "/" + m.type()).containsExactly(
                "Boston@0/LOCATION", "Miami@12/LOCATION", "Davis Cup@25/MISC",
                "BOSTON@" + text.indexOf("BOSTON") + "/ORGANIZATION", "Miami@" + text.lastIndexOf("Miami") + "/ORGANIZATION");
    }

    @Test
    void aNameSpreadToItsOtherMentionsStaysOutOfACompetitionsName() {
        String text = "Results from the U.S. Open on Friday .\nThe U.S. team won .";
        int team = text.lastIndexOf("U.S.");
        // the model tags the team's "U.S." only, as a CRF does; spreading that name must not tag the Open's
        NerEngine model = new FunctionNerEngine("last-us", t -> {
            int at = t.lastIndexOf("U.S.");
            return at < 0 ? List.of() : List.of(new EntitySpan(at, at + 4, EntityType.LOCATION));
        });
        Enrichment result = new ArticleEnricher(model, LINKER, topics, keywords, 0)
                .enrich(new EnrichmentInput("open", "", text, "en", false));

        assertThat(result.mentions()).extracting(m -> m.text() + "@" + m.start() + "/" + m.type())
                .containsExactly("U.S. Open@17/MISC", "U.S.@" + team + "/LOCATION");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
