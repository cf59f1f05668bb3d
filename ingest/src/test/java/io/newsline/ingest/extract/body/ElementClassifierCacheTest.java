package io.newsline.ingest.extract.body;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The class and id verdicts shared by all pages stay bounded, whatever names hostile pages carry. */
class ElementClassifierCacheTest {

    private final ElementClassifier classifier = new ElementClassifier();

    @Test
    void anOversizedClassAttributeIsClassifiedButNotCached() {
        String huge = "related-links " + "x".repeat(ElementClassifier.MAX_CACHED_NAME_LENGTH * 50);
        Element div = Jsoup.parse("<div class=\"" + huge + "\">text</div>").selectFirst("div");
        int before = ElementClassifier.cachedNames();

        assertThat(classifier.roleOf(div)).isEqualTo(ElementRole.BOILERPLATE);
        assertThat(ElementClassifier.cachedNames()).isLessThanOrEqualTo(before);
    }

    @Test
    void anOrdinaryNameIsCachedAndTheCacheNeverPassesItsBound() {
        for (int i = 0; i < ElementClassifier.MAX_CACHED_NAMES + 500; i++) {
            Element div = Jsoup.parse("<div class=\"made-up-" + i + "\">text</div>").selectFirst("div");
            classifier.roleOf(div);
            assertThat(ElementClassifier.cachedNames()).isLessThanOrEqualTo(ElementClassifier.MAX_CACHED_NAMES);
        }
        Element div = Jsoup.parse("<div class=\"story-body\">text</div>").selectFirst("div");
        int before = ElementClassifier.cachedNames();
        classifier.roleOf(div);
        classifier.roleOf(div);
        assertThat(ElementClassifier.cachedNames()).isBetween(1, before + 1);
    }
}
