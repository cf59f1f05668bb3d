package io.newsline.enrich.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The startup check that the heap can hold the configured languages' entity models. */
class HeapCheckTest {

    private static final long MB = 1024 * 1024;

    @Test
    void fourLanguagesNeedTheirModelsOnTopOfTheApp() {
        assertThat(LanguageNerEngines.checkHeap(List.of("en"), 1024 * MB)).isEqualTo(192 + 121);
        assertThat(LanguageNerEngines.checkHeap(List.of("en", "de", "es", "fr"), 1024 * MB))
                .as("with room to read the largest lazily loaded model").isEqualTo(192 + 121 + 179 + 93 + 149 + 179);
        assertThat(LanguageNerEngines.checkHeap(List.of("fr", " de-AT", "de"), 1024 * MB))
                .as("English always counted, a language once").isEqualTo(192 + 121 + 149 + 179 + 179);
    }

    @Test
    void aHeapTooSmallIsRefusedWithTheWayOut() {
        // the crash test's processes run in 384 MB (about 371 MB of usable heap with the serial collector)
        assertThat(LanguageNerEngines.checkHeap(List.of("en"), 371 * MB)).isEqualTo(313);
        assertThatThrownBy(() -> LanguageNerEngines.checkHeap(List.of("en", "de", "es", "fr"), 371 * MB))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("about 913 MB").hasMessageContaining("this JVM has 371 MB")
                .hasMessageContaining("enrich.ner.languages=en needs 313 MB");
    }
}
