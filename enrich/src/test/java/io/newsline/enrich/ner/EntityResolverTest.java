package io.newsline.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsline.enrich.Entity;
import io.newsline.enrich.EntityType;
import io.newsline.enrich.TextField;
import io.newsline.enrich.link.EntityLinker;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityResolverTest {

    private static final EntityResolver RESOLVER = new EntityResolver(EntityLinker.standard());

    private static List<FieldSpan> spans(String text, Object... surfaceAndType) {
        List<FieldSpan> spans = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < surfaceAndType.length; i += 2) {
            String surface = (String) surfaceAndType[i];
            int at = text.indexOf(surface, from);
            spans.add(new FieldSpan(TextField.TEXT, at, at + surface.length(), (EntityType) surfaceAndType[i + 1], surface));
            from = at + surface.length();
        }
        return spans;
    }

    @Test
    void aSurnameJoinsTheOnePersonWhoseFullNameHoldsIt() {
        String text = "Vladimir Putin spoke. Putin left. Putin returned.";
        EntityResolver.Resolved resolved = RESOLVER.resolve(text, spans(text,
                "Vladimir Putin", EntityType.PERSON, "Putin", EntityType.PERSON, "Putin", EntityType.PERSON));

        assertThat(resolved.entities()).singleElement().satisfies(e -> {
            assertThat(e.canonicalName()).isEqualTo("Vladimir Putin");
            assertThat(e.count()).isEqualTo(3);
            assertThat(e.firstOffset()).isZero();
            assertThat(e.salience()).isEqualTo(1.0);
        });
        assertThat(resolved.mentions()).extracting(m -> m.entityIndex()).containsOnly(0);
    }

    @Test
    void aSurnameSharedByTwoPeopleStaysOnItsOwn() {
        String text = "George Bush and Jeb Bush met. Bush spoke.";
        EntityResolver.Resolved resolved = RESOLVER.resolve(text, spans(text,
                "George Bush", EntityType.PERSON, "Jeb Bush", EntityType.PERSON, "Bush", EntityType.PERSON));

        assertThat(resolved.entities()).extracting(Entity::canonicalName)
                .containsExactlyInAnyOrder("George Bush", "Jeb Bush", "Bush");
    }

    @Test
    void namesLinkedToOnePlaceAreOneEntity() {
        String text = "The U.S. said the United States would act. US troops stay.";
        EntityResolver.Resolved resolved = RESOLVER.resolve(text, spans(text,
                "U.S.", EntityType.LOCATION, "United States", EntityType.LOCATION, "US", EntityType.LOCATION));

        assertThat(resolved.entities()).singleElement().satisfies(e -> {
            assertThat(e.count()).isEqualTo(3);
            assertThat(e.ids()).containsEntry("iso3166", "US").containsEntry("wikidata", "Q30");
            assertThat(e.countryCode()).isEqualTo("US");
        });
    }

    @Test
    void titleAndLeadMentionsWeighMore() {
        String text = "Paris opened.\n" + "x".repeat(700) + "\nBerlin closed. Berlin again.";
        List<FieldSpan> spans = new ArrayList<>();
        spans.add(new FieldSpan(TextField.TITLE, 0, 5, EntityType.LOCATION, "Paris"));
        spans.addAll(spans(text, "Paris", EntityType.LOCATION, "Berlin", EntityType.LOCATION,
                "Berlin", EntityType.LOCATION));
        EntityResolver.Resolved resolved = RESOLVER.resolve(text, spans);

        Entity paris = resolved.entities().get(0);
        assertThat(paris.canonicalName()).isEqualTo("Paris");
        assertThat(paris.salience()).isEqualTo(5.0 / 7.0);
        assertThat(resolved.entities().get(1).salience()).isEqualTo(2.0 / 7.0);
    }
}
