package io.newsline.ingest.extract.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TitlesAndAuthorsTest {

    @Test
    void siteNameSuffixOrPrefixIsRemoved() {
        assertThat(Titles.clean("Beijing tariff demands may expand US-China trade deal | Deccan Herald", "Deccan Herald",
                "www.deccanherald.com", List.of())).isEqualTo("Beijing tariff demands may expand US-China trade deal");
        assertThat(Titles.clean("Berliner Tageblatt - Velora shines as e-bike demand returns", null, "berlinertageblatt.de",
                List.of())).isEqualTo("Velora shines as e-bike demand returns");
        assertThat(Titles.clean("Opinion | Republicans Are Following Trump", "The New York Times", "www.nytimes.com",
                List.of())).isEqualTo("Opinion | Republicans Are Following Trump");
        assertThat(Titles.clean("Putin - Myanmar talks: what we know - UrduPoint", null, "www.urdupoint.com",
                List.of(" - UrduPoint"))).isEqualTo("Putin - Myanmar talks: what we know");
    }

    @Test
    void authorsWithoutByRolesAndDuplicates() {
        assertThat(AuthorNames.clean(List.of("By Jane Doe, Staff Writer"))).containsExactly("Jane Doe");
        assertThat(AuthorNames.clean(List.of("By TOM KRISHER, AP Auto Writer"))).containsExactly("Tom Krisher");
        assertThat(AuthorNames.clean(List.of("Sam Lee and Ana Ruiz", "Sam Lee"))).containsExactly("Sam Lee", "Ana Ruiz");
        assertThat(AuthorNames.clean(List.of("Analysis by Chris Cillizza, CNN"))).containsExactly("Chris Cillizza", "CNN");
        assertThat(AuthorNames.clean(List.of("Madeline Fry, November 18, 2019 12:01 PM"))).containsExactly("Madeline Fry");
        assertThat(AuthorNames.clean(List.of("Rachael Link, MS, RD"))).containsExactly("Rachael Link");
        assertThat(AuthorNames.clean(List.of("https://example.com/staff/jane", "jane@example.com"))).isEmpty();
    }
}
